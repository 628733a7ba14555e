// ishl/ishr/iushr and long shifts: distance masks (& 31, & 63), negative distances.
public class Shifts {
    public static void main(String[] args) {
        int[] xs = {1, -1, 0x80000000, 0x12345678, -16};
        int[] ds = {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, 100};
        for (int x : xs) {
            for (int d : ds) {
                System.out.println(x + " " + d + ": << " + (x << d) + " >> " + (x >> d) + " >>> " + (x >>> d));
            }
        }
        long[] ls = {1L, -1L, Long.MIN_VALUE, 0x123456789abcdef0L};
        for (long x : ls) {
            for (int d : ds) {
                System.out.println(x + " " + d + ": << " + (x << d) + " >> " + (x >> d) + " >>> " + (x >>> d));
            }
        }
        long shiftByLong = 1L << 65L;
        System.out.println("1L << 65L = " + shiftByLong);
        int shiftByLongDistance = 8 >> 66L;
        System.out.println("8 >> 66L = " + shiftByLongDistance);
        byte b = -128;
        System.out.println("(byte)-128 >>> 1 = " + (b >>> 1) + ", as byte " + (byte) (b >>> 1));
    }
}

// Bitwise ops and the Integer/Long bit utilities.
public class BitOps {
    public static void main(String[] args) {
        int[] xs = {0, 1, -1, 0x80000000, 0x7fffffff, 0x12345678, 0xf0f0f0f0, 96};
        for (int x : xs) {
            System.out.println(Integer.toHexString(x) + ": and " + (x & 0xff00ff) + " or " + (x | 0x0f) + " xor " + (x ^ -1) + " not " + ~x
                    + " bitCount " + Integer.bitCount(x) + " nlz " + Integer.numberOfLeadingZeros(x) + " ntz " + Integer.numberOfTrailingZeros(x)
                    + " highest " + Integer.highestOneBit(x) + " lowest " + Integer.lowestOneBit(x) + " reverse " + Integer.reverse(x)
                    + " reverseBytes " + Integer.reverseBytes(x) + " rotl5 " + Integer.rotateLeft(x, 5) + " rotr5 " + Integer.rotateRight(x, 5)
                    + " signum " + Integer.signum(x));
        }
        long[] ls = {0L, -1L, Long.MIN_VALUE, 0x0123456789abcdefL, 1L << 40};
        for (long x : ls) {
            System.out.println(Long.toHexString(x) + ": bitCount " + Long.bitCount(x) + " nlz " + Long.numberOfLeadingZeros(x) + " ntz " + Long.numberOfTrailingZeros(x)
                    + " reverse " + Long.reverse(x) + " rotl13 " + Long.rotateLeft(x, 13) + " highest " + Long.highestOneBit(x));
        }
        boolean t = true, f = false;
        System.out.println("bool ops " + (t & f) + " " + (t | f) + " " + (t ^ t) + " " + (!t));
    }
}

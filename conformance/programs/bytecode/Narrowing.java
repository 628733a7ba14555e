// i2b, i2c, i2s narrowing and char arithmetic.
public class Narrowing {
    public static void main(String[] args) {
        int[] values = {0, 127, 128, 255, 256, -1, -128, -129, 32767, 32768, 65535, 65536, 70000, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678};
        for (int v : values) {
            System.out.println(v + ": byte " + (byte) v + " short " + (short) v + " char " + (int) (char) v + " byte->char " + (int) (char) (byte) v + " long->byte " + (byte) (long) v);
        }
        byte b = 127;
        b++;
        System.out.println("byte 127++ = " + b);
        b += 200;
        System.out.println("byte += 200 = " + b);
        short s = Short.MIN_VALUE;
        s--;
        System.out.println("short MIN-- = " + s);
        char c = 'A';
        c += 2;
        System.out.println("char A+2 = " + c);
        c = Character.MAX_VALUE;
        c++;
        System.out.println("char MAX++ = " + (int) c);
        char d = 'z';
        System.out.println("'z' - 'a' = " + (d - 'a'));
        System.out.println("(char) ('a' + 1) = " + (char) ('a' + 1));
        System.out.println("'a' + 1 = " + ('a' + 1));
        byte[] bytes = {(byte) 0x80, (byte) 0xff, 0x7f};
        for (byte x : bytes) {
            System.out.println(x + " & 0xff = " + (x & 0xff) + " >>> 4 = " + (x >>> 4) + " >> 4 = " + (x >> 4));
        }
    }
}

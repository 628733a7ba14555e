// d2i, d2l, f2i, f2l saturation and NaN; i2f, l2f, l2d rounding; widening and narrowing.
public class Conversions {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2147483647.5, 2147483648.0, -2147483649.0, 1e10, -1e10, 1e19, -1e19, 9.223372036854776E18,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE};
        for (double d : ds) {
            System.out.println(d + " -> int " + (int) d + " long " + (long) d + " float " + (float) d + " short " + (short) d + " byte " + (byte) d + " char " + (int) (char) d);
        }
        float[] fs = {0.0f, 1.5f, -1.5f, 3.4e38f, -3.4e38f, 1e10f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 16777217.0f};
        for (float f : fs) {
            System.out.println(f + " -> int " + (int) f + " long " + (long) f + " double " + (double) f);
        }
        int[] is = {16777217, 16777216, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789, -1};
        for (int i : is) {
            System.out.println(i + " -> float " + (float) i + " double " + (double) i + " long " + (long) i);
        }
        long[] ls = {Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L, (1L << 53) + 1, -1L, 0x7fffffffffL};
        for (long l : ls) {
            System.out.println(l + " -> float " + (float) l + " double " + (double) l + " int " + (int) l);
        }
    }
}

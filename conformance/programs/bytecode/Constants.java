// Constant loading: iconst/bipush/sipush/ldc/ldc_w/ldc2_w extremes, static final constants.
public class Constants {
    static final int BIG = 123456789;
    static final long LBIG = 0x7fffffffffffffffL;
    static final double PI = 3.141592653589793;
    static final float FPI = 3.1415927f;
    static final String TEXT = "constant";
    static final char C = '\u20ac';

    public static void main(String[] args) {
        int[] ints = {-1, 0, 1, 2, 3, 4, 5, 6, -128, 127, 128, -129, 32767, -32768, 32768, Integer.MAX_VALUE, Integer.MIN_VALUE, BIG};
        for (int i : ints) System.out.print(i + " ");
        System.out.println();
        long[] longs = {0L, 1L, 2L, -1L, LBIG, Long.MIN_VALUE, 4294967296L};
        for (long l : longs) System.out.print(l + " ");
        System.out.println();
        float[] floats = {0f, 1f, 2f, 3f, -0f, 1.5f, FPI, Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, 1e-10f};
        for (float f : floats) System.out.print(f + " ");
        System.out.println();
        double[] doubles = {0d, 1d, -0d, PI, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 1e100, 2.2250738585072014E-308};
        for (double d : doubles) System.out.print(d + " ");
        System.out.println();
        System.out.println(TEXT + " " + C + " " + (int) C);
        System.out.println(Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(Integer.SIZE + " " + Long.BYTES + " " + Double.MAX_EXPONENT + " " + Float.MIN_EXPONENT);
        System.out.println(Math.PI + " " + Math.E);
    }
}

// float and double arithmetic: NaN, infinities, signed zeros, remainder, division by zero.
public class FloatArith {
    static double[] doubles = {0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 3.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 0.1};
    static float[] floats = {0.0f, -0.0f, 1.0f, -1.5f, 3.0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE, 0.1f};

    public static void main(String[] args) {
        for (double a : doubles) {
            for (double b : doubles) {
                System.out.println(a + " " + b + ": " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b));
            }
        }
        for (float a : floats) {
            for (float b : floats) {
                System.out.println(a + " " + b + ": " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b));
            }
        }
        System.out.println(1.0 / 0.0);
        System.out.println(-1.0 / 0.0);
        System.out.println(1.0 / -0.0);
        System.out.println(0.0 / 0.0);
        System.out.println(-0.0 + 0.0);
        System.out.println(-0.0 - 0.0);
        System.out.println(-(0.0));
        System.out.println(0.1 + 0.2);
        System.out.println(0.1f + 0.2f);
        System.out.println(1e308 * 10);
        System.out.println((float) 1e40);
        System.out.println((float) 1e-50);
        System.out.println(Float.MIN_VALUE / 2);
    }
}

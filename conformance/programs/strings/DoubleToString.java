// Double.toString / Float.toString: shortest representations, exponent thresholds, extremes.
public class DoubleToString {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, 10.0, 100.0, 1000000.0, 9999999.0, 1.0E7, 12345678.9, 0.001, 0.0001, 1.0E-3, 1.0E-4, 0.1, 0.2, 0.3, 0.1 + 0.2,
                1.0 / 3, 2.0 / 3, 100.0 / 7, 123456789012345678.0, 1.0E21, 1.0E22, 1.0E23, 2.0E23, 4.35, 2.675, 5e-324, 1.7976931348623157E308, 2.2250738585072014E-308,
                4.9E-324, Math.PI, Math.E, Math.sqrt(2), 1.1, 2.2, 3.3000000000000003, 0.5, 0.25, 0.125, 1e-10, 123e-20, 9.007199254740993E15, -1.5e300, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.0E-3, 1.0E-5 * 3};
        for (double d : ds) {
            System.out.println(Double.toString(d) + "  bits " + Long.toHexString(Double.doubleToLongBits(d)) + "  hex " + Double.toHexString(d));
        }
        float[] fs = {0.0f, 1.0f, 0.1f, 1.0f / 3, 1.0E7f, 9999999.0f, 1.0E-3f, 1.0E-4f, 3.4028235E38f, 1.4E-45f, 1.17549435E-38f, 16777216.0f, 16777217.0f, 0.3f, 100.0f / 3,
                Float.NaN, Float.NEGATIVE_INFINITY, 2.5E-8f, 1.0E10f};
        for (float f : fs) {
            System.out.println(Float.toString(f) + "  bits " + Integer.toHexString(Float.floatToIntBits(f)) + "  hex " + Float.toHexString(f) + "  as double " + (double) f);
        }
    }
}

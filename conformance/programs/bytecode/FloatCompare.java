// fcmpl/fcmpg/dcmpl/dcmpg: comparisons with NaN and signed zeros.
public class FloatCompare {
    static void cmp(double a, double b) {
        System.out.println(a + " vs " + b + ": < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b)
                + " == " + (a == b) + " != " + (a != b) + " compare " + Double.compare(a, b) + " equals " + Double.valueOf(a).equals(b));
    }

    static void cmpf(float a, float b) {
        System.out.println(a + " vs " + b + ": < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b)
                + " == " + (a == b) + " != " + (a != b) + " compare " + Float.compare(a, b) + " equals " + Float.valueOf(a).equals(b));
    }

    public static void main(String[] args) {
        double[] ds = {Double.NaN, 0.0, -0.0, 1.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        for (double a : ds) for (double b : ds) cmp(a, b);
        float[] fs = {Float.NaN, 0.0f, -0.0f, -1.0f, Float.POSITIVE_INFINITY};
        for (float a : fs) for (float b : fs) cmpf(a, b);
        double nan = Double.NaN;
        System.out.println("nan != nan: " + (nan != nan) + " isNaN: " + Double.isNaN(nan));
        System.out.println("max(-0,0)=" + Math.max(-0.0, 0.0) + " min(-0,0)=" + Math.min(-0.0, 0.0) + " min(nan,1)=" + Math.min(nan, 1.0));
        int branches = 0;
        if (!(nan < 1.0)) branches++;
        if (!(nan > 1.0)) branches++;
        if (!(nan == nan)) branches++;
        System.out.println("branches " + branches);
    }
}

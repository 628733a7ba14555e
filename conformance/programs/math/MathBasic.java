// Math: abs/min/max/signum/floor/ceil/round/rint with corner cases, floorDiv/floorMod, exact
// arithmetic overflow messages, hypot, cbrt, sqrt, clamp-like helpers.
public class MathBasic {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 4503599627370497.0, -1.1, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e20};
        for (double d : ds) {
            System.out.println(d + ": abs " + Math.abs(d) + " floor " + Math.floor(d) + " ceil " + Math.ceil(d) + " round " + Math.round(d) + " rint " + Math.rint(d)
                    + " signum " + Math.signum(d) + " sqrt " + Math.sqrt(d) + " cbrt " + Math.cbrt(d) + " roundf " + Math.round((float) d));
        }
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0f) + " " + Math.max(Float.NaN, 1f) + " " + Math.min(-0.0f, 0.0f));
        int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {Integer.MIN_VALUE, -1}};
        for (int[] p : pairs) {
            System.out.println(p[0] + "," + p[1] + ": floorDiv " + Math.floorDiv(p[0], p[1]) + " floorMod " + Math.floorMod(p[0], p[1]) + " / " + (p[0] / p[1]) + " % " + (p[0] % p[1]));
        }
        try {
            Math.addExact(Integer.MAX_VALUE, 1);
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        try {
            Math.multiplyExact(Long.MAX_VALUE, 2L);
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            Math.toIntExact(1L << 40);
        } catch (ArithmeticException e) {
            System.out.println("toIntExact: " + e.getMessage());
        }
        try {
            Math.negateExact(Integer.MIN_VALUE);
        } catch (ArithmeticException e) {
            System.out.println("negateExact: " + e.getMessage());
        }
        try {
            Math.floorMod(5, 0);
        } catch (ArithmeticException e) {
            System.out.println("floorMod: " + e.getMessage());
        }
        System.out.println(Math.subtractExact(5, 3) + " " + Math.incrementExact(9L) + " " + Math.multiplyHigh(Long.MAX_VALUE, 3L) + " " + Math.absExact(-5));
        System.out.println(Math.hypot(3, 4) + " " + Math.hypot(1e300, 1e300) + " " + Math.hypot(Double.NaN, Double.POSITIVE_INFINITY) + " " + Math.fma(2.0, 3.0, 1.0) + " " + Math.fma(0.1f, 10f, -1f));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.copySign(3.0, -0.0) + " " + Math.nextAfter(1.0, 2.0) + " " + Math.nextDown(1.0f));
    }
}

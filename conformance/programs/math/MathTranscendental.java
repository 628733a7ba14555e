// Math sin/cos/tan/asin/acos/atan/atan2/exp/log/log10/log1p/expm1/pow/sinh/cosh/tanh at many
// points, printed exactly (shortest repr plus raw bits).
public class MathTranscendental {
    static void show(String name, double x, double r) {
        System.out.println(name + "(" + x + ") = " + r + " [" + Long.toHexString(Double.doubleToRawLongBits(r)) + "]");
    }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 1e-10, 0.1, 0.5, 1.0, -1.0, 2.0, Math.PI / 6, Math.PI / 4, Math.PI / 2, Math.PI, 3.0, 10.0, 100.0, 1e6, 1e22, -700.0, 710.0,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double x : xs) {
            show("sin", x, Math.sin(x));
            show("cos", x, Math.cos(x));
            show("tan", x, Math.tan(x));
            show("asin", x, Math.asin(x));
            show("acos", x, Math.acos(x));
            show("atan", x, Math.atan(x));
            show("exp", x, Math.exp(x));
            show("log", x, Math.log(x));
            show("log10", x, Math.log10(x));
            show("log1p", x, Math.log1p(x));
            show("expm1", x, Math.expm1(x));
            show("sinh", x, Math.sinh(x));
            show("cosh", x, Math.cosh(x));
            show("tanh", x, Math.tanh(x));
        }
        double[][] pow = {{2, 10}, {2, 0.5}, {-8, 1.0 / 3}, {0.0, -1}, {-0.0, -1}, {-0.0, -2}, {Double.NaN, 0}, {1, Double.NaN}, {-1, Double.POSITIVE_INFINITY},
                {10, -300}, {1.0000001, 1e9}, {2, 1024}, {-2, 3}, {Double.POSITIVE_INFINITY, -0.5}, {0.5, Double.NEGATIVE_INFINITY}};
        for (double[] p : pow) {
            double r = Math.pow(p[0], p[1]);
            System.out.println("pow(" + p[0] + ", " + p[1] + ") = " + r + " [" + Long.toHexString(Double.doubleToRawLongBits(r)) + "]");
        }
        double[][] atan2 = {{0.0, 0.0}, {-0.0, 0.0}, {0.0, -0.0}, {-0.0, -0.0}, {1, 1}, {1, -1}, {-1, -1}, {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}};
        for (double[] p : atan2) {
            System.out.println("atan2(" + p[0] + ", " + p[1] + ") = " + Math.atan2(p[0], p[1]));
        }
    }
}

// StrictMath non-transcendental operations and Math/StrictMath agreement where both are exact:
// sqrt, cbrt, hypot, IEEEremainder, rint, floor/ceil, pow with integer exponents.
public class StrictMathBasic {
    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 1.0, 2.0, 3.0, 10.0, 0.1, 1e-300, 1e300, 123456.789, -27.0, Double.NaN, Double.POSITIVE_INFINITY};
        for (double x : xs) {
            System.out.println(x + ": sqrt " + StrictMath.sqrt(x) + " " + (StrictMath.sqrt(x) == Math.sqrt(x) || Double.isNaN(x)) + " cbrt " + StrictMath.cbrt(x) + " hypot " + StrictMath.hypot(x, 1.5)
                    + " rem " + StrictMath.IEEEremainder(x, 3.0) + " rint " + StrictMath.rint(x) + " floor " + StrictMath.floor(x) + " ceil " + StrictMath.ceil(x) + " pow3 " + StrictMath.pow(x, 3));
        }
        System.out.println(StrictMath.floorDiv(-7, 2) + " " + StrictMath.floorMod(-7, 2) + " " + StrictMath.round(-2.5) + " " + StrictMath.abs(-0.0) + " " + StrictMath.max(-0.0, 0.0) + " " + StrictMath.signum(-3.0));
        System.out.println(StrictMath.IEEEremainder(5.0, 2.0) + " " + StrictMath.IEEEremainder(7.0, 2.0) + " " + (5.0 % 2.0) + " " + StrictMath.IEEEremainder(-7.5, 2.0));
    }
}

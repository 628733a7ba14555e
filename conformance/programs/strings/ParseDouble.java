// Double.parseDouble / Float.parseFloat: decimal, exponent, hex floats, special values,
// rounding at the limits and NumberFormatException messages.
public class ParseDouble {
    static void parse(String s) {
        try {
            double d = Double.parseDouble(s);
            float f = Float.parseFloat(s);
            System.out.println("[" + s + "] -> " + d + " / " + f);
        } catch (NumberFormatException e) {
            System.out.println("[" + s + "] -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "1", "1.", ".5", "1e3", "1E-3", "+1.5e+2", "  2.5  ", "1d", "1f", "1.0D", "NaN", "-Infinity", "Infinity", "+Infinity",
                "0x1p3", "0x1.8p1", "-0x.8p-2", "0x1.fffffffffffffp1023", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "1e400",
                "1.7976931348623157e308", "1.7976931348623159e308", "3.4028235e38", "3.4028236e38", "1.4e-45", "0.1", "9007199254740993", "123456789.123456789e-5",
                "", " ", "abc", "1e", "--1", "1.2.3", "0x", "nan", "infinity", "1_0"};
        for (String s : inputs) parse(s);
        try {
            Double.parseDouble(null);
        } catch (NullPointerException e) {
            System.out.println("null -> NullPointerException");
        }
        System.out.println(Double.valueOf("3.25").equals(3.25) + " " + Double.isFinite(1e308 * 10) + " " + Double.isInfinite(-1 / 0.0) + " " + Float.isNaN(0f / 0));
    }
}

// BigDecimal: scale arithmetic, divide with MathContext and every RoundingMode, setScale,
// toString/toPlainString/toEngineeringString, stripTrailingZeros, equals vs compareTo.
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

public class BigDecimalOps {
    public static void main(String[] args) {
        BigDecimal a = new BigDecimal("123.4500");
        BigDecimal b = new BigDecimal("-0.007");
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " scale " + a.multiply(b).scale() + " precision " + a.precision());
        System.out.println(a.divide(new BigDecimal("3"), MathContext.DECIMAL64) + " " + a.divide(new BigDecimal("8")) + " " + BigDecimal.ONE.divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP));
        try {
            BigDecimal.ONE.divide(new BigDecimal("3"));
        } catch (ArithmeticException e) {
            System.out.println("divide: " + e.getMessage());
        }
        String[] values = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"};
        for (RoundingMode mode : RoundingMode.values()) {
            StringBuilder sb = new StringBuilder(mode.toString()).append(':');
            for (String v : values) {
                try {
                    sb.append(' ').append(new BigDecimal(v).setScale(0, mode));
                } catch (ArithmeticException e) {
                    sb.append(" !");
                }
            }
            System.out.println(sb);
        }
        BigDecimal big = new BigDecimal("1.23E+10");
        BigDecimal small = new BigDecimal("0.000000123");
        System.out.println(big + " " + big.toPlainString() + " " + big.toEngineeringString() + " | " + small + " " + small.toPlainString() + " " + small.toEngineeringString());
        System.out.println(new BigDecimal("100.00").stripTrailingZeros() + " " + new BigDecimal("100.00").stripTrailingZeros().toPlainString() + " " + new BigDecimal("0.000").stripTrailingZeros());
        System.out.println("equals " + new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " compareTo " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")) + " hash " + new BigDecimal("2.0").hashCode() + " " + new BigDecimal("2.00").hashCode());
        System.out.println(new BigDecimal(0.1) + "\n" + BigDecimal.valueOf(0.1) + " " + BigDecimal.valueOf(1e-10) + " " + BigDecimal.valueOf(123456789, 4) + " " + new BigDecimal(1e20));
        System.out.println(a.round(new MathContext(3)) + " " + a.movePointLeft(5) + " " + a.movePointRight(6) + " " + a.scaleByPowerOfTen(3) + " " + a.negate().abs() + " " + a.pow(3) + " " + a.remainder(new BigDecimal("10")));
        System.out.println(a.intValue() + " " + a.doubleValue() + " " + a.unscaledValue() + " " + a.signum() + " " + a.toBigInteger() + " " + new BigDecimal("2").sqrt(new MathContext(30)));
        try {
            new BigDecimal("1.5").intValueExact();
        } catch (ArithmeticException e) {
            System.out.println("intValueExact: " + e.getMessage());
        }
        try {
            new BigDecimal("abc");
        } catch (NumberFormatException e) {
            System.out.println("parse: " + e.getMessage());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) sum = sum.add(new BigDecimal("0.1"));
        double dsum = 0;
        for (int i = 0; i < 10; i++) dsum += 0.1;
        System.out.println("exact sum " + sum + " double sum " + dsum);
    }
}

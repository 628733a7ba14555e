// waits: #4 String.format runs lambdas inside the class library
// String.format and Formatter: widths, flags, precision, every conversion, Locale.ROOT.
import java.util.Locale;

public class StringFormat {
    public static void main(String[] args) {
        System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [%,d] [%(d] [%x] [%X] [%o] [%08X]", 42, 42, 42, 42, 42, 1234567, -5, 255, 255, 8, -1));
        System.out.println(String.format("[%f] [%.2f] [%10.3f] [%-10.1f] [%e] [%.3E] [%g] [%a] [%,.2f]", Math.PI, Math.PI, Math.E, 2.5, 12345.678, 0.000123, 0.0001, 1.0, 1234567.891));
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%S] [%c] [%C] [%b] [%b] [%h] [%%] [%n]", "str", "right", "left", "truncate", "upper", 'c', 'x', true, null, "hi"));
        System.out.println(String.format("%2$s %1$s %2$s %<s", "a", "b"));
        System.out.println(String.format(Locale.ROOT, "%.3f %10.2e", 1234.5678, -0.000012345));
        System.out.println(String.format("%d %d %d %d", (byte) -1, (short) 2, 3L, new java.math.BigInteger("123456789012345678901234567890")));
        System.out.println(String.format("%.5f %s %s", new java.math.BigDecimal("1.23456789"), Double.NaN, Float.POSITIVE_INFINITY));
        System.out.println(String.format("%f %e", Double.NaN, Double.NEGATIVE_INFINITY));
        System.out.println("%-6s|%6.2f|".formatted("ab", 3.14159));
        try {
            String.format("%d", "not a number");
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            String.format("%s %s", "one");
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.printf("printf %s %d%n", "works", 7);
    }
}

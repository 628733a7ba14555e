// lcmp and long comparisons across the sign boundary; Long.compare and compareUnsigned.
public class LongCompare {
    public static void main(String[] args) {
        long[] values = {Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE, 0x80000000L, -0x80000000L};
        for (long a : values) {
            for (long b : values) {
                System.out.println(a + " " + b + ": < " + (a < b) + " == " + (a == b) + " >= " + (a >= b) + " compare " + Long.compare(a, b)
                        + " unsigned " + Long.compareUnsigned(a, b) + " signum " + Long.signum(a - b));
            }
        }
    }
}

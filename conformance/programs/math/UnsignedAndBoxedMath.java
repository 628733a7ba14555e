// Unsigned arithmetic helpers, Integer/Long/Short/Byte compare, sum/min/max, toUnsignedInt,
// Character and Byte ranges, and overflow when boxing arithmetic results.
public class UnsignedAndBoxedMath {
    public static void main(String[] args) {
        int[] xs = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1000000};
        for (int x : xs) {
            StringBuilder sb = new StringBuilder();
            sb.append(x).append(": ");
            for (int y : xs) {
                if (y == 0) {
                    sb.append("- ");
                    continue;
                }
                sb.append(Integer.divideUnsigned(x, y)).append('/').append(Integer.remainderUnsigned(x, y)).append('/').append(Integer.compareUnsigned(x, y)).append(' ');
            }
            System.out.println(sb);
        }
        System.out.println(Byte.toUnsignedInt((byte) -1) + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedLong((byte) -128) + " " + Short.compare((short) 1, (short) -1) + " " + Byte.compare((byte) -128, (byte) 127));
        System.out.println(Long.divideUnsigned(Long.MIN_VALUE, 3) + " " + Long.remainderUnsigned(-7L, 5) + " " + Long.toUnsignedString(-1L, 16) + " " + Long.parseUnsignedLong("ffffffffffffffff", 16));
        Integer boxed = Integer.MAX_VALUE;
        boxed++;
        Long lboxed = Long.MIN_VALUE;
        lboxed--;
        System.out.println(boxed + " " + lboxed + " " + Integer.min(-1, 1) + " " + Long.max(3L, -3L) + " " + Double.sum(0.1, 0.2) + " " + Float.max(Float.NaN, 1f));
        try {
            Integer.divideUnsigned(5, 0);
        } catch (ArithmeticException e) {
            System.out.println("divideUnsigned: " + e.getMessage());
        }
    }
}

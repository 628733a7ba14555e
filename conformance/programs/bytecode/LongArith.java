// long arithmetic: overflow, ldiv/lrem signs and by zero, Long.MIN_VALUE / -1.
public class LongArith {
    static long[] values = {0L, 1L, -1L, 3L, -3L, 10L, -10L, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x123456789abcdefL};

    public static void main(String[] args) {
        System.out.println("MAX+1=" + (Long.MAX_VALUE + 1));
        System.out.println("MIN-1=" + (Long.MIN_VALUE - 1));
        System.out.println("MAX*MAX=" + (Long.MAX_VALUE * Long.MAX_VALUE));
        System.out.println("-MIN=" + (-Long.MIN_VALUE));
        for (long a : values) {
            for (long b : values) {
                StringBuilder sb = new StringBuilder();
                sb.append(a).append(' ').append(b).append(": ");
                sb.append(a + b).append(' ').append(a - b).append(' ').append(a * b).append(' ');
                try {
                    sb.append(a / b).append(' ');
                } catch (ArithmeticException e) {
                    sb.append("div:").append(e.getMessage()).append(' ');
                }
                try {
                    sb.append(a % b);
                } catch (ArithmeticException e) {
                    sb.append("rem:").append(e.getMessage());
                }
                System.out.println(sb);
            }
        }
        int i = Integer.MAX_VALUE;
        long widened = i + 1;
        long widenedFirst = (long) i + 1;
        System.out.println(widened + " " + widenedFirst);
    }
}

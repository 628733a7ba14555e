// int arithmetic: overflow, division and remainder signs, MIN_VALUE / -1, division by zero.
public class IntArith {
    static int[] values = {0, 1, -1, 2, -2, 7, -7, 3, -3, Integer.MAX_VALUE, Integer.MIN_VALUE, 1000000007, -123456789};

    public static void main(String[] args) {
        System.out.println("MAX+1=" + (Integer.MAX_VALUE + 1));
        System.out.println("MIN-1=" + (Integer.MIN_VALUE - 1));
        System.out.println("MAX*2=" + (Integer.MAX_VALUE * 2));
        System.out.println("MIN*-1=" + (Integer.MIN_VALUE * -1));
        System.out.println("-MIN=" + (-Integer.MIN_VALUE));
        for (int a : values) {
            for (int b : values) {
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
        int x = Integer.MIN_VALUE;
        int y = -1;
        System.out.println("MIN/-1=" + (x / y) + " MIN%-1=" + (x % y));
    }
}

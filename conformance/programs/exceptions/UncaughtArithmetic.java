// An uncaught ArithmeticException from integer division by zero inside a loop: trace with the
// line of the division, exit code 1, output before it flushed.
public class UncaughtArithmetic {
    static int divide(int a, int b) {
        return a / b;
    }

    public static void main(String[] args) {
        int[] divisors = {3, 2, 1, 0, -1};
        for (int d : divisors) {
            System.out.println("100 / " + d + " = " + divide(100, d));
        }
    }
}

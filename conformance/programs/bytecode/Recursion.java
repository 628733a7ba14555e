// Recursion: fibonacci, Ackermann, mutual recursion, recursion through interfaces, deep but
// bounded recursion (2000 frames), tail position calls.
public class Recursion {
    interface Visitor { int visit(int n); }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }

    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static long depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }

    public static void main(String[] args) {
        System.out.println(fib(25) + " " + ack(2, 3) + " " + ack(3, 3) + " " + isEven(1001) + " " + isOdd(777) + " " + depth(2000) + " " + gcd(1071, 462));
        Visitor v = new Visitor() {
            public int visit(int n) { return n <= 0 ? 0 : n + visit(n - 2); }
        };
        System.out.println(v.visit(100));
        StringBuilder hanoi = new StringBuilder();
        move(4, 'A', 'C', 'B', hanoi);
        System.out.println(hanoi.length() + " " + hanoi.substring(0, 30));
    }

    static void move(int n, char from, char to, char via, StringBuilder out) {
        if (n == 0) return;
        move(n - 1, from, via, to, out);
        out.append(from).append(to).append(' ');
        move(n - 1, via, to, from, out);
    }
}

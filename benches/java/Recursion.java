/** Recursion: Fibonacci, Takeuchi, Ackermann and an N-queens search by backtracking. */
public final class Recursion {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int tak(int x, int y, int z) {
        return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
    }

    static int ack(int m, int n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ack(m - 1, 1);
        }
        return ack(m - 1, ack(m, n - 1));
    }

    static int queens(int n, int row, int cols, int diag1, int diag2) {
        if (row == n) {
            return 1;
        }
        int count = 0;
        for (int c = 0; c < n; c++) {
            int d1 = 1 << (row + c);
            int d2 = 1 << (row - c + n);
            if ((cols & (1 << c)) == 0 && (diag1 & d1) == 0 && (diag2 & d2) == 0) {
                count += queens(n, row + 1, cols | (1 << c), diag1 | d1, diag2 | d2);
            }
        }
        return count;
    }

    static long once() {
        long r = fib(24);
        r = r * 31 + tak(18, 12, 6);
        r = r * 31 + ack(2, 200);
        r = r * 31 + ack(3, 5);
        r = r * 31 + queens(8, 0, 0, 0, 0);
        return r;
    }

    static final long EXPECTED = 42822425483L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 70;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once();
            if (result != EXPECTED) {
                System.out.println("Recursion: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("Recursion ok " + result);
    }
}

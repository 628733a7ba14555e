/**
 * Exceptions thrown and caught in a loop: checked exceptions through several frames, runtime
 * exceptions raised by the VM (division by zero, array bounds, null, casts), exceptions
 * without stack traces, finally blocks and rethrows.
 */
public final class Exceptions {
    static final class Failure extends Exception {
        final int code;

        Failure(int code) {
            super("failure " + code);
            this.code = code;
        }
    }

    static final class Quick extends RuntimeException {
        final int code;

        Quick(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    static int finallies;

    static int deep(int depth, int code) throws Failure {
        if (depth == 0) {
            if (code % 3 == 0) {
                throw new Failure(code);
            }
            return code;
        }
        try {
            return deep(depth - 1, code) + 1;
        } finally {
            finallies++;
        }
    }

    static int quick(int code) {
        if ((code & 1) == 0) {
            throw new Quick(code);
        }
        return code;
    }

    static long vmExceptions(int i, int[] array, Object o) {
        long r = 0;
        try {
            r += 100 / (i % 4);
        } catch (ArithmeticException e) {
            r += e.getMessage().length();
        }
        try {
            r += array[i % 12];
        } catch (ArrayIndexOutOfBoundsException e) {
            r += 7;
        }
        try {
            r += ((String) o).length();
        } catch (ClassCastException e) {
            r += 11;
        }
        try {
            Object n = (i % 5 == 0) ? null : o;
            r += n.hashCode() & 1;
        } catch (NullPointerException e) {
            r += 13;
        }
        return r;
    }

    static long once(int n) {
        finallies = 0;
        long r = 0;
        int[] array = new int[10];
        for (int i = 0; i < n; i++) {
            try {
                r += deep(i % 8, i);
            } catch (Failure f) {
                r += f.code * 2 + f.getStackTrace().length % 2;
            }
            try {
                r += quick(i);
            } catch (Quick q) {
                r -= q.code;
            }
            r += vmExceptions(i, array, (i & 1) == 0 ? "s" : Integer.valueOf(i));
            try {
                try {
                    throw new IllegalStateException("inner");
                } catch (IllegalStateException e) {
                    throw new RuntimeException("outer", e);
                }
            } catch (RuntimeException e) {
                r += e.getCause().getMessage().length();
            }
        }
        return r * 31 + finallies;
    }

    static final long EXPECTED = 192108200L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once(3000);
            if (result != EXPECTED) {
                System.out.println("Exceptions: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("Exceptions ok " + result);
    }
}

// try/catch/finally ordering: finally on normal exit, on exception, on return, break and
// continue; a finally that overrides a return value or swallows an exception.
public class TryCatchFinally {
    static int counter;

    static int returnInTry() {
        try {
            System.out.println("  try returns 1");
            return 1;
        } finally {
            System.out.println("  finally after return");
            counter++;
        }
    }

    @SuppressWarnings("finally")
    static int finallyOverrides() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 2;
        }
    }

    static int returnValueCapturedBeforeFinally() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
        }
    }

    static void nested() {
        try {
            try {
                System.out.println("  inner try");
                throw new IllegalArgumentException("inner");
            } catch (IllegalStateException e) {
                System.out.println("  wrong handler");
            } finally {
                System.out.println("  inner finally");
            }
        } catch (IllegalArgumentException e) {
            System.out.println("  outer catch " + e.getMessage());
        } finally {
            System.out.println("  outer finally");
        }
    }

    static void rethrow() throws Exception {
        try {
            throw new java.io.IOException("io");
        } catch (Exception e) {
            System.out.println("  caught " + e.getClass().getName() + ", rethrowing");
            throw e;
        }
    }

    static void multiCatch(int which) {
        try {
            if (which == 0) throw new ArrayIndexOutOfBoundsException("aioobe");
            if (which == 1) throw new NumberFormatException("nfe");
            throw new UnsupportedOperationException("uoe");
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            System.out.println("  multi-catch " + e.getClass().getName() + " " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println("  runtime " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println("returnInTry = " + returnInTry());
        System.out.println("finallyOverrides = " + finallyOverrides());
        System.out.println("captured = " + returnValueCapturedBeforeFinally());
        nested();
        try {
            rethrow();
        } catch (Exception e) {
            System.out.println("rethrown " + e);
        }
        for (int i = 0; i < 3; i++) multiCatch(i);
        for (int i = 0; i < 3; i++) {
            try {
                if (i == 1) continue;
                if (i == 2) break;
                System.out.println("loop body " + i);
            } finally {
                System.out.println("loop finally " + i);
            }
        }
        System.out.println("counter " + counter);
    }
}

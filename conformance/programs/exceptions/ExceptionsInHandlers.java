// Exceptions thrown from catch and finally blocks replace the pending one; nested finally
// order; exception inside a finally during return; handlers covering loops.
public class ExceptionsInHandlers {
    static String trace = "";

    static void catchThrows() {
        try {
            throw new IllegalArgumentException("original");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("from catch, cause " + e.getMessage());
        } finally {
            trace += "[finally after catch]";
        }
    }

    static void finallyThrows() {
        try {
            throw new RuntimeException("lost");
        } finally {
            throw new UnsupportedOperationException("from finally");
        }
    }

    static int returnThenFinallyThrows() {
        try {
            return 1;
        } finally {
            if (trace.length() >= 0) throw new ArithmeticException("finally during return");
        }
    }

    static void nestedFinally() {
        try {
            try {
                try {
                    throw new Error("innermost");
                } finally {
                    trace += "[f1]";
                }
            } finally {
                trace += "[f2]";
            }
        } catch (Error e) {
            trace += "[caught " + e.getMessage() + "]";
        } finally {
            trace += "[f3]";
        }
    }

    public static void main(String[] args) {
        try { catchThrows(); } catch (RuntimeException e) { System.out.println(e + " " + trace); }
        try { finallyThrows(); } catch (RuntimeException e) { System.out.println(e + " suppressed " + e.getSuppressed().length); }
        try { returnThenFinallyThrows(); } catch (ArithmeticException e) { System.out.println(e); }
        trace = "";
        nestedFinally();
        System.out.println(trace);
        int caught = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i % 3 == 0) throw new IndexOutOfBoundsException("i=" + i);
            } catch (IndexOutOfBoundsException e) {
                caught++;
            }
        }
        System.out.println("caught in loop " + caught);
        try {
            Object o = null;
            try {
                o.toString();
            } finally {
                System.out.println("finally sees the NPE pending");
            }
        } catch (NullPointerException e) {
            System.out.println("NPE propagated");
        }
    }
}

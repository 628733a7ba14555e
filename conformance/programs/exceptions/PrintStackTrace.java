// printStackTrace with causes ("Caused by", "... n more") and suppressed exceptions; line
// numbers of every frame are part of the expected output.
public class PrintStackTrace {
    static void deep(int n) {
        if (n == 0) throw new IllegalStateException("deepest");
        deep(n - 1);
    }

    static void wrap() {
        try {
            deep(3);
        } catch (IllegalStateException e) {
            throw new RuntimeException("wrapped", e);
        }
    }

    public static void main(String[] args) {
        try {
            wrap();
        } catch (RuntimeException e) {
            e.printStackTrace();
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("top frame: " + top.getClassName() + "." + top.getMethodName() + " line " + top.getLineNumber() + " file " + top.getFileName());
            System.out.println("cause frames: " + e.getCause().getStackTrace().length);
        }
        Exception withSuppressed = new Exception("outer");
        withSuppressed.addSuppressed(new IllegalArgumentException("inner suppressed"));
        withSuppressed.printStackTrace();
        new Error("to stdout").printStackTrace(System.out);
        Throwable noTrace = new Throwable("no trace", null, false, false) {
        };
        noTrace.printStackTrace();
        System.out.println("noTrace frames: " + noTrace.getStackTrace().length);
    }
}

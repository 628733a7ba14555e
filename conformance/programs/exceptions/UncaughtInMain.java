// An uncaught exception in main: stack trace on stderr and exit code 1.
public class UncaughtInMain {
    static void fail(String what) {
        throw new IllegalArgumentException("bad argument: " + what);
    }

    public static void main(String[] args) {
        System.out.println("before");
        fail("x");
        System.out.println("unreachable");
    }
}

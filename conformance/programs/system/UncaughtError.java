// An uncaught Error subclass from a nested call, with a cause and suppressed exception in the
// printed trace, exit code 1.
public class UncaughtError {
    static void inner() {
        Error e = new AssertionError("invariant violated", new IllegalStateException("root cause"));
        e.addSuppressed(new RuntimeException("cleanup failed"));
        throw e;
    }

    static void middle() { inner(); }

    public static void main(String[] args) {
        System.out.println("start");
        middle();
    }
}

// A static initialiser that throws: ExceptionInInitializerError first, then
// NoClassDefFoundError "Could not initialize class" on every later use.
public class InitFailure {
    static class Bad {
        static int value = compute();

        static int compute() {
            System.out.println("  Bad.<clinit> runs");
            throw new IllegalStateException("boom in clinit");
        }

        static void use() {
            System.out.println("unreachable");
        }
    }

    static class BadError {
        static {
            if (true) throw new StackOverflowError("not really");
        }
        static int x;
    }

    public static void main(String[] args) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                Bad.use();
            } catch (ExceptionInInitializerError e) {
                System.out.println(attempt + ": " + e);
                System.out.println("   cause: " + e.getCause());
                System.out.println("   getException: " + e.getException());
            } catch (NoClassDefFoundError e) {
                System.out.println(attempt + ": " + e);
                System.out.println("   cause: " + e.getCause());
            }
        }
        try {
            new Bad();
        } catch (NoClassDefFoundError e) {
            System.out.println("new: " + e.getMessage());
        }
        try {
            System.out.println(BadError.x);
        } catch (Throwable t) {
            System.out.println("Error subclass not wrapped: " + t);
        }
        try {
            System.out.println(BadError.x);
        } catch (Throwable t) {
            System.out.println("again: " + t);
        }
    }
}

// StackTraceElement contents: constructors (<init>), static initialisers (<clinit>), nested
// and anonymous classes, recursion depth, file names and line numbers.
public class StackTraceElements {
    static StackTraceElement[] captured;

    static class Inner {
        Inner() { captured = new Throwable().getStackTrace(); }
    }

    static class Init {
        static { captured = new Throwable().getStackTrace(); }
        static void touch() {}
    }

    static void print(String title) {
        System.out.println(title + ":");
        for (StackTraceElement e : captured) {
            System.out.println("  " + e.getClassName() + " " + e.getMethodName() + " " + e.getFileName() + ":" + e.getLineNumber() + " native " + e.isNativeMethod() + " | " + e);
        }
    }

    static int recurse(int n) {
        if (n == 0) {
            captured = new Throwable().getStackTrace();
            return 0;
        }
        return recurse(n - 1) + 1;
    }

    public static void main(String[] args) {
        new Inner();
        print("constructor");
        Init.touch();
        print("static initialiser");
        new Runnable() {
            public void run() { captured = Thread.currentThread().getStackTrace(); }
        }.run();
        print("anonymous via Thread.getStackTrace");
        recurse(3);
        print("recursion");
        StackTraceElement made = new StackTraceElement("pkg.Cls", "meth", "Cls.java", 42);
        System.out.println(made + " " + new StackTraceElement("A", "b", null, -2) + " " + new StackTraceElement("A", "b", null, -1) + " " + made.equals(new StackTraceElement("pkg.Cls", "meth", "Cls.java", 42)));
    }
}

// An exception in the main class's own static initialiser: ExceptionInInitializerError printed
// by the launcher, exit code 1, main never runs.
public class UncaughtInStaticInit {
    static int value = compute();

    static int compute() {
        System.out.println("computing");
        return Integer.parseInt("not a number");
    }

    public static void main(String[] args) {
        System.out.println("main " + value);
    }
}

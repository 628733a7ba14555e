// System.exit(0) from deep inside nested calls and a try/finally: finally blocks do not run,
// buffered output is flushed.
public class ExitInShutdownPath {
    static void deep(int n) {
        if (n == 0) {
            System.out.print("exiting without newline");
            System.exit(0);
        }
        try {
            deep(n - 1);
        } finally {
            System.out.println("finally " + n + " must not run");
        }
    }

    public static void main(String[] args) {
        deep(5);
    }
}

// System.exit with a non-zero status: output flushed, finally blocks not run.
public class ExitCode {
    public static void main(String[] args) {
        System.out.println("exiting with 42");
        System.err.println("stderr before exit");
        try {
            System.exit(42);
        } finally {
            System.out.println("finally must not run");
        }
    }
}

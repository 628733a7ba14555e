// main declared to throw, failing with a checked exception carrying no message: exit code 1,
// trace on stderr, stdout flushed first.
public class MainThrowsError {
    public static void main(String[] args) throws Exception {
        System.out.println("about to fail");
        System.out.flush();
        throw new java.util.concurrent.TimeoutException();
    }
}

// An uncaught checked exception with a cause thrown from main's throws clause.
public class UncaughtWithCause {
    static void inner() throws java.io.IOException {
        throw new java.io.IOException("disk on fire");
    }

    public static void main(String[] args) throws Exception {
        try {
            inner();
        } catch (java.io.IOException e) {
            throw new Exception("outer failure", e);
        }
    }
}

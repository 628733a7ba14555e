// StackOverflowError from unbounded recursion is caught and the program continues.
public class StackOverflowCaught {
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static long recurseWithLocals(long a, long b) {
        return recurseWithLocals(a + 1, b * 2) + 1;
    }

    public static void main(String[] args) {
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError, message " + e.getMessage() + ", deep: " + (depth > 1000));
        }
        try {
            recurseWithLocals(0, 1);
        } catch (StackOverflowError e) {
            System.out.println("caught again");
        }
        depth = 0;
        try {
            recurse();
        } catch (Throwable t) {
            System.out.println("third time: " + t.getClass().getName());
        }
        System.out.println("still running");
    }
}

// An exception caught in main, then a normal return: exit code 0 with stderr output.
public class ExitZeroAfterError {
    public static void main(String[] args) {
        try {
            Object o = "x";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.err.println("error: " + e.getMessage());
        }
        System.out.println("normal end");
    }
}

// run: -ea
// Assertions enabled with -ea: a failing assert throws AssertionError with its message;
// desiredAssertionStatus reflects the option.
public class AssertionsEnabled {
    public static void main(String[] args) {
        System.out.println("status " + AssertionsEnabled.class.desiredAssertionStatus());
        try {
            assert 1 + 1 == 3 : "math is broken";
            System.out.println("assert skipped");
        } catch (AssertionError e) {
            System.out.println("AssertionError: " + e.getMessage());
        }
        int sideEffect = 0;
        assert (sideEffect = 1) == 1;
        System.out.println("side effect " + sideEffect);
        assert false;
    }
}

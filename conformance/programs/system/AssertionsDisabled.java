// Assertions disabled by default: assert statements are not evaluated.
public class AssertionsDisabled {
    public static void main(String[] args) {
        System.out.println("status " + AssertionsDisabled.class.desiredAssertionStatus());
        int sideEffect = 0;
        assert (sideEffect = 1) == 2 : "never";
        System.out.println("side effect " + sideEffect);
    }
}

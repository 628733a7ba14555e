// run: -ea:... -da:AssertionOptions$Off -ea:java.util... -da:java.util.concurrent... -esa -da
// Assertion options by package and class: the unnamed package enabled except one class, system
// classes by -esa and package options, primitive and array classes never.
public class AssertionOptions {
    static class On {
        static String run() {
            try {
                assert false : "on";
                return "skipped";
            } catch (AssertionError e) {
                return "thrown " + e.getMessage();
            }
        }
    }

    static class Off {
        static String run() {
            try {
                assert false : "off";
                return "skipped";
            } catch (AssertionError e) {
                return "thrown " + e.getMessage();
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("main " + AssertionOptions.class.desiredAssertionStatus());
        System.out.println("On " + On.class.desiredAssertionStatus() + " " + On.run());
        System.out.println("Off " + Off.class.desiredAssertionStatus() + " " + Off.run());
        System.out.println("String " + String.class.desiredAssertionStatus());
        System.out.println("ArrayList " + java.util.ArrayList.class.desiredAssertionStatus());
        System.out.println("ConcurrentHashMap " + java.util.concurrent.ConcurrentHashMap.class.desiredAssertionStatus());
        System.out.println("locks " + java.util.concurrent.locks.ReentrantLock.class.desiredAssertionStatus());
        System.out.println("int " + int.class.desiredAssertionStatus());
        System.out.println("int[] " + int[].class.desiredAssertionStatus() + " On[] " + On[].class.desiredAssertionStatus());
    }
}

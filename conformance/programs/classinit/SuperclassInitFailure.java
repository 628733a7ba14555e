// A subclass whose superclass failed to initialise cannot initialise either; sibling classes
// are unaffected; the failure is remembered per class.
public class SuperclassInitFailure {
    static class Base {
        static int x = Integer.parseInt("x");
    }

    static class Child extends Base {
        static { System.out.println("  Child initialiser (never printed)"); }
        static int y = 1;
    }

    static class Sibling {
        static int z = 5;
    }

    public static void main(String[] args) {
        try {
            System.out.println(Child.y);
        } catch (Throwable t) {
            System.out.println("first: " + t + " / cause " + t.getCause());
        }
        try {
            System.out.println(Child.y);
        } catch (Throwable t) {
            System.out.println("second: " + t);
        }
        try {
            System.out.println(Base.x);
        } catch (Throwable t) {
            System.out.println("base: " + t);
        }
        System.out.println("sibling " + Sibling.z);
    }
}

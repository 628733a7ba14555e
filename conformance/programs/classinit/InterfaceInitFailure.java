// An interface whose field initialiser throws: ExceptionInInitializerError on first access,
// NoClassDefFoundError afterwards; implementing classes still initialise without it.
public class InterfaceInitFailure {
    interface Broken {
        int VALUE = fail();
        static int fail() { throw new IllegalStateException("interface init failed"); }
        static String hello() { return "hello"; }
    }

    static class Impl implements Broken {
        static { System.out.println("  Impl initialised without Broken"); }
    }

    public static void main(String[] args) {
        new Impl();
        for (int i = 0; i < 2; i++) {
            try {
                System.out.println(Broken.VALUE);
            } catch (Throwable t) {
                System.out.println(t + " / cause " + t.getCause());
            }
        }
        try {
            System.out.println(Broken.hello());
        } catch (Throwable t) {
            System.out.println("static method: " + t);
        }
    }
}

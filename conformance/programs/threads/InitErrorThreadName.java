// A static initialiser that fails in a named thread: later users in main get
// NoClassDefFoundError whose cause names the thread where initialisation failed.
public class InitErrorThreadName {
    static class Broken {
        static final int VALUE = Integer.parseInt("not a number");
    }

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            try {
                System.out.println(Broken.VALUE);
            } catch (ExceptionInInitializerError e) {
                System.out.println("initializer thread: " + e.getCause());
            }
        }, "initializer");
        t.start();
        t.join();
        try {
            System.out.println(Broken.VALUE);
        } catch (NoClassDefFoundError e) {
            System.out.println("main: " + e.getMessage());
            System.out.println("cause: " + e.getCause());
        }
    }
}

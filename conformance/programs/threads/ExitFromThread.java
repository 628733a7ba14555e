// System.exit from a non-main thread while main is blocked: shutdown hooks run once, the
// status is the thread's.
public class ExitFromThread {
    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran in " + Thread.currentThread().getName()), "hook"));
        Thread exiter = new Thread(() -> {
            System.out.println("exiting from " + Thread.currentThread().getName());
            System.exit(42);
        }, "exiter");
        synchronized (ExitFromThread.class) {
            exiter.start();
            ExitFromThread.class.wait();
        }
        System.out.println("not reached");
    }
}

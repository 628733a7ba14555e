// Runtime.halt from a non-main thread: no shutdown hooks, the given status.
public class HaltFromThread {
    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook must not run")));
        Thread t = new Thread(() -> {
            System.out.println("halting");
            Runtime.getRuntime().halt(7);
        });
        t.start();
        t.join();
        System.out.println("not reached");
    }
}

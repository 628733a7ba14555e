// A non-daemon thread that joins the main thread: main's end (its Thread.exit) releases it,
// then the VM waits for it; shutdown hooks see main terminated.
public class JoinMain {
    public static void main(String[] args) {
        final Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook: main alive " + main.isAlive() + ", state " + main.getState())));
        Thread waiter = new Thread(() -> {
            try {
                main.join();
                System.out.println("main joined: alive " + main.isAlive() + ", state " + main.getState());
            } catch (InterruptedException e) {
                System.out.println("interrupted");
            }
        }, "waiter");
        waiter.start();
        System.out.println("main returns");
    }
}

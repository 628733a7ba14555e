// waits: #6 threads
// An uncaught exception in a non-main thread is printed by the default handler; main ends
// normally so the exit code is 0; a per-thread handler replaces the printing.
public class UncaughtInThread {
    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(new Runnable() {
            public void run() { throw new IllegalStateException("worker failed"); }
        }, "worker");
        t.start();
        t.join();
        Thread handled = new Thread(new Runnable() {
            public void run() { throw new RuntimeException("handled failure"); }
        }, "handled");
        handled.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            public void uncaughtException(Thread th, Throwable e) { System.out.println("handler got " + e.getMessage() + " from " + th.getName()); }
        });
        handled.start();
        handled.join();
        System.out.println("main ends normally");
    }
}

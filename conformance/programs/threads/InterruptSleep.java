// waits: #6 threads
// Interrupting a sleeping thread and a waiting thread: InterruptedException, interrupt flag
// cleared; Thread.interrupted semantics on the current thread.
public class InterruptSleep {
    public static void main(String[] args) throws InterruptedException {
        final Object lock = new Object();
        Thread sleeper = new Thread(new Runnable() {
            public void run() {
                try {
                    Thread.sleep(60000);
                    System.out.println("woke normally");
                } catch (InterruptedException e) {
                    System.out.println("sleeper interrupted, flag now " + Thread.currentThread().isInterrupted());
                }
            }
        });
        sleeper.start();
        while (sleeper.getState() != Thread.State.TIMED_WAITING) Thread.yield();
        sleeper.interrupt();
        sleeper.join();
        Thread waiter = new Thread(new Runnable() {
            public void run() {
                synchronized (lock) {
                    try {
                        lock.wait();
                        System.out.println("notified");
                    } catch (InterruptedException e) {
                        System.out.println("waiter interrupted");
                    }
                }
            }
        });
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) Thread.yield();
        waiter.interrupt();
        waiter.join();
        Thread.currentThread().interrupt();
        System.out.println("interrupted() " + Thread.interrupted() + " then " + Thread.interrupted());
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            System.out.println("sleep with pending interrupt throws immediately");
        }
    }
}

// synchronized methods and blocks on one thread: reentrancy, exceptions releasing the monitor,
// wait/notify misuse messages.
public class SynchronizedSingle {
    private int counter;

    synchronized void inc() {
        counter++;
    }

    synchronized void reenter(int depth) {
        if (depth > 0) {
            synchronized (this) {
                reenter(depth - 1);
            }
        }
        counter += 10;
    }

    static synchronized String staticSync() {
        return "static sync holds class lock: " + Thread.holdsLock(SynchronizedSingle.class);
    }

    void throwInside() {
        synchronized (this) {
            throw new IllegalStateException("inside");
        }
    }

    public static void main(String[] args) throws Exception {
        SynchronizedSingle s = new SynchronizedSingle();
        for (int i = 0; i < 1000; i++) s.inc();
        s.reenter(5);
        System.out.println("counter " + s.counter);
        System.out.println(staticSync());
        System.out.println("holds before: " + Thread.holdsLock(s));
        synchronized (s) {
            System.out.println("holds inside: " + Thread.holdsLock(s));
            s.notify();
            s.notifyAll();
            s.wait(1);
        }
        try {
            s.throwInside();
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + ", holds after: " + Thread.holdsLock(s));
        }
        try {
            s.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait: " + e.getMessage());
        }
        try {
            s.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify: " + e.getMessage());
        }
        Object lock = null;
        try {
            synchronized (lock) {
                System.out.println("unreachable");
            }
        } catch (NullPointerException e) {
            System.out.println("synchronized(null): NullPointerException");
        }
    }
}

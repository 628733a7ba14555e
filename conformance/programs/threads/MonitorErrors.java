// IllegalMonitorStateException from wait/notify/notifyAll without owning the monitor (also
// after the monitor was inflated by contention), negative timeouts, and monitors released when
// a synchronized method or block unwinds by an exception; deep recursive locking.
public class MonitorErrors {
    static final Object lock = new Object();

    static synchronized void throwInside() {
        throw new IllegalStateException("from a synchronized method");
    }

    static int depth(Object o, int n) {
        synchronized (o) {
            return n == 0 ? 0 : 1 + depth(o, n - 1);
        }
    }

    public static void main(String[] args) throws Exception {
        Object o = new Object();
        try { o.wait(); } catch (IllegalMonitorStateException e) { System.out.println("wait: " + e.getMessage()); }
        try { o.notify(); } catch (IllegalMonitorStateException e) { System.out.println("notify: " + e.getMessage()); }
        try { o.notifyAll(); } catch (IllegalMonitorStateException e) { System.out.println("notifyAll: " + e.getMessage()); }
        try { o.wait(10, 1); } catch (IllegalMonitorStateException e) { System.out.println("wait(ms, ns): " + e.getMessage()); }
        synchronized (o) {
            try { o.wait(-1); } catch (IllegalArgumentException e) { System.out.println("wait(-1): " + e.getMessage()); }
            o.wait(1);
            o.notify();
            System.out.println("owner may wait and notify");
        }
        try {
            throwInside();
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + ", class lock held " + Thread.holdsLock(MonitorErrors.class));
        }
        try {
            synchronized (lock) {
                throw new RuntimeException("from a synchronized block");
            }
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage() + ", lock held " + Thread.holdsLock(lock));
        }
        Thread other = new Thread(() -> {
            synchronized (lock) {
                System.out.println("other thread took the released lock");
            }
        });
        other.start();
        other.join();
        System.out.println("recursion depth " + depth(o, 2000) + ", held after " + Thread.holdsLock(o));
        synchronized (o) {
            System.out.println("hash stable while locked " + (o.hashCode() == System.identityHashCode(o)));
            int h = o.hashCode();
            Thread contender = new Thread(() -> { synchronized (o) { } });
            contender.start();
            while (contender.getState() != Thread.State.BLOCKED) Thread.yield();
            System.out.println("hash stable after inflation " + (o.hashCode() == h));
            o.wait(1);
        }
        try { o.notify(); } catch (IllegalMonitorStateException e) { System.out.println("inflated notify: " + e.getMessage()); }
    }
}

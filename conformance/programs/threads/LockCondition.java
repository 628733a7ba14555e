import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.*;

// ReentrantLock with two Conditions (a ping-pong of turns), tryLock, a timed await that times
// out, ReentrantReadWriteLock readers and writers, and lock state queries.
public class LockCondition {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition pingTurn = lock.newCondition();
    static final Condition pongTurn = lock.newCondition();
    static boolean pings = true;
    static final StringBuilder log = new StringBuilder();

    public static void main(String[] args) throws Exception {
        Thread ping = new Thread(() -> play(true));
        Thread pong = new Thread(() -> play(false));
        ping.start();
        pong.start();
        ping.join();
        pong.join();
        System.out.println(log);

        lock.lock();
        lock.lock();
        System.out.println("held " + lock.isHeldByCurrentThread() + " holds " + lock.getHoldCount());
        Thread other = new Thread(() -> System.out.println("tryLock from other " + lock.tryLock()));
        other.start();
        other.join();
        long t0 = System.nanoTime();
        boolean signalled = pingTurn.await(50, TimeUnit.MILLISECONDS);
        System.out.println("timed await signalled " + signalled + " waited enough " + (System.nanoTime() - t0 >= 40_000_000L));
        lock.unlock();
        lock.unlock();
        System.out.println("locked " + lock.isLocked());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock unowned: " + e.getClass().getName());
        }

        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        int[] shared = new int[1];
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            final boolean writer = i % 2 == 0;
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 2000; k++) {
                    if (writer) {
                        rw.writeLock().lock();
                        try { shared[0]++; } finally { rw.writeLock().unlock(); }
                    } else {
                        rw.readLock().lock();
                        try { if (shared[0] < 0) throw new AssertionError(); } finally { rw.readLock().unlock(); }
                    }
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("read/write lock count " + shared[0]);
    }

    static void play(boolean isPing) {
        for (int i = 0; i < 5; i++) {
            lock.lock();
            try {
                while (pings != isPing) (isPing ? pingTurn : pongTurn).awaitUninterruptibly();
                log.append(isPing ? "ping " : "pong ");
                pings = !isPing;
                (isPing ? pongTurn : pingTurn).signal();
            } finally {
                lock.unlock();
            }
        }
    }
}

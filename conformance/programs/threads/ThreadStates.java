import java.util.concurrent.locks.LockSupport;

// getState as HotSpot reports it for a thread that is new, runnable, sleeping (TIMED_WAITING),
// waiting in Object.wait (WAITING), parked (WAITING), parked with a deadline, blocked on a
// monitor (BLOCKED) and terminated; interrupt of a waiting and of a parked thread; holdsLock.
public class ThreadStates {
    static final Object lock = new Object();

    static void await(Thread t, Thread.State s) {
        while (t.getState() != s) Thread.yield();
        System.out.println(t.getName() + " " + s);
    }

    public static void main(String[] args) throws Exception {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(100_000);
            } catch (InterruptedException e) {
                System.out.println("sleeper: " + e.getMessage() + ", interrupted now " + Thread.currentThread().isInterrupted());
            }
        }, "sleeper");
        System.out.println("sleeper " + sleeper.getState());
        sleeper.start();
        await(sleeper, Thread.State.TIMED_WAITING);
        sleeper.interrupt();
        sleeper.join();
        System.out.println("sleeper " + sleeper.getState());

        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    System.out.println("waiter: " + e.getMessage() + ", holds lock " + Thread.holdsLock(lock));
                }
            }
        }, "waiter");
        waiter.start();
        await(waiter, Thread.State.WAITING);
        waiter.interrupt();
        waiter.join();

        Thread timedWaiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait(100_000);
                    System.out.println("timed waiter notified");
                } catch (InterruptedException e) {
                    System.out.println("timed waiter interrupted");
                }
            }
        }, "timed-waiter");
        timedWaiter.start();
        await(timedWaiter, Thread.State.TIMED_WAITING);
        synchronized (lock) {
            lock.notify();
        }
        timedWaiter.join();

        Thread parker = new Thread(() -> {
            LockSupport.park();
            System.out.println("parker returned, interrupted " + Thread.interrupted());
            LockSupport.parkNanos(100_000_000_000L);
            System.out.println("parker returned after unpark");
        }, "parker");
        parker.start();
        await(parker, Thread.State.WAITING);
        parker.interrupt();
        await(parker, Thread.State.TIMED_WAITING);
        LockSupport.unpark(parker);
        parker.join();

        Thread blocked = new Thread(() -> {
            synchronized (lock) {
                System.out.println("blocked thread got the lock");
            }
        }, "blocked");
        synchronized (lock) {
            blocked.start();
            await(blocked, Thread.State.BLOCKED);
            System.out.println("main holds lock " + Thread.holdsLock(lock));
        }
        blocked.join();
        System.out.println("main holds lock " + Thread.holdsLock(lock) + ", blocked " + blocked.getState());

        LockSupport.unpark(Thread.currentThread());
        LockSupport.park();
        System.out.println("park with a permit returns at once");
        try {
            Thread.holdsLock(null);
        } catch (NullPointerException e) {
            System.out.println("holdsLock(null): NullPointerException");
        }
    }
}

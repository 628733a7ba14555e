/** Threads, monitors under contention, wait/notify and join: deterministic results. */
public class Concurrency {
    static int counter;
    static final Object LOCK = new Object();

    static class Adder extends Thread {
        public void run() { for (int i = 0; i < 20000; i++) { synchronized (LOCK) { counter++; } } }
    }

    static int tContendedCounter() throws InterruptedException {
        counter = 0;
        Adder[] adders = new Adder[4];
        for (int i = 0; i < adders.length; i++) { adders[i] = new Adder(); adders[i].start(); }
        for (Adder a : adders) a.join();
        return counter;
    }

    /** A two-slot channel (ints, not boxes: Integer's cache needs the boot's properties). */
    static class Channel {
        private final int[] items = new int[2];
        private int count, head;
        synchronized void put(int v) { while (count == items.length) { try { wait(); } catch (InterruptedException e) { return; } } items[(head + count++) % items.length] = v; notifyAll(); }
        synchronized int take() { while (count == 0) { try { wait(); } catch (InterruptedException e) { return -1; } } int v = items[head]; head = (head + 1) % items.length; count--; notifyAll(); return v; }
    }

    static long tProducerConsumer() throws InterruptedException {
        Channel c = new Channel();
        Thread producer = new Thread(new Runnable() { public void run() { for (int i = 1; i <= 500; i++) c.put(i); c.put(0); } });
        producer.start();
        long sum = 0;
        for (int v; (v = c.take()) != 0; ) sum += v;
        producer.join();
        return sum;
    }

    static String tThreadStates() throws InterruptedException {
        Thread t = new Thread(new Runnable() { public void run() { } }, "short");
        String before = t.getState().toString();
        t.start();
        t.join();
        return before + " " + t.getState() + " " + t.isAlive() + " " + t.getName() + " " + Thread.currentThread().getName();
    }

    static String tWaitTimeout() throws InterruptedException {
        synchronized (LOCK) { LOCK.wait(5); }
        try { LOCK.wait(); return "no"; } catch (IllegalMonitorStateException e) { return e.getMessage(); }
    }

    static String tUncaughtInThread() throws InterruptedException {
        final String[] seen = new String[1];
        Thread t = new Thread(new Runnable() { public void run() { throw new IllegalStateException("worker failed"); } });
        t.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() { public void uncaughtException(Thread th, Throwable e) { seen[0] = e.getMessage(); } });
        t.start();
        t.join();
        return seen[0];
    }

    static int tSleep() throws InterruptedException { Thread.sleep(2); Thread.yield(); return 1; }
}

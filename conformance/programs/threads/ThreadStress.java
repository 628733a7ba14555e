// timeout: 120
import java.util.concurrent.atomic.AtomicLong;

// 64 threads contend on monitors, wait/notify hand-offs, atomics and allocation for many
// iterations: no lost update, no deadlock.
public class ThreadStress {
    static final Object[] locks = new Object[8];
    static final long[] counters = new long[8];
    static final AtomicLong atomic = new AtomicLong();
    static long handoffs;
    static boolean token;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < locks.length; i++) locks[i] = new Object();
        Thread[] ts = new Thread[64];
        final int iterations = 20000;
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                StringBuilder garbage = new StringBuilder();
                for (int i = 0; i < iterations; i++) {
                    Object l = locks[(id + i) % locks.length];
                    synchronized (l) {
                        counters[(id + i) % locks.length]++;
                    }
                    atomic.addAndGet(2);
                    if (i % 100 == 0) garbage = new StringBuilder("x" + i);
                    garbage.append(i % 10);
                }
                if (id < 2) {
                    for (int i = 0; i < 200; i++) {
                        synchronized (ThreadStress.class) {
                            while (token != (id == 0)) {
                                try { ThreadStress.class.wait(); } catch (InterruptedException e) { return; }
                            }
                            token = id != 0;
                            handoffs++;
                            ThreadStress.class.notifyAll();
                        }
                    }
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        long total = 0;
        for (long c : counters) total += c;
        System.out.println("monitor total " + total + " expected " + (long) ts.length * iterations);
        System.out.println("atomic " + atomic.get() + " handoffs " + handoffs);
    }
}

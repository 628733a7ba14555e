// waits: #6 threads
// Eight threads incrementing shared counters under synchronized, AtomicLong and LongAdder:
// no lost updates.
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

public class SynchronizedCounter {
    static long plain;
    static final Object LOCK = new Object();
    static final AtomicLong ATOMIC = new AtomicLong();
    static final LongAdder ADDER = new LongAdder();

    public static void main(String[] args) throws InterruptedException {
        Thread[] threads = new Thread[8];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(new Runnable() {
                public void run() {
                    for (int k = 0; k < 20000; k++) {
                        synchronized (LOCK) {
                            plain++;
                        }
                        ATOMIC.incrementAndGet();
                        ADDER.increment();
                    }
                }
            });
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        System.out.println("synchronized " + plain + " atomic " + ATOMIC.get() + " adder " + ADDER.sum());
    }
}

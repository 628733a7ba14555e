import java.util.concurrent.atomic.*;

// AtomicLong, AtomicInteger, LongAdder, AtomicReference (reference compare-and-set: a lost
// update shows), AtomicIntegerArray and a field updater under 8 threads:
// no update is lost.
public class AtomicCounters {
    public static void main(String[] args) throws Exception {
        final AtomicLong along = new AtomicLong();
        final AtomicInteger aint = new AtomicInteger();
        final LongAdder adder = new LongAdder();
        final AtomicReference<Integer> ref = new AtomicReference<>(0);
        final AtomicIntegerArray array = new AtomicIntegerArray(4);
        final AtomicLongFieldUpdaterHolder holder = new AtomicLongFieldUpdaterHolder();
        Thread[] ts = new Thread[8];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 20000; i++) {
                    along.incrementAndGet();
                    aint.getAndAdd(2);
                    adder.increment();
                    array.incrementAndGet(id % 4);
                    AtomicLongFieldUpdaterHolder.UPDATER.addAndGet(holder, 3);
                    if (i % 2 == 0) ref.updateAndGet(x -> x + 1);
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("AtomicLong " + along.get());
        System.out.println("AtomicInteger " + aint.get());
        System.out.println("LongAdder " + adder.sum());
        System.out.println("AtomicReference " + ref.get());
        System.out.println("AtomicIntegerArray " + array);
        System.out.println("AtomicLongFieldUpdater " + holder.value);
        System.out.println("compareAndSet " + along.compareAndSet(160000, 1) + " " + along.compareAndSet(160000, 2) + " " + along.get());
        System.out.println("getAndSet " + aint.getAndSet(-1) + " " + aint.get());
    }

    static class AtomicLongFieldUpdaterHolder {
        static final AtomicLongFieldUpdater<AtomicLongFieldUpdaterHolder> UPDATER =
            AtomicLongFieldUpdater.newUpdater(AtomicLongFieldUpdaterHolder.class, "value");
        volatile long value;
    }
}

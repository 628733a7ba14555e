import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

// ConcurrentHashMap under 8 threads: merge, compute, putIfAbsent on shared keys; a
// CountDownLatch start gate and a CyclicBarrier between phases.
public class ConcurrentMapContention {
    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<Integer, Integer> counts = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, AtomicInteger> firsts = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        CyclicBarrier barrier = new CyclicBarrier(8);
        AtomicInteger phaseTwo = new AtomicInteger();
        Thread[] ts = new Thread[8];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 5000; i++) {
                        counts.merge(i % 100, 1, Integer::sum);
                        counts.compute(-1, (k, v) -> v == null ? 1 : v + 1);
                        firsts.computeIfAbsent("k" + (i % 50), k -> new AtomicInteger(id)).incrementAndGet();
                    }
                    barrier.await();
                    phaseTwo.incrementAndGet();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            ts[t].start();
        }
        start.countDown();
        for (Thread t : ts) t.join();
        long total = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) if (e.getKey() >= 0) total += e.getValue();
        System.out.println("keys " + counts.size() + " total " + total + " computed " + counts.get(-1));
        System.out.println("firsts " + firsts.size() + " phase two " + phaseTwo.get());
        System.out.println("sum via reduce " + counts.reduceValuesToLong(4, v -> v, 0L, Long::sum));
    }
}

import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

// Phaser, Semaphore, Exchanger, SynchronousQueue, ArrayBlockingQueue, a scheduled executor,
// ForkJoinPool with RecursiveTask, invokeAll/invokeAny and ThreadLocal across threads.
public class ConcurrencyUtilities {
    static class SumTask extends RecursiveTask<Long> {
        final int from, to;
        SumTask(int from, int to) { this.from = from; this.to = to; }
        protected Long compute() {
            if (to - from <= 1000) {
                long s = 0;
                for (int i = from; i < to; i++) s += i;
                return s;
            }
            int mid = (from + to) >>> 1;
            SumTask left = new SumTask(from, mid);
            left.fork();
            return new SumTask(mid, to).compute() + left.join();
        }
    }

    public static void main(String[] args) throws Exception {
        Phaser phaser = new Phaser(1);
        AtomicInteger arrived = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            phaser.register();
            new Thread(() -> {
                arrived.incrementAndGet();
                phaser.arriveAndAwaitAdvance();
                arrived.incrementAndGet();
                phaser.arriveAndDeregister();
            }).start();
        }
        phaser.arriveAndAwaitAdvance();
        phaser.arriveAndAwaitAdvance();
        System.out.println("phaser phase " + phaser.getPhase() + " arrived " + arrived.get());

        Semaphore permits = new Semaphore(2);
        AtomicInteger inside = new AtomicInteger(), maxInside = new AtomicInteger();
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 200; k++) {
                    permits.acquireUninterruptibly();
                    int now = inside.incrementAndGet();
                    maxInside.accumulateAndGet(now, Math::max);
                    inside.decrementAndGet();
                    permits.release();
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("semaphore max inside <= 2: " + (maxInside.get() <= 2) + ", permits " + permits.availablePermits());

        Exchanger<String> exchanger = new Exchanger<>();
        Thread partner = new Thread(() -> {
            try {
                System.out.println("partner got " + exchanger.exchange("from partner"));
            } catch (InterruptedException e) {
            }
        });
        partner.start();
        String got = exchanger.exchange("from main");
        partner.join();
        System.out.println("main got " + got);

        SynchronousQueue<Integer> sync = new SynchronousQueue<>();
        ArrayBlockingQueue<Integer> bounded = new ArrayBlockingQueue<>(2);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 5; i++) sync.put(i);
                for (int i = 1; i <= 10; i++) bounded.put(i * 10);
            } catch (InterruptedException e) {
            }
        });
        producer.start();
        int s1 = 0, s2 = 0;
        for (int i = 0; i < 5; i++) s1 += sync.take();
        for (int i = 0; i < 10; i++) s2 += bounded.poll(10, TimeUnit.SECONDS);
        producer.join();
        System.out.println("synchronous queue " + s1 + " bounded queue " + s2 + " poll empty " + bounded.poll(10, TimeUnit.MILLISECONDS));

        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        // The later task is due in an hour, not milliseconds after the earlier one: a gap of a
        // few milliseconds made the order depend on how fast the second schedule() call ran.
        ScheduledFuture<?> late = scheduler.schedule(() -> order.add("late"), 1, TimeUnit.HOURS);
        ScheduledFuture<?> early = scheduler.schedule(() -> order.add("early"), 10, TimeUnit.MILLISECONDS);
        CountDownLatch ticks = new CountDownLatch(3);
        ScheduledFuture<?> periodic = scheduler.scheduleAtFixedRate(ticks::countDown, 0, 5, TimeUnit.MILLISECONDS);
        early.get();
        System.out.println("scheduled order " + order + " late pending " + !late.isDone()
            + " ticks done " + ticks.await(10, TimeUnit.SECONDS));
        System.out.println("late cancelled " + late.cancel(false) + " " + late.isCancelled());
        periodic.cancel(false);
        scheduler.shutdown();
        System.out.println("scheduler terminated " + scheduler.awaitTermination(10, TimeUnit.SECONDS));

        ForkJoinPool pool = new ForkJoinPool(4);
        System.out.println("fork/join sum " + pool.invoke(new SumTask(0, 1_000_000)));
        pool.shutdown();

        ExecutorService exec = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            final int n = i;
            calls.add(() -> n * 100);
        }
        int total = 0;
        for (Future<Integer> f : exec.invokeAll(calls)) total += f.get();
        int any = exec.invokeAny(calls);
        System.out.println("invokeAll " + total + " invokeAny in range " + (any >= 100 && any <= 500));
        exec.shutdown();

        ThreadLocal<Integer> local = ThreadLocal.withInitial(() -> 7);
        local.set(1);
        int[] seen = new int[1];
        Thread other = new Thread(() -> seen[0] = local.get());
        other.start();
        other.join();
        System.out.println("thread local main " + local.get() + " other " + seen[0]);
    }
}

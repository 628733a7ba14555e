// StackWalker and caller-sensitive calls on threads other than main: the bottom frames are
// Thread.run's, walks in several threads at once stay separate, and stack traces of another
// thread come from Thread.getStackTrace.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

public class StackWalkerThreads {
    static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    static String frames() {
        return WALKER.walk(s -> s.map(f -> f.getClassName() + "." + f.getMethodName()).collect(Collectors.joining(" < ")));
    }

    static int depth(int n) {
        if (n > 0) return depth(n - 1);
        return WALKER.walk(s -> (int) s.count());
    }

    public static void main(String[] args) throws Exception {
        String[] seen = new String[1];
        Thread t = new Thread(() -> seen[0] = frames() + " | caller " + WALKER.getCallerClass().getName(), "walker");
        t.start();
        t.join();
        System.out.println(seen[0]);
        List<Thread> threads = new ArrayList<>();
        int[] depths = new int[4];
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < depths.length; i++) {
            int k = i;
            Thread w = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                int total = 0;
                for (int r = 0; r < 20; r++) total += depth(10 * k + r % 3);
                depths[k] = total;
            });
            threads.add(w);
            w.start();
        }
        start.countDown();
        for (Thread w : threads) w.join();
        System.out.println("depths " + java.util.Arrays.toString(depths));
        CountDownLatch parked = new CountDownLatch(1);
        Object lock = new Object();
        Thread sleeper = new Thread(() -> {
            synchronized (lock) {
                parked.countDown();
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                }
            }
        }, "sleeper");
        sleeper.start();
        parked.await();
        synchronized (lock) {
            StackTraceElement[] trace = sleeper.getStackTrace();
            System.out.println("other thread top " + (trace.length > 0 ? trace[trace.length - 1].getMethodName() : "none"));
            lock.notifyAll();
        }
        sleeper.join();
    }
}

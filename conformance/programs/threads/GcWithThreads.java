// run: -Xmx64m -Xmn4m
import java.util.*;
import java.util.concurrent.locks.LockSupport;

// Collections triggered while other threads allocate, sleep, wait on a monitor, park and
// contend for a lock, each holding references only in its frames: everything they hold
// survives intact (objects move; monitors, hashes and contents stay).
public class GcWithThreads {
    static final Object lock = new Object();
    static volatile boolean done;

    static int check(List<int[]> kept, int seed) {
        int bad = 0;
        for (int i = 0; i < kept.size(); i++) {
            int[] a = kept.get(i);
            if (a.length != 16 || a[0] != seed + i || a[15] != ~(seed + i)) bad++;
        }
        return bad;
    }

    static List<int[]> make(int seed, int n) {
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] a = new int[16];
            a[0] = seed + i;
            a[15] = ~(seed + i);
            kept.add(a);
        }
        return kept;
    }

    public static void main(String[] args) throws Exception {
        int[] bad = new int[6];
        Thread[] ts = new Thread[6];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                List<int[]> kept = make(id * 100_000, 2000);
                Object mine = new Object();
                int hash = System.identityHashCode(mine);
                while (!done) {
                    switch (id) {
                        case 0:
                        case 1:
                            List<String> garbage = new ArrayList<>();
                            for (int i = 0; i < 1000; i++) garbage.add("g" + i);
                            break;
                        case 2:
                            try { Thread.sleep(1); } catch (InterruptedException e) { }
                            break;
                        case 3:
                            synchronized (mine) {
                                try { mine.wait(1); } catch (InterruptedException e) { }
                            }
                            break;
                        case 4:
                            LockSupport.parkNanos(1_000_000);
                            break;
                        default:
                            synchronized (lock) {
                                kept.get(0)[1]++;
                            }
                    }
                }
                bad[id] = check(kept, id * 100_000) + (System.identityHashCode(mine) == hash ? 0 : 1000);
            });
            ts[t].start();
        }
        List<int[]> mainKept = make(-1_000_000, 5000);
        for (int round = 0; round < 20; round++) {
            System.gc();
            List<byte[]> churn = new ArrayList<>();
            for (int i = 0; i < 200; i++) churn.add(new byte[1024]);
            synchronized (lock) {
                Thread.sleep(1);
            }
        }
        done = true;
        for (Thread t : ts) t.join();
        System.out.println("main kept intact: " + (check(mainKept, -1_000_000) == 0));
        System.out.println("threads kept intact: " + Arrays.toString(bad));
    }
}

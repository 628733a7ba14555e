/** Contended monitors: two threads hand a token back and forth with wait/notify, and four threads contend for one lock. */
public final class MonitorHandoff {
    private static final Object lock = new Object();
    private static boolean pingTurn = true;
    private static long shared;

    public static void main(String[] args) throws InterruptedException {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        final int handoffs = 2_000 * reps;
        Thread pong = new Thread(() -> {
            for (int i = 0; i < handoffs; i++) {
                synchronized (lock) {
                    while (pingTurn) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    pingTurn = true;
                    lock.notify();
                }
            }
        });
        pong.start();
        for (int i = 0; i < handoffs; i++) {
            synchronized (lock) {
                while (!pingTurn) {
                    lock.wait();
                }
                pingTurn = false;
                lock.notify();
            }
        }
        pong.join();
        final int perThread = 20_000 * reps;
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    synchronized (lock) {
                        shared++;
                    }
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        if (shared != 4L * perThread) {
            throw new AssertionError(shared);
        }
        System.out.println("MonitorHandoff ok " + handoffs + " " + shared);
    }
}

/** Thread start and join: short-lived threads started and joined one at a time and in batches of eight. */
public final class ThreadStartJoin {
    private static final java.util.concurrent.atomic.AtomicLong ran = new java.util.concurrent.atomic.AtomicLong();

    public static void main(String[] args) throws InterruptedException {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Runnable task = ran::incrementAndGet;
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < 100; i++) {
                Thread t = new Thread(task);
                t.start();
                t.join();
            }
            for (int i = 0; i < 25; i++) {
                Thread[] batch = new Thread[8];
                for (int k = 0; k < batch.length; k++) {
                    batch[k] = new Thread(task);
                    batch[k].start();
                }
                for (Thread t : batch) {
                    t.join();
                }
            }
        }
        if (ran.get() != 300L * reps) {
            throw new AssertionError(ran.get());
        }
        System.out.println("ThreadStartJoin ok " + ran.get());
    }
}

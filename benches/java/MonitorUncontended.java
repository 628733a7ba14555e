/** Uncontended monitors: synchronized blocks and methods entered and left by one thread, nested (recursive) too. */
public final class MonitorUncontended {
    private long count;

    synchronized void inc() {
        count++;
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        MonitorUncontended m = new MonitorUncontended();
        Object lock = new Object();
        long blocks = 0;
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < 100_000; i++) {
                synchronized (lock) {
                    blocks++;
                }
                m.inc();
                synchronized (lock) {
                    synchronized (lock) {
                        blocks++;
                    }
                }
            }
        }
        long expected = 100_000L * reps;
        if (blocks != 2 * expected || m.count != expected) {
            throw new AssertionError(blocks + " " + m.count);
        }
        System.out.println("MonitorUncontended ok " + blocks);
    }
}

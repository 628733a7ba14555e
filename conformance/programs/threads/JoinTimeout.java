// join with a timeout that expires (the thread is still alive) and one that does not; join on
// a thread that never started; sleep(0); interrupt of a thread blocked in join.
public class JoinTimeout {
    public static void main(String[] args) throws Exception {
        final Object gate = new Object();
        final boolean[] open = new boolean[1];
        Thread slow = new Thread(() -> {
            synchronized (gate) {
                while (!open[0]) {
                    try { gate.wait(); } catch (InterruptedException e) { return; }
                }
            }
        }, "slow");
        slow.start();
        long t0 = System.nanoTime();
        slow.join(30);
        System.out.println("after join(30): alive " + slow.isAlive() + ", waited enough " + (System.nanoTime() - t0 >= 25_000_000L));
        synchronized (gate) {
            open[0] = true;
            gate.notifyAll();
        }
        slow.join(60_000);
        System.out.println("after join(60000): alive " + slow.isAlive());
        Thread unstarted = new Thread(() -> {});
        unstarted.join();
        unstarted.join(10);
        System.out.println("join of an unstarted thread returns");
        Thread.sleep(0);
        try {
            slow.join(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("join(-1): " + e.getMessage());
        }
        final Thread main = Thread.currentThread();
        Thread forever = new Thread(() -> {
            while (main.getState() != Thread.State.WAITING) Thread.yield();
            main.interrupt();
            synchronized (gate) {
                try { gate.wait(); } catch (InterruptedException e) { System.out.println("forever interrupted"); }
            }
        }, "forever");
        forever.setDaemon(true);
        forever.start();
        try {
            forever.join();
        } catch (InterruptedException e) {
            System.out.println("join interrupted, flag " + Thread.currentThread().isInterrupted());
        }
        forever.interrupt();
        forever.join();
    }
}

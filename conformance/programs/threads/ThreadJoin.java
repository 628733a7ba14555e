// waits: #6 threads
// Threads started and joined: results collected after join, names, states before and after,
// isAlive, daemon flag (no timing-dependent output).
public class ThreadJoin {
    static class Worker extends Thread {
        long result;
        final int n;
        Worker(String name, int n) {
            super(name);
            this.n = n;
        }
        @Override public void run() {
            long r = 0;
            for (int i = 1; i <= n; i++) r += (long) i * i;
            result = r;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Worker[] ws = new Worker[4];
        for (int i = 0; i < ws.length; i++) ws[i] = new Worker("worker-" + i, (i + 1) * 1000);
        System.out.println(ws[0].getName() + " state " + ws[0].getState() + " alive " + ws[0].isAlive() + " daemon " + ws[0].isDaemon());
        for (Worker w : ws) w.start();
        for (Worker w : ws) w.join();
        for (Worker w : ws) System.out.println(w.getName() + " -> " + w.result + " state " + w.getState() + " alive " + w.isAlive());
        Thread t = new Thread(new Runnable() {
            public void run() { System.out.println("runnable in " + Thread.currentThread().getName()); }
        }, "named-runnable");
        t.start();
        t.join();
        System.out.println("main is " + Thread.currentThread().getName() + " priority " + Thread.currentThread().getPriority());
        try {
            t.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("restart: IllegalThreadStateException");
        }
    }
}

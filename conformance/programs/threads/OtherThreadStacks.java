import java.util.*;

// getStackTrace of another thread (waiting in a known method) and Thread.getAllStackTraces
// include it; a terminated thread has an empty trace.
public class OtherThreadStacks {
    static final Object lock = new Object();

    static void innermost() throws InterruptedException {
        synchronized (lock) {
            lock.wait();
        }
    }

    static void middle() throws InterruptedException {
        innermost();
    }

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            try {
                middle();
            } catch (InterruptedException e) {
                System.out.println("interrupted");
            }
        }, "stacked");
        t.start();
        while (t.getState() != Thread.State.WAITING) Thread.yield();
        StackTraceElement[] trace = t.getStackTrace();
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("OtherThreadStacks") && !e.getClassName().contains("$$Lambda")) System.out.println("  " + e);
        }
        System.out.println("top is " + trace[0].getClassName() + "." + trace[0].getMethodName() + " native " + trace[0].isNativeMethod());
        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        System.out.println("all contains stacked " + all.containsKey(t) + " and main " + all.containsKey(Thread.currentThread()));
        t.interrupt();
        t.join();
        System.out.println("terminated trace length " + t.getStackTrace().length);
        System.out.println("all contains stacked after join " + Thread.getAllStackTraces().containsKey(t));
    }
}

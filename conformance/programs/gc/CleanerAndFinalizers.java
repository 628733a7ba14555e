// run: -Xmx64m
// A Cleaner's action runs once its object becomes unreachable, and not for a live one; a
// class with finalize() gets it called after a collection (System.runFinalization); a
// PhantomReference is enqueued with its referent cleared.
import java.lang.ref.Cleaner;
import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.util.concurrent.atomic.AtomicInteger;

public class CleanerAndFinalizers {
    static final AtomicInteger cleaned = new AtomicInteger();
    static final AtomicInteger finalized = new AtomicInteger();

    static final class Resource {
        final int[] payload = new int[16];
    }

    static final class Finalizable {
        final int id;
        Finalizable(int id) { this.id = id; }
        @Override protected void finalize() { finalized.incrementAndGet(); }
    }

    static final class Count implements Runnable {
        public void run() { cleaned.incrementAndGet(); }
    }

    public static void main(String[] args) throws Exception {
        Cleaner cleaner = Cleaner.create();
        Resource live = new Resource();
        cleaner.register(live, new Count());
        for (int i = 0; i < 10; i++) cleaner.register(new Resource(), new Count());
        for (int round = 0; round < 100 && cleaned.get() < 10; round++) {
            System.gc();
            Thread.sleep(10);
        }
        System.out.println("cleaned " + cleaned.get() + " live payload " + live.payload.length);

        for (int i = 0; i < 5; i++) new Finalizable(i);
        for (int round = 0; round < 100 && finalized.get() < 5; round++) {
            System.gc();
            System.runFinalization();
            Thread.sleep(10);
        }
        System.out.println("finalized " + finalized.get());

        ReferenceQueue<Object> queue = new ReferenceQueue<Object>();
        PhantomReference<Object> phantom = new PhantomReference<Object>(new Object(), queue);
        Object polled = null;
        for (int round = 0; round < 50 && polled == null; round++) {
            System.gc();
            polled = queue.remove(20);
        }
        System.out.println("phantom enqueued " + (polled == phantom) + " refersTo null " + phantom.refersTo(null));
    }
}

// run: -Xmx64m -Xmn16m
// What a finalizable object reaches stays alive until its finalize() ran: a weak reference
// held only by a finalizable object keeps its referent through the collection that finds the
// object unreachable (full or young), while a weak reference to the finalizable object itself
// is cleared by that collection; a phantom reference to it is enqueued only by a collection
// after finalize(). (Deterministic when no other collection runs between the one that finds
// the object unreachable and its finalize(), as without a stress mode: not in the stress subset.)
import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

public class FinalizerReachability {
    static final Object lock = new Object();
    static String report;
    static Object sink;
    static Payload keep;

    static final class Payload {
        final int value;
        Payload(int value) { this.value = value; }
    }

    static final class Holder {
        final WeakReference<Payload> weak;
        final String name;
        Holder(String name, Payload payload) {
            this.name = name;
            this.weak = new WeakReference<Payload>(payload);
        }
        @Override protected void finalize() {
            Payload p = weak.get();
            synchronized (lock) {
                report = name + ": payload in finalize " + (p == null ? "cleared" : "kept " + p.value);
                lock.notifyAll();
            }
        }
    }

    /** Allocates until one young collection ran (a fresh young object's weak reference is cleared). */
    static void oneYoungCollection() {
        WeakReference<Object> canary = new WeakReference<Object>(new Object());
        while (!canary.refersTo(null)) sink = new byte[16 * 1024];
        sink = null;
    }

    /** Runs one collection, then waits for the report without allocating more than needed. */
    static String await(boolean young) throws InterruptedException {
        if (young) oneYoungCollection(); else System.gc();
        System.runFinalization();
        synchronized (lock) {
            long deadline = System.currentTimeMillis() + 10_000;
            while (report == null && System.currentTimeMillis() < deadline) lock.wait(100);
            String r = report == null ? "not finalized" : report;
            report = null;
            return r;
        }
    }

    static WeakReference<Holder>[] make(String name, int value, ReferenceQueue<Object> queue, PhantomReference<?>[] phantom) {
        keep = new Payload(value);
        Holder h = new Holder(name, keep);
        phantom[0] = new PhantomReference<Object>(h, queue);
        @SuppressWarnings("unchecked")
        WeakReference<Holder>[] w = new WeakReference[] { new WeakReference<Holder>(h) };
        return w;
    }

    public static void main(String[] args) throws Exception {
        for (boolean young : new boolean[] { false, true }) {
            ReferenceQueue<Object> queue = new ReferenceQueue<Object>();
            PhantomReference<?>[] phantom = new PhantomReference<?>[1];
            WeakReference<Holder>[] self = make(young ? "young" : "full", young ? 2 : 1, queue, phantom);
            // The holder and its payload become unreachable together.
            keep = null;
            System.out.println(await(young));
            System.out.println("weak reference to the finalized object cleared " + self[0].refersTo(null));
            Object polled = null;
            for (int round = 0; round < 100 && polled == null; round++) {
                if (young) oneYoungCollection(); else System.gc();
                polled = queue.remove(10);
            }
            System.out.println("phantom enqueued after finalization " + (polled == phantom[0]));
        }
    }
}

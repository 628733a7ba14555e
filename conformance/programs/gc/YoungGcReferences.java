// run: -Xmx96m -Xmn24m
// java.lang.ref objects whose referents die young are cleared and enqueued by young
// collections alone (allocation churn, no System.gc()): weak and phantom references, WeakHashMap
// entries, finalizable objects; strongly reachable referents survive and softly reachable ones
// are kept while memory is plentiful.
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

public class YoungGcReferences {
    static final AtomicInteger finalized = new AtomicInteger();
    static Object sink;

    static final class Node {
        final int value;
        Node(int value) { this.value = value; }
    }

    static final class Finalizable {
        @Override protected void finalize() { finalized.incrementAndGet(); }
    }

    /** Allocates about `megabytes` of short-lived garbage. */
    static void churn(int megabytes) {
        for (int i = 0; i < megabytes * 16; i++) {
            sink = new byte[64 * 1024 - 32];
        }
        sink = null;
    }

    static WeakReference<Node> weakTo(int value, ReferenceQueue<Object> queue) {
        return new WeakReference<Node>(new Node(value), queue);
    }

    static void makeFinalizables(int n) {
        for (int i = 0; i < n; i++) new Finalizable();
    }

    public static void main(String[] args) throws Exception {
        ReferenceQueue<Object> queue = new ReferenceQueue<Object>();
        Node strong = new Node(1);
        WeakReference<Node> kept = new WeakReference<Node>(strong, queue);
        List<WeakReference<Node>> lost = new ArrayList<WeakReference<Node>>();
        for (int i = 0; i < 100; i++) lost.add(weakTo(i, queue));
        PhantomReference<Object> phantom = new PhantomReference<Object>(new Node(-1), queue);
        SoftReference<Node> soft = new SoftReference<Node>(new Node(7));
        WeakHashMap<Object, String> map = new WeakHashMap<Object, String>();
        Object key = new Object();
        map.put(key, "kept");
        for (int i = 0; i < 50; i++) map.put(new Object(), "dropped");
        makeFinalizables(20);

        int rounds = 0;
        while (rounds < 40) {
            churn(8);
            rounds++;
            int cleared = 0;
            for (WeakReference<Node> w : lost) if (w.get() == null) cleared++;
            if (cleared == lost.size() && phantom.refersTo(null)) break;
        }
        int cleared = 0;
        for (WeakReference<Node> w : lost) if (w.get() == null) cleared++;
        System.out.println("weak references cleared by young collections: " + cleared);
        System.out.println("phantom cleared: " + phantom.refersTo(null));
        System.out.println("strong referent kept: " + (kept.get() == strong) + " value " + kept.get().value);
        System.out.println("soft referent kept: " + (soft.get() != null ? soft.get().value : -1));

        int enqueued = 0;
        boolean phantomEnqueued = false;
        Reference<?> r;
        while (enqueued < 101 && (r = queue.remove(5000)) != null) {
            enqueued++;
            if (r == phantom) phantomEnqueued = true;
            if (r == kept) System.out.println("the kept reference was enqueued");
        }
        System.out.println("enqueued " + enqueued + ", phantom among them " + phantomEnqueued);

        for (int i = 0; i < 40 && map.size() > 1; i++) churn(4);
        System.out.println("weak map size " + map.size() + " value " + map.get(key));

        for (int i = 0; i < 200 && finalized.get() < 20; i++) {
            churn(4);
            Thread.sleep(5);
        }
        System.out.println("finalized by young collections: " + finalized.get());
        System.out.println("still strong " + strong.value + " " + (key != null));
    }
}

// run: -Xmx64m -Xmn8m
// Many references through young and full collections: every reference whose referent died is
// enqueued exactly once; one cleared by the program is never enqueued; one enqueued by the
// program is not enqueued again by a collection; soft references survive without memory
// pressure; the queue drains to the exact counts.
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.lang.ref.PhantomReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

public class ReferenceQueueCounts {
    static Object sink;
    static Object held;

    static void churn(int n) {
        for (int i = 0; i < n; i++) sink = new byte[16 * 1024];
        sink = null;
    }

    public static void main(String[] args) throws Exception {
        ReferenceQueue<Object> queue = new ReferenceQueue<Object>();
        List<Reference<Object>> refs = new ArrayList<Reference<Object>>();
        List<Object> strong = new ArrayList<Object>();
        for (int i = 0; i < 6000; i++) {
            Object referent = new int[i % 5];
            Reference<Object> r;
            switch (i % 3) {
                case 0: r = new WeakReference<Object>(referent, queue); break;
                case 1: r = new PhantomReference<Object>(referent, queue); break;
                default: r = new SoftReference<Object>(referent, queue); break;
            }
            if (i % 10 == 0) strong.add(referent);
            refs.add(r);
            if (i % 1000 == 0) churn(200);
        }
        held = new Object();
        Reference<Object> cleared = new WeakReference<Object>(held, queue);
        cleared.clear();
        Reference<Object> manual = new WeakReference<Object>(held, queue);
        boolean first = manual.enqueue();
        boolean second = manual.enqueue();
        held = null;
        System.out.println("manual enqueue " + first + " again " + second);

        churn(2000);
        System.gc();
        churn(2000);

        IdentityHashMap<Reference<?>, Boolean> seen = new IdentityHashMap<Reference<?>, Boolean>();
        int duplicates = 0;
        Reference<?> r;
        int expected = 0;
        for (int i = 0; i < 6000; i++) if (i % 3 != 2 && i % 10 != 0) expected++;
        expected += 1; // the manually enqueued one
        while (seen.size() < expected && (r = queue.remove(5000)) != null) {
            if (seen.put(r, Boolean.TRUE) != null) duplicates++;
        }
        while ((r = queue.remove(200)) != null) {
            if (seen.put(r, Boolean.TRUE) != null) duplicates++;
        }
        int weak = 0, phantom = 0, soft = 0, other = 0;
        for (int i = 0; i < refs.size(); i++) {
            if (!seen.containsKey(refs.get(i))) continue;
            if (i % 3 == 0) weak++; else if (i % 3 == 1) phantom++; else soft++;
        }
        for (Reference<?> x : seen.keySet()) if (!refs.contains(x)) other++;
        System.out.println("enqueued weak " + weak + " phantom " + phantom + " soft " + soft
            + " other " + other + " duplicates " + duplicates);
        System.out.println("cleared one enqueued " + seen.containsKey(cleared) + ", manual one " + seen.containsKey(manual));
        int softKept = 0;
        for (int i = 2; i < refs.size(); i += 3) if (refs.get(i).get() != null) softKept++;
        int strongKept = 0;
        for (int i = 0; i < refs.size(); i += 10) if (!refs.get(i).refersTo(null)) strongKept++;
        System.out.println("soft referents kept " + softKept + ", strong referents kept " + strongKept + " of " + strong.size());
    }
}

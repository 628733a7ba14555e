// waits: #5 garbage collection (java.lang.ref)
// WeakReference cleared after the referent becomes unreachable and System.gc(); enqueued on its
// ReferenceQueue; strongly reachable referents survive; WeakHashMap entries vanish.
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.WeakHashMap;

public class WeakReferences {
    public static void main(String[] args) throws InterruptedException {
        ReferenceQueue<Object> queue = new ReferenceQueue<Object>();
        Object strong = new Object();
        WeakReference<Object> kept = new WeakReference<Object>(strong, queue);
        WeakReference<Object> lost = new WeakReference<Object>(new Object(), queue);
        WeakHashMap<Object, String> map = new WeakHashMap<Object, String>();
        Object key = new Object();
        map.put(key, "kept");
        map.put(new Object(), "dropped");
        System.gc();
        System.out.println("kept present " + (kept.get() != null) + " lost cleared " + (lost.get() == null));
        Object polled = queue.remove(10000);
        System.out.println("enqueued is the lost one " + (polled == lost));
        System.out.println("weak map size " + map.size() + " value " + map.get(key));
        System.out.println("still strong " + (strong != null) + " " + (key != null));
    }
}

// run: -Xmx64m
// WeakHashMap entries whose keys are no longer strongly reachable disappear after a
// collection; entries with live keys stay; cleared references are enqueued.
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;

public class WeakHashMapCollect {
    static final class Key {
        final int id;
        Key(int id) { this.id = id; }
        @Override public int hashCode() { return id; }
        @Override public boolean equals(Object o) { return o instanceof Key && ((Key) o).id == id; }
    }

    public static void main(String[] args) throws Exception {
        WeakHashMap<Key, String> map = new WeakHashMap<Key, String>();
        List<Key> kept = new ArrayList<Key>();
        List<Key> all = new ArrayList<Key>();
        for (int i = 0; i < 1000; i++) {
            Key k = new Key(i);
            map.put(k, "v" + i);
            all.add(k);
            if (i % 10 == 0) kept.add(k);
        }
        System.out.println("before: " + map.size() + " " + all.size());
        all = null;
        int size = map.size();
        for (int round = 0; round < 50 && size != kept.size(); round++) {
            System.gc();
            Thread.sleep(10);
            size = map.size();
        }
        System.out.println("after: " + size + " kept " + kept.size());
        System.out.println("lookup 500: " + map.get(new Key(500)) + ", 501: " + map.get(new Key(501)));

        ReferenceQueue<Object> queue = new ReferenceQueue<Object>();
        Object strong = new Object();
        WeakReference<Object> live = new WeakReference<Object>(strong, queue);
        WeakReference<Object> dead = new WeakReference<Object>(new Object(), queue);
        Object polled = null;
        for (int round = 0; round < 50 && polled == null; round++) {
            System.gc();
            polled = queue.remove(20);
        }
        System.out.println("enqueued the dead one: " + (polled == dead) + ", cleared: " + (dead.get() == null));
        System.out.println("live one kept: " + (live.get() == strong) + ", queue empty: " + (queue.poll() == null));
    }
}

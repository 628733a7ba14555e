// run: -Xmx64m
// Objects are registered for finalization when Object.<init> returns on them, as HotSpot does
// (RegisterFinalizersAtInit): an object whose constructor throws before calling super() is
// never finalized, one whose constructor throws after it is; clones of finalizable objects are
// finalized; Unsafe.allocateInstance does not register; reflection and plain `new` do. A
// subclass whose finalize() is empty has no finalizer at all: a phantom reference to it is
// enqueued by the first collection.
import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.lang.reflect.Field;
import java.util.TreeSet;

public class FinalizerRegistration {
    static final TreeSet<Integer> finalized = new TreeSet<Integer>();

    static int fail(int id) {
        throw new IllegalStateException("no object " + id);
    }

    static class Base {
        final int id;
        Base(int id) { this.id = id; }
        @Override protected void finalize() {
            synchronized (finalized) { finalized.add(id); }
        }
    }

    static class Tracked extends Base implements Cloneable {
        int copyOf;
        Tracked(int id) { super(id); }
        Tracked(int id, boolean failBeforeSuper) { super(failBeforeSuper ? fail(id) : id); }
        Tracked(int id, String failAfterSuper) {
            super(id);
            throw new IllegalArgumentException(failAfterSuper);
        }
        Tracked copy() throws CloneNotSupportedException { return (Tracked) clone(); }
        @Override protected void finalize() {
            synchronized (finalized) { finalized.add(copyOf != 0 ? copyOf : id); }
        }
    }

    static class Quiet extends Base {
        Quiet(int id) { super(id); }
        @Override protected void finalize() { }
    }

    static void create() throws Exception {
        new Tracked(1);
        try { new Tracked(2, true); } catch (IllegalStateException e) { System.out.println("caught " + e.getMessage()); }
        try { new Tracked(3, "thrown after super"); } catch (IllegalArgumentException e) { System.out.println("caught " + e.getMessage()); }
        Tracked original = new Tracked(4);
        Tracked clone = original.copy();
        clone.copyOf = 5;
        Tracked reflected = Tracked.class.getDeclaredConstructor(int.class).newInstance(6);
        Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        sun.misc.Unsafe unsafe = (sun.misc.Unsafe) f.get(null);
        Tracked raw = (Tracked) unsafe.allocateInstance(Tracked.class);
        raw.copyOf = 7;
    }

    static PhantomReference<Object> quiet(ReferenceQueue<Object> queue) {
        return new PhantomReference<Object>(new Quiet(8), queue);
    }

    public static void main(String[] args) throws Exception {
        create();
        for (int round = 0; round < 200; round++) {
            System.gc();
            System.runFinalization();
            synchronized (finalized) {
                if (finalized.size() >= 4 && round >= 5) break;
            }
            Thread.sleep(5);
        }
        synchronized (finalized) {
            System.out.println("finalized " + finalized);
        }
        ReferenceQueue<Object> queue = new ReferenceQueue<Object>();
        PhantomReference<Object> phantom = quiet(queue);
        System.gc();
        System.out.println("empty finalize: phantom enqueued after one collection " + (queue.remove(5000) == phantom));
    }
}

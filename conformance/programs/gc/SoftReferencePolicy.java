// run: -Xmx64m -XX:SoftRefLRUPolicyMSPerMB=0
// With SoftRefLRUPolicyMSPerMB=0 a softly reachable referent is cleared at the first
// collection after the soft-reference clock passed the reference's timestamp (the clock
// advances at each collection, get() refreshes the timestamp); a reference read between
// collections survives the next one (refersTo does not read it).
import java.lang.ref.SoftReference;

public class SoftReferencePolicy {
    static SoftReference<int[]> make(int n) {
        return new SoftReference<int[]>(new int[n]);
    }

    public static void main(String[] args) throws Exception {
        SoftReference<int[]> idle = make(10);
        SoftReference<int[]> used = make(20);
        for (int round = 1; round <= 3; round++) {
            Thread.sleep(20);
            System.gc();
            boolean idleCleared = idle.refersTo(null);
            int[] a = used.get();
            System.out.println("round " + round + ": idle " + (idleCleared ? "cleared" : "kept")
                + ", used " + (a == null ? "cleared" : "kept " + a.length));
        }
    }
}

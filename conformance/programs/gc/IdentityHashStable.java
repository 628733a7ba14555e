// run: -Xmx64m
// waits: #5 garbage collection (objects moved by collections)
// Identity hash codes and IdentityHashMap lookups stay stable while heavy allocation forces
// collections that move objects; interned strings survive collections.
import java.util.IdentityHashMap;

public class IdentityHashStable {
    public static void main(String[] args) {
        Object[] objs = new Object[1000];
        int[] hashes = new int[objs.length];
        IdentityHashMap<Object, Integer> map = new IdentityHashMap<Object, Integer>();
        for (int i = 0; i < objs.length; i++) {
            objs[i] = new Object();
            hashes[i] = System.identityHashCode(objs[i]);
            map.put(objs[i], i);
        }
        String interned = new String("interned-before-gc").intern();
        long junk = 0;
        for (int round = 0; round < 200; round++) {
            byte[] garbage = new byte[1 << 20];
            junk += garbage.length;
            if (round % 10 == 0) System.gc();
            if (round % 50 == 0) {
                int stable = 0;
                for (int i = 0; i < objs.length; i++) if (System.identityHashCode(objs[i]) == hashes[i] && map.get(objs[i]) == i) stable++;
                System.out.println("round " + round + " stable " + stable);
            }
        }
        System.out.println("interned survives " + (interned == "interned-before-gc") + " junk MB " + (junk >> 20));
    }
}

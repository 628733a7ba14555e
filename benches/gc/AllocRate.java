/**
 * Allocation rate: small objects and arrays at a high rate with a small, slowly changing live
 * set (a ring of recent objects), so nearly everything dies young. args[0]: millions of
 * allocations (default 50).
 */
public final class AllocRate {
    static final class Box {
        final long value;
        final Box next;

        Box(long value, Box next) {
            this.value = value;
            this.next = next;
        }
    }

    public static void main(String[] args) {
        int millions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Object[] ring = new Object[4096];
        long sum = 0;
        Box chain = null;
        for (int m = 0; m < millions; m++) {
            for (int i = 0; i < 1_000_000; i++) {
                Object o;
                if ((i & 7) == 0) {
                    int[] a = new int[8 + (i & 15)];
                    a[0] = i;
                    o = a;
                    sum += a.length;
                } else {
                    chain = new Box(i, (i & 1023) == 1 ? null : chain);
                    o = chain;
                    sum += chain.value & 1;
                }
                if ((i & 63) == 0) {
                    ring[(i >> 6) & (ring.length - 1)] = o;
                }
            }
        }
        System.out.println("AllocRate " + millions + "M allocations, checksum " + sum);
    }
}

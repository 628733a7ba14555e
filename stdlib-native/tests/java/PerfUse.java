import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.internal.perf.Perf;

/**
 * Performance counters as the class library's PerfCounter uses them. (Reading a counter
 * through the buffer goes through ScopedMemoryAccess, whose use of Reference starts the
 * Reference Handler thread: on Cortado the test reads the counter's memory itself.)
 */
public class PerfUse {
    /** A new counter holding 42. */
    public static ByteBuffer create() {
        return Perf.getPerf().createLong("cortado.test.counter", 3, 1, 42L);
    }

    /** What creating counters shows, without reading them. */
    public static String checks(ByteBuffer bb) {
        Perf perf = Perf.getPerf();
        String s = bb.capacity() + " " + bb.isDirect() + " " + bb.order();
        try {
            perf.createLong("cortado.test.counter", 3, 1, 0L);
            s = s + " created twice";
        } catch (IllegalArgumentException e) {
            s = s + " " + e.getMessage();
        }
        try {
            perf.createLong("cortado.test.units", 3, 7, 0L);
            s = s + " bad units accepted";
        } catch (IllegalArgumentException e) {
            s = s + " " + e.getMessage();
        }
        long t0 = perf.highResCounter();
        long t1 = perf.highResCounter();
        return s + " " + perf.highResFrequency() + " " + (t0 > 0 && t1 >= t0);
    }

    public static void main(String[] args) {
        ByteBuffer bb = create();
        System.out.println(checks(bb));
        System.out.println(bb.order(ByteOrder.nativeOrder()).getLong(0));
    }
}

// run: -Xmx32m
// waits: #5 garbage collection (heap limits and OutOfMemoryError)
// An OutOfMemoryError is thrown when live data exceeds -Xmx, caught, and the program recovers;
// requesting an array above the VM limit gives its own message.
import java.util.ArrayList;
import java.util.List;

public class OutOfMemoryCaught {
    public static void main(String[] args) {
        List<long[]> hoard = new ArrayList<long[]>();
        try {
            while (true) hoard.add(new long[128 * 1024]);
        } catch (OutOfMemoryError e) {
            int n = hoard.size();
            hoard.clear();
            System.out.println("caught: " + e.getMessage() + ", hoarded more than 8 MB: " + (n > 8));
        }
        long[] after = new long[1024 * 1024];
        System.out.println("allocation after recovery ok: " + after.length);
        try {
            int[] huge = new int[Integer.MAX_VALUE];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge: " + e.getMessage());
        }
        try {
            long[] big = new long[Integer.MAX_VALUE - 8];
            System.out.println(big.length);
        } catch (OutOfMemoryError e) {
            System.out.println("big: " + e.getMessage());
        }
    }
}

/** Runtime's heap figures. */
public class Memory {
    public static long maxMemory() {
        return Runtime.getRuntime().maxMemory();
    }

    public static long totalMemory() {
        return Runtime.getRuntime().totalMemory();
    }

    public static long freeMemory() {
        return Runtime.getRuntime().freeMemory();
    }

    /** Allocates `n` bytes and returns the free memory afterwards. */
    public static long freeAfter(int n) {
        byte[] b = new byte[n];
        long free = Runtime.getRuntime().freeMemory();
        return b.length > 0 ? free : -1;
    }
}

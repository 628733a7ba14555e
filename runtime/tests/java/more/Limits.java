/** Heap exhaustion and stack exhaustion. */
public class Limits {
    static long[][] keep;
    static int tOomCaught() {
        keep = new long[100000][];
        int i = 0;
        try { for (; i < keep.length; i++) keep[i] = new long[128 * 1024]; return -1; }
        catch (OutOfMemoryError e) { keep = null; return i > 0 ? 1 : 0; }
    }
    static int tOomUncaught() { long[][] k = new long[100000][]; for (int i = 0; i < k.length; i++) k[i] = new long[128 * 1024]; return k.length; }
    static int tHugeArray() { int[] a = new int[Integer.MAX_VALUE]; return a.length; }
    static int depth;
    static void down() { depth++; down(); }
    static int tDeep() { depth = 0; try { down(); } catch (StackOverflowError e) { return depth > 1000 ? 1 : 0; } return -1; }
    static int tDeepUncaught() { down(); return 0; }
    static native int probe(String s, Object o);
    static int tFrames() { String s = "abc"; int x = 12345; Object o = new int[3]; long l = 77; return probe(s, o) + x + (int) l; }
}

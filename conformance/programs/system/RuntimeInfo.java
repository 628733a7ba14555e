// Runtime facts that vary by machine are only checked, never printed: processors, memory
// figures and their relations, version object.
public class RuntimeInfo {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.out.println("processors positive " + (rt.availableProcessors() > 0));
        long max = rt.maxMemory(), total = rt.totalMemory(), free = rt.freeMemory();
        System.out.println("memory relations " + (max >= total) + " " + (total >= free) + " " + (free >= 0));
        Runtime.Version v = Runtime.version();
        System.out.println("feature " + v.feature());
        System.out.println("same runtime " + (rt == Runtime.getRuntime()));
        rt.gc();
        System.out.println("gc returned");
    }
}

import jdk.internal.loader.BootLoader;

/**
 * Loading the JDK's own native libraries through BootLoader and NativeLibraries. (A library
 * that does not exist is looked for under AccessController.doPrivileged, whose use of
 * Reference starts the Reference Handler thread: that case waits on threads.)
 */
public class Libraries {
    public static String load() {
        if (System.getProperties() == null) {
            // Without a full boot, properties come straight from the SystemProps natives.
            System.setProperties(null);
        }
        String s = System.mapLibraryName("zip") + "|";
        BootLoader.loadLibrary("net");
        BootLoader.loadLibrary("net");
        s = s + "net loaded|";
        try {
            System.mapLibraryName(null);
        } catch (NullPointerException e) {
            s = s + "|NPE";
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println(load());
    }
}

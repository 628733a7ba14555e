// run: -Xmx48m
// waits: #5 garbage collection (java.lang.ref)
// SoftReferences are cleared before an OutOfMemoryError is thrown.
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;

public class SoftReferences {
    public static void main(String[] args) {
        SoftReference<byte[]> soft = new SoftReference<byte[]>(new byte[16 * 1024 * 1024]);
        System.out.println("present before pressure " + (soft.get() != null));
        List<byte[]> hoard = new ArrayList<byte[]>();
        try {
            while (true) hoard.add(new byte[1024 * 1024]);
        } catch (OutOfMemoryError e) {
            hoard.clear();
            System.out.println("OOM reached; soft cleared " + (soft.get() == null));
        }
    }
}

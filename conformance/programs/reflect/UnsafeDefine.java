// javac: --add-exports java.base/jdk.internal.misc=ALL-UNNAMED
// run: --add-exports java.base/jdk.internal.misc=ALL-UNNAMED
// jdk.internal.misc.Unsafe.defineClass: a class defined into a fresh loader (its loader,
// protection domain and behaviour), a duplicate definition, a wrong name, and bad ranges.
import java.io.InputStream;
import java.security.ProtectionDomain;
import jdk.internal.misc.Unsafe;

public class UnsafeDefine {
    public static class Payload {
        public String toString() { return "payload from " + getClass().getClassLoader().getClass().getSimpleName(); }
    }

    static class Empty extends ClassLoader {
        Empty() { super(null); }
    }

    public static void main(String[] args) throws Exception {
        byte[] bytes;
        try (InputStream in = UnsafeDefine.class.getResourceAsStream("UnsafeDefine$Payload.class")) {
            bytes = in.readAllBytes();
        }
        Unsafe unsafe = Unsafe.getUnsafe();
        Empty loader = new Empty();
        ProtectionDomain pd = UnsafeDefine.class.getProtectionDomain();
        Class<?> c = unsafe.defineClass("UnsafeDefine$Payload", bytes, 0, bytes.length, loader, pd);
        System.out.println(c.getName() + " same class " + (c == Payload.class) + " loader " + (c.getClassLoader() == loader) + " domain " + (c.getProtectionDomain() == pd));
        System.out.println(c.getDeclaredConstructor().newInstance());
        Class<?> noDomain = unsafe.defineClass(null, bytes, 0, bytes.length, new Empty(), null);
        System.out.println("unnamed request " + noDomain.getName() + " code source " + noDomain.getProtectionDomain().getCodeSource());
        try {
            unsafe.defineClass("UnsafeDefine$Payload", bytes, 0, bytes.length, loader, null);
        } catch (LinkageError e) {
            String m = e.getMessage();
            System.out.println(e.getClass().getName() + " " + m.replaceAll("@[0-9a-f]+", "@..."));
        }
        try {
            unsafe.defineClass("Other", bytes, 0, bytes.length, new Empty(), null);
        } catch (NoClassDefFoundError e) {
            System.out.println("NoClassDefFoundError " + e.getMessage());
        }
        try {
            unsafe.defineClass("X", bytes, 4, bytes.length, new Empty(), null);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ArrayIndexOutOfBoundsException " + e.getMessage());
        }
        try {
            unsafe.defineClass("X", bytes, 0, -1, new Empty(), null);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ArrayIndexOutOfBoundsException " + e.getMessage());
        }
        try {
            unsafe.defineClass("X", null, 0, 1, new Empty(), null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException " + e.getMessage());
        }
        try {
            unsafe.defineClass("X", new byte[] {1, 2, 3}, 0, 3, new Empty(), null);
        } catch (ClassFormatError e) {
            System.out.println("ClassFormatError " + e.getMessage());
        }
    }
}

// A class whose method bytecode is patched to return a reference from an int method is
// rejected by the verifier when first initialised: VerifyError with HotSpot's details.
import java.io.InputStream;

public class VerifyErrors {
    public static class Victim {
        static int f() { return 12345; }
        static { System.out.println("Victim initialised " + f()); }
    }

    static class Loader extends ClassLoader {
        Loader() { super(VerifyErrors.class.getClassLoader()); }
        Class<?> define(String name, byte[] b) { return defineClass(name, b, 0, b.length); }
    }

    static byte[] bytes(String resource) throws Exception {
        InputStream in = VerifyErrors.class.getResourceAsStream(resource);
        byte[] b = in.readAllBytes();
        in.close();
        return b;
    }

    /** Replaces the first occurrence of {@code from} with {@code to} (same length). */
    static byte[] patch(byte[] b, byte[] from, byte[] to) {
        byte[] out = b.clone();
        for (int i = 0; i + from.length <= out.length; i++) {
            boolean match = true;
            for (int j = 0; j < from.length && match; j++) match = out[i + j] == from[j];
            if (match) {
                System.arraycopy(to, 0, out, i, to.length);
                return out;
            }
        }
        throw new IllegalStateException("pattern not found");
    }

    public static void main(String[] args) throws Exception {
        byte[] good = bytes("VerifyErrors$Victim.class");
        String name = "VerifyErrors$Victim";
        Class<?> ok = Class.forName(name, true, new Loader() {
            { define(name, good); }
        });
        System.out.println("unpatched loads: " + ok.getName());
        byte[] sipushReturn = {0x11, 0x30, 0x39, (byte) 0xac};
        byte[] nullReturn = {0x01, 0x00, 0x00, (byte) 0xac};
        byte[] bad = patch(good, sipushReturn, nullReturn);
        Loader loader = new Loader();
        Class<?> c = loader.define(name, bad);
        System.out.println("defined without verification: " + c.getName());
        try {
            Class.forName(name, true, loader);
        } catch (VerifyError e) {
            System.out.println("VerifyError: " + e.getMessage());
        }
        try {
            Class.forName(name, true, loader);
        } catch (Throwable t) {
            System.out.println("second attempt: " + t.getClass().getName() + ": " + t.getMessage());
        }
        byte[] stackUnderflow = patch(good, sipushReturn, new byte[] {0x00, 0x00, 0x00, (byte) 0xac});
        Loader loader2 = new Loader();
        try {
            Class.forName(name, true, new Loader() {
                { define(name, stackUnderflow); }
            });
        } catch (VerifyError e) {
            System.out.println("underflow VerifyError: " + e.getMessage());
        }
        System.out.println(loader2 != null);
    }
}

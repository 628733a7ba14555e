// Linkage errors from a class whose constant pool names a missing method, field or class
// (patched bytes defined by a custom loader): NoSuchMethodError, NoSuchFieldError,
// NoClassDefFoundError, raised when the referencing code first runs.
import java.io.InputStream;

public class LinkageErrors {
    public static class Callee {
        public static int uniqueFieldName = 7;
        public static void uniqueMethodName() { System.out.println("  callee ran"); }
    }

    public static class CallsMethod {
        static { Callee.uniqueMethodName(); }
    }

    public static class ReadsField {
        static { System.out.println("  field " + Callee.uniqueFieldName); }
    }

    public static class UsesClass {
        static { System.out.println("  " + new Helper()); }
    }

    public static class Helper {
        @Override public String toString() { return "helper"; }
    }

    static class Loader extends ClassLoader {
        Loader() { super(LinkageErrors.class.getClassLoader()); }
        Class<?> define(String name, byte[] b) { return defineClass(name, b, 0, b.length); }
    }

    static byte[] bytes(String simple) throws Exception {
        InputStream in = LinkageErrors.class.getResourceAsStream("LinkageErrors$" + simple + ".class");
        byte[] b = in.readAllBytes();
        in.close();
        return b;
    }

    static byte[] rename(byte[] b, String from, String to) {
        byte[] f = from.getBytes();
        byte[] t = to.getBytes();
        byte[] out = b.clone();
        int replaced = 0;
        for (int i = 0; i + f.length <= out.length; i++) {
            boolean match = true;
            for (int j = 0; j < f.length && match; j++) match = out[i + j] == f[j];
            if (match) {
                System.arraycopy(t, 0, out, i, t.length);
                replaced++;
            }
        }
        if (replaced == 0) throw new IllegalStateException(from + " not found");
        return out;
    }

    static void run(String simple, String from, String to) {
        String name = "LinkageErrors$" + simple;
        try {
            Loader loader = new Loader();
            loader.define(name, rename(bytes(simple), from, to));
            Class.forName(name, true, loader);
            System.out.println(simple + ": no error");
        } catch (Throwable t) {
            System.out.println(simple + ": " + t.getClass().getName() + ": " + t.getMessage());
        }
    }

    public static void main(String[] args) {
        run("CallsMethod", "uniqueMethodName", "uniqueMethodNamX");
        run("ReadsField", "uniqueFieldName", "uniqueFieldNamX");
        run("UsesClass", "LinkageErrors$Helper", "LinkageErrors$Helpex");
        run("CallsMethod", "uniqueMethodName", "uniqueMethodName");
    }
}

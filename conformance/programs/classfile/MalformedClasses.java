// Class files that must be rejected, defined from bytes through a custom ClassLoader: bad magic,
// truncation, unsupported version, unknown constant tag, trailing bytes, wrong name, prohibited
// package; a valid definition for comparison.
import java.io.InputStream;
import java.util.Arrays;

public class MalformedClasses {
    public static class Sample {
        public static int f() { return 12345; }
    }

    static class Loader extends ClassLoader {
        Loader() { super(MalformedClasses.class.getClassLoader()); }
        Class<?> define(String name, byte[] b) { return defineClass(name, b, 0, b.length); }
    }

    static byte[] original() throws Exception {
        InputStream in = MalformedClasses.class.getResourceAsStream("MalformedClasses$Sample.class");
        byte[] b = in.readAllBytes();
        in.close();
        return b;
    }

    static void attempt(String what, String name, byte[] bytes) {
        try {
            Class<?> c = new Loader().define(name, bytes);
            System.out.println(what + ": defined " + c.getName() + " by custom loader " + (c.getClassLoader() instanceof Loader) + " distinct " + (c != Sample.class));
        } catch (Throwable t) {
            System.out.println(what + ": " + t.getClass().getName() + ": " + t.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        byte[] good = original();
        String name = "MalformedClasses$Sample";
        attempt("valid", name, good);
        attempt("valid, null name", null, good);
        byte[] magic = good.clone();
        magic[0] = 0;
        attempt("bad magic", name, magic);
        attempt("truncated to 20", name, Arrays.copyOf(good, 20));
        attempt("truncated by one", name, Arrays.copyOf(good, good.length - 1));
        attempt("empty", name, new byte[0]);
        byte[] version = good.clone();
        version[7] = 99;
        attempt("major 99", name, version);
        byte[] old = good.clone();
        old[7] = 44;
        attempt("major 44", name, old);
        byte[] tag = good.clone();
        tag[10] = 99;
        attempt("unknown constant tag", name, tag);
        byte[] trailing = Arrays.copyOf(good, good.length + 3);
        attempt("trailing bytes", name, trailing);
        attempt("wrong name", "Other", good);
        attempt("prohibited package", "java.lang.Sneaky", good);
        byte[] zeroCount = good.clone();
        zeroCount[8] = 0;
        zeroCount[9] = 0;
        attempt("constant pool count 0", name, zeroCount);
    }
}

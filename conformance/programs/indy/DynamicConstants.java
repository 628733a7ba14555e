// invokedynamic and CONSTANT_Dynamic beyond what javac emits, from a class assembled in memory:
// dynamic constants of primitive, null and reference types with static arguments of every
// loadable kind, bootstrap methods run once per instruction (two instructions sharing one
// constant link separately), MutableCallSite retargeting, and bootstrap failures: wrapped in
// BootstrapMethodError and thrown again, the same object, at every later execution.
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class DynamicConstants {
    static int constantCalls, siteCalls, failCalls;
    static MutableCallSite mutable;

    // Bootstrap methods the generated class names.
    public static long longConstant(MethodHandles.Lookup l, String name, Class<?> type) {
        constantCalls++;
        return 1234567890123L;
    }
    public static String describeArgs(MethodHandles.Lookup l, String name, Class<?> type, int i, float f, long j, double d, String s, Class<?> c, MethodType mt, MethodHandle mh) throws Throwable {
        constantCalls++;
        return name + ":" + type.getSimpleName() + " " + i + " " + f + " " + j + " " + d + " " + s + " " + c.getName() + " " + mt + " " + mh.invoke(-5);
    }
    public static Object failingConstant(MethodHandles.Lookup l, String name, Class<?> type) {
        failCalls++;
        throw new IllegalStateException("constant bootstrap failed " + failCalls);
    }
    public static CallSite countingSite(MethodHandles.Lookup l, String name, MethodType type) {
        siteCalls++;
        return new ConstantCallSite(MethodHandles.constant(String.class, name + "#" + siteCalls));
    }
    public static CallSite mutableSite(MethodHandles.Lookup l, String name, MethodType type) throws Exception {
        mutable = new MutableCallSite(l.findStatic(Math.class, "negateExact", MethodType.methodType(int.class, int.class)));
        return mutable;
    }
    public static CallSite failingSite(MethodHandles.Lookup l, String name, MethodType type) {
        failCalls++;
        throw new UnsupportedOperationException("site bootstrap failed " + failCalls);
    }
    public static CallSite nullSite(MethodHandles.Lookup l, String name, MethodType type) {
        return null;
    }
    public static CallSite wrongTypeSite(MethodHandles.Lookup l, String name, MethodType type) {
        return new ConstantCallSite(MethodHandles.constant(Integer.class, 1));
    }

    /** A minimal class-file writer: a constant pool with deduplication and static methods. */
    static final class Assembler {
        final ByteArrayOutputStream poolBytes = new ByteArrayOutputStream();
        final DataOutputStream pool = new DataOutputStream(poolBytes);
        final Map<String, Integer> entries = new HashMap<>();
        final List<byte[]> bootstraps = new ArrayList<>();
        final ByteArrayOutputStream methodBytes = new ByteArrayOutputStream();
        int count = 1, methods;

        int entry(String key, int slots, IOConsumer writer) throws IOException {
            Integer known = entries.get(key);
            if (known != null) return known;
            writer.accept(pool);
            entries.put(key, count);
            count += slots;
            return count - slots;
        }
        interface IOConsumer { void accept(DataOutputStream out) throws IOException; }

        int utf8(String s) throws IOException { return entry("U" + s, 1, o -> { o.writeByte(1); o.writeUTF(s); }); }
        int cls(String name) throws IOException { int n = utf8(name); return entry("C" + name, 1, o -> { o.writeByte(7); o.writeShort(n); }); }
        int string(String s) throws IOException { int n = utf8(s); return entry("S" + s, 1, o -> { o.writeByte(8); o.writeShort(n); }); }
        int integer(int v) throws IOException { return entry("I" + v, 1, o -> { o.writeByte(3); o.writeInt(v); }); }
        int floating(float v) throws IOException { return entry("F" + v, 1, o -> { o.writeByte(4); o.writeFloat(v); }); }
        int longValue(long v) throws IOException { return entry("J" + v, 2, o -> { o.writeByte(5); o.writeLong(v); }); }
        int doubleValue(double v) throws IOException { return entry("D" + v, 2, o -> { o.writeByte(6); o.writeDouble(v); }); }
        int nameAndType(String name, String type) throws IOException {
            int n = utf8(name), t = utf8(type);
            return entry("N" + name + type, 1, o -> { o.writeByte(12); o.writeShort(n); o.writeShort(t); });
        }
        int methodRef(String owner, String name, String type) throws IOException {
            int c = cls(owner), nt = nameAndType(name, type);
            return entry("M" + owner + name + type, 1, o -> { o.writeByte(10); o.writeShort(c); o.writeShort(nt); });
        }
        int methodHandle(int kind, int ref) throws IOException {
            return entry("H" + kind + ":" + ref, 1, o -> { o.writeByte(15); o.writeByte(kind); o.writeShort(ref); });
        }
        int methodType(String descriptor) throws IOException {
            int d = utf8(descriptor);
            return entry("T" + descriptor, 1, o -> { o.writeByte(16); o.writeShort(d); });
        }
        int bootstrap(String name, String descriptor, int... args) throws IOException {
            int mh = methodHandle(6, methodRef("DynamicConstants", name, descriptor));
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(b);
            d.writeShort(mh);
            d.writeShort(args.length);
            for (int a : args) d.writeShort(a);
            bootstraps.add(b.toByteArray());
            return bootstraps.size() - 1;
        }
        int dynamic(int tag, int bootstrap, String name, String type) throws IOException {
            int nt = nameAndType(name, type);
            return entry("Y" + tag + ":" + bootstrap + name + type, 1, o -> { o.writeByte(tag); o.writeShort(bootstrap); o.writeShort(nt); });
        }
        void method(String name, String descriptor, int maxStack, int maxLocals, byte[] code) throws IOException {
            DataOutputStream m = new DataOutputStream(methodBytes);
            m.writeShort(0x0009);
            m.writeShort(utf8(name));
            m.writeShort(utf8(descriptor));
            m.writeShort(1);
            m.writeShort(utf8("Code"));
            m.writeInt(12 + code.length);
            m.writeShort(maxStack);
            m.writeShort(maxLocals);
            m.writeInt(code.length);
            m.write(code);
            m.writeShort(0);
            m.writeShort(0);
            methods++;
        }
        byte[] build(String name) throws IOException {
            int self = cls(name), sup = cls("java/lang/Object"), attr = utf8("BootstrapMethods");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(out);
            d.writeInt(0xCAFEBABE);
            d.writeShort(0);
            d.writeShort(55);
            d.writeShort(count);
            d.write(poolBytes.toByteArray());
            d.writeShort(0x0021);
            d.writeShort(self);
            d.writeShort(sup);
            d.writeShort(0);
            d.writeShort(0);
            d.writeShort(methods);
            d.write(methodBytes.toByteArray());
            d.writeShort(1);
            d.writeShort(attr);
            int length = 2;
            for (byte[] b : bootstraps) length += b.length;
            d.writeInt(length);
            d.writeShort(bootstraps.size());
            for (byte[] b : bootstraps) d.write(b);
            return out.toByteArray();
        }
    }

    static byte[] code(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) b[i] = (byte) bytes[i];
        return b;
    }

    static byte[] generate() throws IOException {
        Assembler a = new Assembler();
        String lookup = "Ljava/lang/invoke/MethodHandles$Lookup;";
        String condyPrefix = "(" + lookup + "Ljava/lang/String;Ljava/lang/Class;";
        String indyType = "(" + lookup + "Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;";
        int longConstant = a.dynamic(17, a.bootstrap("longConstant", condyPrefix + ")J"), "big", "J");
        a.method("condyLong", "()J", 2, 0, code(0x14, longConstant >> 8, longConstant, 0xAD));
        int nullBsm = a.methodHandle(6, a.methodRef("java/lang/invoke/ConstantBootstraps", "nullConstant", condyPrefix + ")Ljava/lang/Object;"));
        ByteArrayOutputStream nb = new ByteArrayOutputStream();
        new DataOutputStream(nb).writeShort(nullBsm);
        nb.write(0); nb.write(0);
        a.bootstraps.add(nb.toByteArray());
        int nullConstant = a.dynamic(17, a.bootstraps.size() - 1, "nothing", "Ljava/lang/String;");
        a.method("condyNull", "()Ljava/lang/Object;", 1, 0, code(0x13, nullConstant >> 8, nullConstant, 0xB0));
        int absHandle = a.methodHandle(6, a.methodRef("java/lang/Math", "abs", "(I)I"));
        int args = a.dynamic(17, a.bootstrap("describeArgs", condyPrefix + "IFJDLjava/lang/String;Ljava/lang/Class;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;)Ljava/lang/String;",
                a.integer(42), a.floating(1.5f), a.longValue(-7L), a.doubleValue(2.25), a.string("text"), a.cls("java/util/List"), a.methodType("(IJ)Ljava/lang/String;"), absHandle), "described", "Ljava/lang/String;");
        a.method("condyArgs", "()Ljava/lang/Object;", 1, 0, code(0x13, args >> 8, args, 0xB0));
        int failing = a.dynamic(17, a.bootstrap("failingConstant", condyPrefix + ")Ljava/lang/Object;"), "broken", "Ljava/lang/Object;");
        a.method("condyFail", "()Ljava/lang/Object;", 1, 0, code(0x13, failing >> 8, failing, 0xB0));
        int counting = a.dynamic(18, a.bootstrap("countingSite", indyType), "counted", "()Ljava/lang/String;");
        a.method("indyOnce", "()Ljava/lang/String;", 1, 0, code(0xBA, counting >> 8, counting, 0, 0, 0xB0));
        int concat = a.methodRef("java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;");
        int shared = a.dynamic(18, a.bootstrap("countingSite", indyType), "shared", "()Ljava/lang/String;");
        a.method("indyShared", "()Ljava/lang/String;", 2, 0, code(0xBA, shared >> 8, shared, 0, 0, 0xBA, shared >> 8, shared, 0, 0, 0xB6, concat >> 8, concat, 0xB0));
        int mutable = a.dynamic(18, a.bootstrap("mutableSite", indyType), "mutable", "(I)I");
        a.method("indyMutable", "(I)I", 1, 1, code(0x1A, 0xBA, mutable >> 8, mutable, 0, 0, 0xAC));
        int failSite = a.dynamic(18, a.bootstrap("failingSite", indyType), "failing", "()Ljava/lang/Object;");
        a.method("indyFail", "()Ljava/lang/Object;", 1, 0, code(0xBA, failSite >> 8, failSite, 0, 0, 0xB0));
        int nullSite = a.dynamic(18, a.bootstrap("nullSite", indyType), "nullSite", "()Ljava/lang/Object;");
        a.method("indyNull", "()Ljava/lang/Object;", 1, 0, code(0xBA, nullSite >> 8, nullSite, 0, 0, 0xB0));
        int wrongSite = a.dynamic(18, a.bootstrap("wrongTypeSite", indyType), "wrong", "()Ljava/lang/Object;");
        a.method("indyWrongType", "()Ljava/lang/Object;", 1, 0, code(0xBA, wrongSite >> 8, wrongSite, 0, 0, 0xB0));
        return a.build("DynamicConstantsGenerated");
    }

    static Object call(Class<?> c, String name, Object... args) throws Throwable {
        Method m = null;
        for (Method candidate : c.getDeclaredMethods()) {
            if (candidate.getName().equals(name)) m = candidate;
        }
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static Throwable failure(Class<?> c, String name) {
        try {
            call(c, name);
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    static void report(String what, Throwable t) {
        System.out.println(what + ": " + t + (t.getCause() == null ? "" : " caused by " + t.getCause()));
    }

    public static void main(String[] args) throws Throwable {
        Class<?> c = MethodHandles.lookup().defineClass(generate());
        System.out.println("condy long " + call(c, "condyLong") + " " + call(c, "condyLong") + " bootstraps " + constantCalls);
        System.out.println("condy null " + call(c, "condyNull"));
        System.out.println("condy args " + call(c, "condyArgs") + " bootstraps " + constantCalls);
        Throwable first = failure(c, "condyFail"), second = failure(c, "condyFail");
        report("condy failure", first);
        report("condy failure again", second);
        System.out.println("condy failure again same " + (first == second) + " bootstrap calls " + failCalls);
        System.out.println("indy once " + call(c, "indyOnce") + " " + call(c, "indyOnce") + " " + call(c, "indyOnce") + " bootstraps " + siteCalls);
        System.out.println("indy shared constant " + call(c, "indyShared") + " " + call(c, "indyShared") + " bootstraps " + siteCalls);
        System.out.println("mutable " + call(c, "indyMutable", 5));
        mutable.setTarget(MethodHandles.lookup().findStatic(Math.class, "abs", MethodType.methodType(int.class, int.class)));
        System.out.println("retargeted " + call(c, "indyMutable", -6) + " type " + mutable.type());
        Throwable siteFirst = failure(c, "indyFail"), siteSecond = failure(c, "indyFail");
        report("indy failure", siteFirst);
        report("indy failure again", siteSecond);
        System.out.println("indy failure again same " + (siteFirst == siteSecond) + " bootstrap calls " + failCalls);
        report("null call site", failure(c, "indyNull"));
        report("wrong call site type", failure(c, "indyWrongType"));
    }
}

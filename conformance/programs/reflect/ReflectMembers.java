import java.lang.reflect.*;
import java.util.Arrays;

public class ReflectMembers {
    static class Sample<T> implements Comparable<String> {
        public int x = 3;
        private static String s = "st";
        long big = 7L;
        protected transient volatile double d;
        public static final int K = 11;
        T generic;
        public Sample() {}
        protected Sample(int x, String... rest) throws java.io.IOException { this.x = x; }
        private Sample(T t) { generic = t; }
        public static int add(int a, long b) { return a + (int) b; }
        public synchronized String greet(String who) { return "hi " + who; }
        public <U extends Number> U pick(U u, T t) { return u; }
        public int compareTo(String o) { return 0; }
        static native void nat();
        abstract static class Inner { abstract void run(); }
    }
    interface Shape { double area(); default String kind() { return "shape"; } static int count() { return 0; } }

    static String describe(Object o) {
        StringBuilder b = new StringBuilder();
        if (o instanceof Field) {
            Field f = (Field) o;
            b.append("field ").append(f.getName()).append(" [").append(Modifier.toString(f.getModifiers()))
             .append("] ").append(f.getType().getName()).append(" generic=").append(f.getGenericType().getTypeName())
             .append(" synthetic=").append(f.isSynthetic()).append(" in ").append(f.getDeclaringClass().getName());
        } else {
            Executable e = (Executable) o;
            b.append(e instanceof Method ? "method " : "ctor ").append(e.getName()).append(" [")
             .append(Modifier.toString(e.getModifiers())).append("] (");
            for (Class<?> p : e.getParameterTypes()) b.append(p.getName()).append(",");
            b.append(") generic=(");
            for (Type t : e.getGenericParameterTypes()) b.append(t.getTypeName()).append(",");
            b.append(") throws=");
            for (Class<?> x : e.getExceptionTypes()) b.append(x.getName());
            if (e instanceof Method) {
                Method m = (Method) e;
                b.append(" returns ").append(m.getReturnType().getName()).append(" generic ")
                 .append(m.getGenericReturnType().getTypeName()).append(" bridge=").append(m.isBridge());
            }
            b.append(" varargs=").append(e.isVarArgs()).append(" params=").append(e.getParameterCount());
        }
        return b.toString();
    }

    static void list(String title, Object[] members) {
        String[] lines = new String[members.length];
        for (int i = 0; i < members.length; i++) lines[i] = describe(members[i]);
        Arrays.sort(lines);
        System.out.println(title + " (" + members.length + ")");
        for (String l : lines) System.out.println("  " + l);
    }

    public static void main(String[] args) throws Exception {
        list("declared fields", Sample.class.getDeclaredFields());
        list("public fields", Sample.class.getFields());
        list("declared methods", Sample.class.getDeclaredMethods());
        list("declared constructors", Sample.class.getDeclaredConstructors());
        list("public constructors", Sample.class.getConstructors());
        list("interface methods", Shape.class.getDeclaredMethods());
        list("interface ctors", Shape.class.getDeclaredConstructors());
        list("abstract inner", Sample.Inner.class.getDeclaredMethods());
        list("array fields", int[].class.getDeclaredFields());
        list("array methods", String[].class.getDeclaredMethods());
        list("primitive methods", int.class.getDeclaredMethods());
        System.out.println(Sample.class.getMethod("toString").getDeclaringClass().getName());
        System.out.println(Sample.class.getMethods().length > 10);

        Sample<String> r = new Sample<>();
        Field f = Sample.class.getField("x");
        System.out.println(f.get(r) + " " + f.getInt(r) + " " + f.getLong(r) + " " + f.getDouble(r));
        f.set(r, 9);
        System.out.println(r.x);
        f.setInt(r, 10);
        System.out.println(r.x);
        f.set(r, (short) 12);
        System.out.println(r.x);
        try { f.set(r, 1L); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { f.set(r, "no"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { f.get(null); } catch (NullPointerException e) { System.out.println("NPE on null receiver"); }
        Field sf = Sample.class.getDeclaredField("s");
        sf.setAccessible(true);
        System.out.println(sf.get(null));
        sf.set(null, "new");
        System.out.println(Sample.s);
        Field bf = Sample.class.getDeclaredField("big");
        bf.setLong(r, 42);
        System.out.println(bf.getLong(r) + " " + bf.get(r) + " " + bf.getFloat(r));
        Field df = Sample.class.getDeclaredField("d");
        df.setDouble(r, 2.5);
        System.out.println(df.get(r));
        Field kf = Sample.class.getField("K");
        System.out.println(kf.getInt(null));
        try { kf.setInt(null, 3); } catch (IllegalAccessException e) { System.out.println("IAE " + e.getMessage()); }
        Field gf = Sample.class.getDeclaredField("generic");
        gf.set(r, "gen");
        System.out.println(r.generic + " " + gf.get(r));
        try { Sample.class.getDeclaredField("missing"); } catch (NoSuchFieldException e) { System.out.println("NSFE " + e.getMessage()); }
    }
}

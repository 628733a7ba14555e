import java.lang.reflect.*;

public class ReflectInvoke {
    static class Base {
        public String who() { return "base"; }
        public static int twice(int v) { return 2 * v; }
        private String secret() { return "secret"; }
    }
    static class Derived extends Base {
        @Override public String who() { return "derived"; }
    }
    interface Greeter { String greet(String n); default String hello() { return "hello " + greet("x"); } }
    static class Impl implements Greeter { public String greet(String n) { return "impl " + n; } }
    static class Counter {
        static int created;
        static { System.out.println("Counter initialised"); }
        final int start;
        public Counter() { this(1); }
        public Counter(int start) { this.start = start; created++; }
        public Counter(String s) { if (s == null) throw new IllegalStateException("null start"); start = s.length(); }
        public static int sum(int... xs) { int t = 0; for (int v : xs) t += v; return t; }
        public static String join(String sep, Object... parts) { StringBuilder b = new StringBuilder(); for (Object p : parts) b.append(p).append(sep); return b.toString(); }
        public static long widen(long a, double b, float c, int d, short e, char f, byte g, boolean h) { return a + (long) b + (long) c + d + e + f + g + (h ? 1 : 0); }
        public static char letter() { return 'q'; }
        public static byte small() { return -5; }
        public static short medium() { return 300; }
        public static float flt() { return 1.5f; }
        public static boolean yes() { return true; }
        public static void nothing() {}
        static void boom() throws java.io.IOException { throw new java.io.IOException("boom"); }
        static void err() { throw new AssertionError("bad"); }
    }
    abstract static class Abs { abstract int f(); }
    static class Statics { static { System.out.println("Statics initialised"); } static int v() { return 7; } }

    public static void main(String[] args) throws Exception {
        Method who = Base.class.getMethod("who");
        System.out.println(who.invoke(new Base()) + " " + who.invoke(new Derived()));
        System.out.println(Base.class.getMethod("twice", int.class).invoke(null, 21));
        Method secret = Base.class.getDeclaredMethod("secret");
        System.out.println(secret.invoke(new Derived()));
        Method greet = Greeter.class.getMethod("greet", String.class);
        System.out.println(greet.invoke(new Impl(), "bob"));
        System.out.println(Greeter.class.getMethod("hello").invoke(new Impl()));
        System.out.println(Object.class.getMethod("toString").invoke(Integer.valueOf(5)));
        System.out.println(Comparable.class.getMethod("compareTo", Object.class).invoke("a", "b"));

        System.out.println(Counter.class.getMethod("sum", int[].class).invoke(null, new int[] {1, 2, 3}));
        System.out.println(Counter.class.getMethod("join", String.class, Object[].class).invoke(null, "-", new Object[] {1, 'c', "s"}));
        Method widen = Counter.class.getMethod("widen", long.class, double.class, float.class, int.class, short.class, char.class, byte.class, boolean.class);
        System.out.println(widen.invoke(null, 1, 2, 3, (short) 4, (byte) 5, 'a', (byte) 6, true));
        System.out.println(widen.invoke(null, 'b', 2L, 3L, 'c', (short) 1, 'd', (byte) 0, false));
        for (String name : new String[] {"letter", "small", "medium", "flt", "yes", "nothing"}) {
            Object v = Counter.class.getMethod(name).invoke(null);
            System.out.println(name + " -> " + v + (v == null ? "" : " " + v.getClass().getName()));
        }

        Constructor<Counter> c0 = Counter.class.getConstructor();
        Constructor<Counter> c1 = Counter.class.getConstructor(int.class);
        System.out.println(c0.newInstance().start + " " + c1.newInstance(5).start + " " + c1.newInstance((byte) 7).start + " " + Counter.created);
        try { Counter.class.getConstructor(String.class).newInstance((Object) null); }
        catch (InvocationTargetException e) { System.out.println("ctor ITE " + e.getCause() + " target=" + (e.getTargetException() == e.getCause())); }
        try { Abs.class.getDeclaredConstructor().newInstance(); } catch (InstantiationException e) { System.out.println("InstantiationException " + e.getMessage()); }
        System.out.println(Statics.class.getDeclaredMethod("v").invoke(null));

        Method boom = Counter.class.getDeclaredMethod("boom");
        try { boom.invoke(null); } catch (InvocationTargetException e) { System.out.println("ITE " + e.getCause() + " message=" + e.getMessage()); }
        try { Counter.class.getDeclaredMethod("err").invoke(null); } catch (InvocationTargetException e) { System.out.println("ITE " + e.getCause()); }

        Method twice = Base.class.getMethod("twice", int.class);
        try { twice.invoke(null, "x"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { twice.invoke(null, 1L); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { twice.invoke(null, (Object) null); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { twice.invoke(null); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { twice.invoke(null, 1, 2); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { who.invoke(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { who.invoke("not a base"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { greet.invoke(new Impl(), 5); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { c1.newInstance("x"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { c1.newInstance(); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        for (int i = 0; i < 5; i++) twice.invoke(null, i);
        System.out.println("done");
    }
}

/** Class initialisation order (JVMS 5.5), recursive initialisation, failure and later use. */
public class InitOrder {
    static StringBuilder log = new StringBuilder();
    static class Super { static { log.append("Super "); } static int sx = 1; }
    static class Sub extends Super { static { log.append("Sub "); } static int y = 2; static void m() { log.append("m "); } }
    interface I { int X = compute("I.X "); static int compute(String s) { log.append(s); return 1; } }
    interface J extends I { default void d() { } int Y = I.compute("J.Y "); }
    static class Impl implements J { static { log.append("Impl "); } }
    static class Const { static final int K = 5; static { log.append("Const "); } }
    static class Bad { static int v = 1 / (log.length() - log.length()); }
    static class BadError { static { if (log != null) throw new IllegalStateException("boom"); } static int v; }
    static class Recursive { static int a = Recursive2.b + 1; }
    static class Recursive2 { static int b = Recursive.a + 10; }
    static class Arr { static { log.append("Arr "); } }

    static String t1Order() { log.setLength(0); Sub.m(); return log.toString(); }
    static String t2SuperFieldThroughSub() { log.setLength(0); class L { } int v = Sub.sx; return log.toString() + v; }
    static String t3InterfaceNotInitByClass() { log.setLength(0); new Impl(); return log.toString(); }
    static String t4InterfaceField() { log.setLength(0); int y = J.Y; return log.toString() + y; }
    static String t5Constant() { log.setLength(0); int k = Const.K; return log.toString() + k; }
    static String t6ArrayNoInit() { log.setLength(0); Arr[] a = new Arr[3]; return log.toString() + a.length; }
    static int t7Bad() { return Bad.v; }
    static int t8BadAgain() { return Bad.v; }
    static int t9BadError() { return BadError.v; }
    static int tARecursive() { return Recursive.a * 100 + Recursive2.b; }
    static String tBBadErrorAgain() { try { return "" + BadError.v; } catch (NoClassDefFoundError e) { return e.getMessage(); } }
}

/** Virtual and interface dispatch, default methods, super calls, private methods, statics. */
public class Dispatch {
    interface Shape { double area(); default String describe() { return name() + ":" + (int) area(); } String name(); }
    interface Named { default String name() { return "named"; } }
    static abstract class Base implements Shape { public String name() { return "base"; } abstract int sides(); public String toString() { return "Base" + sides(); } }
    static class Square extends Base { double s; Square(double s) { this.s = s; } public double area() { return s * s; } int sides() { return 4; } public String name() { return "square"; } }
    static class Tri extends Base { public double area() { return 1.5; } int sides() { return 3; } public String describe() { return "tri!" + super.describe(); } }
    interface A { default int who() { return 1; } }
    interface B extends A { default int who() { return 2; } }
    static class C implements A, B { }
    static class D implements B { public int who() { return 10 + B.super.who(); } }
    interface Counter { int next(); }
    static class Impl implements Counter { int n; public int next() { return ++n; } }
    static class Outer { private int secret() { return 41; } class Inner { int peek() { return secret() + 1; } } }
    static class P { String f() { return "P.f"; } String g() { return f(); } static String s() { return "P.s"; } }
    static class Q extends P { String f() { return "Q.f"; } static String s() { return "Q.s"; } String h() { return super.f(); } }
    static class Sync {
        int n;
        synchronized int inc() { return ++n; }
        static synchronized int stat() { return 5; }
        synchronized int nested(long a, String b) { return helper(a, b, 3) + helper(a + 1, b, 4) + ++n; }
        static int helper(long a, String b, int c) { Object o = b; synchronized (o) { return (int) a + b.length() + c; } }
        static synchronized int recursive(int k) { return k == 0 ? 0 : 1 + recursive(k - 1); }
    }
    static int tSynchronizedNested() { Sync s = new Sync(); int r = s.nested(10, "ab"); synchronized (s) { r += s.nested(1, "") + Sync.recursive(50); } return r + (Thread.holdsLock(s) ? 1000 : 0); }

    static String tVirtual() { Shape[] shapes = {new Square(3), new Tri()}; StringBuilder sb = new StringBuilder(); for (Shape s : shapes) sb.append(s.describe()).append(';'); return sb.toString(); }
    static String tToString() { return new Square(1).toString() + new Tri(); }
    static int tDefaultMostSpecific() { return new C().who() * 100 + new D().who(); }
    static int tInterfaceCall() { Counter c = new Impl(); c.next(); c.next(); return c.next(); }
    static int tNestmates() { return new Outer().new Inner().peek(); }
    static String tSuper() { Q q = new Q(); P p = q; return p.g() + " " + q.h() + " " + P.s() + " " + Q.s(); }
    static int tSynchronized() { Sync s = new Sync(); s.inc(); synchronized (s) { synchronized (s) { s.inc(); } } return s.inc() + Sync.stat(); }
    static boolean tInstanceof() { Object o = new Square(2); return o instanceof Shape && o instanceof Base && !(o instanceof Tri) && !(o instanceof Named); }
    static int tCheckcastFail() { Object o = new Tri(); Square s = (Square) o; return 0; }
    static int tCheckcastInterfaceFail() { Object o = "str"; Counter c = (Counter) o; return 0; }
    static int tObjectMethods() { Object o = new Object(); return (o.equals(o) ? 1 : 0) + (o.hashCode() == System.identityHashCode(o) ? 10 : 0) + (o.getClass() == Object.class ? 100 : 0); }
    static int tHashStable() { Object o = new Impl(); int h = o.hashCode(); synchronized (o) { return h == o.hashCode() ? 1 : 0; } }
    static String tClassName() { return new Square(1).getClass().getName() + " " + Shape.class.getName(); }
    static int tIllegalMonitor() { Object o = new Object(); o.notify(); return 0; }
    static int tAbstractInstantiation() throws Exception { return 0; }
}

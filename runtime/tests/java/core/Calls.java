/**
 * Calls and returns of every kind and return type, which the interpreter switches frames for
 * itself, mixed with those it leaves to its slow path (synchronized methods, natives, class
 * initialisers run from the VM, stack overflow).
 */
public class Calls {
    interface Shape { long area(int k); }
    static class Sq implements Shape { public long area(int k) { return (long) k * k; } }
    static class Rect extends Sq { @Override public long area(int k) { return super.area(k) * 2; } }
    private int secret = 5;
    private int hidden(int x) { return secret + x; }
    static double half(double d) { return d / 2; }
    static float third(float f) { return f / 3; }
    static String name(int i) { return i % 2 == 0 ? "even" : null; }
    static void nothing() { }
    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
    static long sum(long a, int b, double c, long d) { return a + b + (long) c + d; }
    static synchronized int locked(int n) { return n <= 0 ? 0 : n + unlocked(n - 1); }
    static int unlocked(int n) { return n <= 0 ? 0 : n + locked(n - 1); }
    static class Late { static final int VALUE = compute(); static int compute() { return depth(30) + Calls.depth(3); } }

    static long tEveryReturnType() {
        nothing();
        String s = name(2);
        String t = name(3);
        return (long) (half(9.0) * 10) + (long) (third(9f) * 100) + s.length() + (t == null ? 1000 : 0);
    }
    static long tWideArguments() { return sum(1L << 40, -7, 2.5, -(1L << 40)); }
    static long tVirtualInterfaceSpecial() {
        Shape[] shapes = { new Sq(), new Rect() };
        long total = 0;
        for (int i = 0; i < 100; i++) { total += shapes[i & 1].area(i); }
        return total + new Calls().hidden(3);
    }
    static int tDeepRecursionReturns() { return depth(5000); }
    static int tSynchronizedAlternation() { return locked(100); }
    static int tInitializerNested() { return Late.VALUE; }
    static String tNativeBetween() { return String.valueOf(Math.abs(depth(10) - 20)) + Integer.toHexString(depth(255)); }
    static int recurse(int n) { return recurse(n + 1) + 1; }
    static String tOverflowThenCalls() {
        try { recurse(0); return "no"; } catch (StackOverflowError e) { return "caught " + depth(200); }
    }
    static int thrower(int n) { if (n == 0) throw new IllegalStateException("bottom"); return thrower(n - 1) + 1; }
    static String tExceptionThroughFrames() {
        try { return "" + thrower(50); } catch (IllegalStateException e) {
            StackTraceElement[] st = e.getStackTrace();
            return e.getMessage() + " " + st[0].getMethodName() + " " + st[50].getMethodName() + " " + st[51].getMethodName() + " " + st[51].getLineNumber();
        }
    }
}

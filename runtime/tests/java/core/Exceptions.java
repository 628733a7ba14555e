/** Exceptions thrown and caught across frames, finally, messages of VM-thrown exceptions. */
public class Exceptions {
    static class MyException extends Exception { int code; MyException(String m, int code) { super(m); this.code = code; } }
    static int depth;
    static void thrower(int n) throws MyException { if (n == 0) throw new MyException("bottom", 7); thrower(n - 1); }
    static int tCaughtAcrossFrames() { try { thrower(10); return -1; } catch (MyException e) { return e.code; } }
    static String tFinally() { StringBuilder sb = new StringBuilder(); try { try { sb.append("try "); throw new RuntimeException("x"); } finally { sb.append("finally "); } } catch (RuntimeException e) { sb.append("catch " + e.getMessage()); } return sb.toString(); }
    static int tFinallyReturn() { int x = 1; try { return x; } finally { x = 2; } }
    @SuppressWarnings("finally") static int tFinallyOverrides() { try { throw new Error("lost"); } finally { return 3; } }
    static String tNested() { try { try { Object o = null; o.hashCode(); } catch (ArithmeticException e) { return "wrong"; } } catch (NullPointerException e) { return "npe"; } return "none"; }
    static String tMultiCatch() { try { int[] a = new int[1]; a[2] = 1; } catch (ArithmeticException | ArrayIndexOutOfBoundsException e) { return e.getClass().getName() + ": " + e.getMessage(); } return ""; }
    static int tUncaught() throws MyException { thrower(3); return 0; }
    static int tRuntime() { throw new IllegalArgumentException("bad arg"); }
    static int tNullThrow() { RuntimeException e = null; throw e; }
    static String tCause() { try { try { throw new IllegalStateException("inner"); } catch (IllegalStateException e) { throw new RuntimeException("outer", e); } } catch (RuntimeException e) { return e.getMessage() + " <- " + e.getCause().getMessage(); } }
    static int recurse(int n) { return recurse(n + 1) + 1; }
    static String tStackOverflowCaught() { try { recurse(0); return "no"; } catch (StackOverflowError e) { return "caught " + e.getMessage(); } }
    static int tStackTraceDepthLimit() { try { recurse(0); return -1; } catch (StackOverflowError e) { return e.getStackTrace().length; } }
    static int tStackOverflowUncaught() { return recurse(0); }
    static int tStackOverflowThenWork() { try { recurse(0); } catch (StackOverflowError e) { } return recurse2(100); }
    static int recurse2(int n) { return n == 0 ? 0 : 1 + recurse2(n - 1); }
    static String tNpeInvoke() { String s = null; return "" + s.length(); }
    static int tNpeField() { Exceptions e = null; return e.hashCode(); }
    static int tNpeGetField() { MyException e = null; return e.code; }
    static int tNpePutField() { MyException e = null; e.code = 1; return 0; }
    static int tNpeArrayStore() { int[][] a = new int[2][]; a[1][0] = 5; return 0; }
    static int tNpeStaticChain() { return held.length(); }
    static String held;
    static int tNpeReturnValue() { return nothing().length(); }
    static String nothing() { return null; }
    static int tNpeSync() { Object o = null; synchronized (o) { return 1; } }
    static int tNpeParam() { return param(null); }
    static int param(String x) { return x.length(); }
    static int tCatchThrowable() { try { Object o = "s"; Integer i = (Integer) o; return i; } catch (Throwable t) { return t instanceof ClassCastException ? 1 : 0; } }
    static String tThrowableMessage() { return new Exception().getMessage() + "," + new Exception((String) null).getMessage() + "," + new Exception(new Error("c")).getMessage(); }
    static void level2() { throw new IllegalStateException("deep"); }
    static void level1() { level2(); }
    static String tStackTrace() {
        try { level1(); return ""; } catch (IllegalStateException e) {
            StackTraceElement[] st = e.getStackTrace();
            return st[0] + " | " + st[1] + " | " + st[2];
        }
    }
    static String tStackTraceJdk() {
        try { "abc".charAt(5); return ""; } catch (StringIndexOutOfBoundsException e) {
            StackTraceElement[] st = e.getStackTrace();
            return e.getMessage() + " | " + st[0] + " | " + st[1] + " | " + st[2];
        }
    }
    static String tStackTraceVm() {
        try { int[] a = new int[1]; a[depth + 3] = 1; return ""; } catch (ArrayIndexOutOfBoundsException e) {
            StackTraceElement e0 = e.getStackTrace()[0];
            return e0.getClassName() + " " + e0.getMethodName() + " " + e0.getFileName() + " " + e0.getLineNumber();
        }
    }
    static String tExplicitNpe() { try { throw new NullPointerException(); } catch (NullPointerException e) { return String.valueOf(e.getMessage()); } }
}

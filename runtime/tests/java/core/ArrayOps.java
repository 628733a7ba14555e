/** Arrays of every type, multi-dimensional arrays, bounds and store checks, clone, arraycopy. */
public class ArrayOps {
    static int N = 3, NEG = -1;
    static int tIntArray() { int[] a = new int[5]; for (int i = 0; i < a.length; i++) a[i] = i * i; return a[4] + a.length; }
    static long tLongArray() { long[] a = {1L << 62, -1L}; return a[0] + a[1]; }
    static double tDoubleArray() { double[] a = new double[2]; a[1] = 0.5; return a[0] + a[1]; }
    static float tFloatArray() { float[] a = {1.5f, -0f}; return a[0] * a[1]; }
    static int tByteArray() { byte[] a = new byte[2]; a[0] = (byte) 255; a[1] = 127; a[1]++; return a[0] * 1000 + a[1]; }
    static int tBooleanArray() { boolean[] a = new boolean[3]; a[1] = true; return (a[0] ? 1 : 0) + (a[1] ? 10 : 0) + a.length * 100; }
    static int tCharArray() { char[] a = "hello".toCharArray(); a[0] = 'J'; return new String(a).hashCode(); }
    static int tShortArray() { short[] a = new short[1]; a[0] = (short) 65535; return a[0]; }
    static String tObjectArray() { Object[] a = new String[2]; a[0] = "x"; return (String) a[0] + a[1]; }
    static int tMulti() { int[][][] m = new int[2][3][4]; m[1][2][3] = 7; return m.length * 100 + m[0].length * 10 + m[1][2].length + m[1][2][3] * 1000; }
    static int tMultiPartial() { long[][] m = new long[3][]; return m[2] == null ? m.length : -1; }
    static int tMultiNegative() { int[][] m = new int[2][NEG]; return m.length; }
    static int tNegative() { int[] a = new int[NEG]; return a.length; }
    static int tOutOfBounds() { int[] a = new int[N]; return a[5]; }
    static int tOutOfBoundsNeg() { char[] a = new char[N]; return a[-1]; }
    static int tStoreOutOfBounds() { long[] a = new long[0]; a[0] = 1; return 0; }
    static int tArrayStore() { Object[] a = new String[1]; a[0] = new ArrayOps(); return 0; }
    static int tArrayStoreInteger() { Object[] a = new Integer[1]; a[0] = "s"; return 0; }
    static int tNullArray() { int[] a = null; return a[0]; }
    static int tNullLength() { Object[] a = null; return a.length; }
    static int tClone() { int[] a = {1, 2, 3}; int[] b = a.clone(); b[0] = 9; return a[0] * 10 + b[0] + (a != b ? 100 : 0); }
    static String tCloneObjects() { String[][] a = {{"a"}, {"b"}}; String[][] b = a.clone(); return b[1][0] + (a[0] == b[0]) + b.getClass().getName(); }
    static int tArraycopy() { int[] a = {1, 2, 3, 4, 5}; System.arraycopy(a, 0, a, 1, 4); return a[0] * 10000 + a[1] * 1000 + a[2] * 100 + a[3] * 10 + a[4]; }
    static String tArraycopyObjects() { Object[] a = {"a", "b", "c"}; String[] b = new String[3]; System.arraycopy(a, 0, b, 0, 3); return b[0] + b[1] + b[2]; }
    static int tArraycopyMismatch() { Object[] a = {"a", 1, "c"}; String[] b = new String[3]; System.arraycopy(a, 0, b, 0, 3); return b[0] == null ? 0 : 1; }
    static int tArraycopyPrimMismatch() { System.arraycopy(new int[1], 0, new long[1], 0, 1); return 0; }
    static int tArraycopyObjToPrim() { System.arraycopy(new Object[1], 0, new long[1], 0, 1); return 0; }
    static int tArraycopyNotArray() { System.arraycopy("x", 0, new long[1], 0, 1); return 0; }
    static int tArraycopyDstNotArray() { System.arraycopy(new int[1], 0, "y", 0, 1); return 0; }
    static int tArraycopyBounds() { System.arraycopy(new int[3], 1, new int[3], 0, 3); return 0; }
    static int tArraycopyDstBounds() { System.arraycopy(new byte[3], 0, new byte[2], 1, 2); return 0; }
    static int tArraycopyNegLen() { System.arraycopy(new int[3], 0, new int[3], 0, NEG); return 0; }
    static int tArraycopyNegSrc() { System.arraycopy(new double[3], NEG, new double[3], 0, 1); return 0; }
    static int tArraycopyNegDst() { System.arraycopy(new Object[3], 0, new Object[4], NEG, 1); return 0; }
    static int tArraycopyNull() { System.arraycopy(null, 0, new int[3], 0, 1); return 0; }
    static int tArraycopyIncompatible() { System.arraycopy(new Integer[1], 0, new String[1], 0, 1); return 0; }
    static String tArrayClassNames() { return new int[0].getClass().getName() + " " + new String[0][0].getClass().getName() + " " + new ArrayOps[0].getClass().getName(); }
    static int tInstanceofArrays() {
        Object a = new String[0]; int r = 0;
        if (a instanceof Object[]) r |= 1; if (a instanceof String[]) r |= 2; if (a instanceof Cloneable) r |= 4; if (a instanceof java.io.Serializable) r |= 8;
        if (a instanceof Integer[]) r |= 16; Object b = new int[0]; if (b instanceof Object[]) r |= 32; if (b instanceof int[]) r |= 64; Object c = new int[0][]; if (c instanceof Object[]) r |= 128;
        return r;
    }
    static int tCastArrayFail() { Object a = new Object[0]; String[] s = (String[]) a; return s.length; }
    static int tCastPrimArrayFail() { Object a = new int[0]; long[] s = (long[]) a; return s.length; }
}

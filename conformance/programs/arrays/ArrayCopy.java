// System.arraycopy: overlapping copies, every type, and every error case with its message.
import java.util.Arrays;

public class ArrayCopy {
    static void attempt(String what, Object src, int srcPos, Object dst, int dstPos, int length) {
        try {
            System.arraycopy(src, srcPos, dst, dstPos, length);
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 3, 5);
        System.out.println("forward overlap " + Arrays.toString(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 0, 5);
        System.out.println("backward overlap " + Arrays.toString(b));
        String[] s = {"a", "b", "c"};
        Object[] o = new Object[4];
        System.arraycopy(s, 0, o, 1, 3);
        System.out.println("String[] to Object[] " + Arrays.toString(o));
        Object[] mixed = {"x", "y", 3, "z"};
        String[] target = new String[4];
        attempt("partial store failure", mixed, 0, target, 0, 4);
        System.out.println("  copied before failure " + Arrays.toString(target));
        long[] la = new long[3];
        double[] da = {1.5, 2.5};
        char[] ca = "hey".toCharArray();
        char[] cb = new char[3];
        System.arraycopy(ca, 0, cb, 0, 3);
        System.out.println(new String(cb));
        attempt("zero length at end", a, 10, a, 10, 0);
        attempt("null src", null, 0, a, 0, 1);
        attempt("null dst", a, 0, null, 0, 1);
        attempt("src not array", "string", 0, a, 0, 1);
        attempt("dst not array", a, 0, new Object(), 0, 1);
        attempt("int[] to long[]", a, 0, la, 0, 1);
        attempt("double[] to int[]", da, 0, a, 0, 1);
        attempt("int[] to Object[]", a, 0, o, 0, 1);
        attempt("Object[] to int[]", o, 0, a, 0, 1);
        attempt("String[][] to int[][]", new String[1][1], 0, new int[1][1], 0, 1);
        attempt("negative srcPos", a, -1, a, 0, 1);
        attempt("negative dstPos", a, 0, a, -2, 1);
        attempt("negative length", a, 0, a, 0, -3);
        attempt("src overflow", a, 8, a, 0, 3);
        attempt("dst overflow", a, 0, la, 1, 3);
        attempt("long[] dst overflow", la, 0, la, 2, 2);
        attempt("Object[] src overflow", o, 3, o, 0, 2);
        attempt("char[] overflow", ca, 1, cb, 0, 5);
        attempt("huge positions", a, Integer.MAX_VALUE, a, 0, 1);
        attempt("length overflow", a, 1, a, 1, Integer.MAX_VALUE);
        attempt("boolean[] to byte[]", new boolean[1], 0, new byte[1], 0, 1);
        attempt("zero length with bad types", a, 0, la, 0, 0);
        attempt("zero length, null src", null, 0, a, 0, 0);
    }
}

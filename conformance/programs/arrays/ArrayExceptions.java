// Array exceptions and their messages: ArrayIndexOutOfBoundsException for every element type,
// NegativeArraySizeException, ArrayStoreException, NullPointerException on null arrays.
public class ArrayExceptions {
    static void report(Throwable t) {
        System.out.println(t.getClass().getName() + ": " + t.getMessage());
    }

    public static void main(String[] args) {
        int[] ints = new int[3];
        long[] longs = new long[0];
        byte[] bytes = new byte[5];
        char[] chars = new char[2];
        double[] doubles = new double[1];
        String[] strings = new String[4];
        boolean[] bools = new boolean[1];
        int[] indexes = {-1, 3, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int i : indexes) {
            try { ints[i] = 1; } catch (ArrayIndexOutOfBoundsException e) { report(e); }
            try { System.out.println(ints[i]); } catch (ArrayIndexOutOfBoundsException e) { report(e); }
        }
        try { longs[0] = 1; } catch (ArrayIndexOutOfBoundsException e) { report(e); }
        try { System.out.println(bytes[5]); } catch (ArrayIndexOutOfBoundsException e) { report(e); }
        try { chars[2] = 'x'; } catch (ArrayIndexOutOfBoundsException e) { report(e); }
        try { System.out.println(doubles[-5]); } catch (ArrayIndexOutOfBoundsException e) { report(e); }
        try { strings[4] = "x"; } catch (ArrayIndexOutOfBoundsException e) { report(e); }
        try { System.out.println(bools[1]); } catch (ArrayIndexOutOfBoundsException e) { report(e); }
        int[] sizes = {-1, -100, Integer.MIN_VALUE};
        for (int n : sizes) {
            try { System.out.println(new int[n].length); } catch (NegativeArraySizeException e) { report(e); }
            try { System.out.println(new String[n].length); } catch (NegativeArraySizeException e) { report(e); }
        }
        try { System.out.println(new int[2][-2][3].length); } catch (NegativeArraySizeException e) { report(e); }
        Object[] objects = new String[2];
        try { objects[0] = Integer.valueOf(1); } catch (ArrayStoreException e) { report(e); }
        try { objects[1] = new Object(); } catch (ArrayStoreException e) { report(e); }
        objects[1] = null;
        Object[][] nested = new Integer[1][];
        try { nested[0] = new String[0]; } catch (ArrayStoreException e) { report(e); }
        Object[] ints2 = new Number[1];
        ints2[0] = 1.5;
        System.out.println("Number[] holds " + ints2[0]);
        Object[] runnables = new Runnable[1];
        try { runnables[0] = "not runnable"; } catch (ArrayStoreException e) { report(e); }
        int[] nul = null;
        try { System.out.println(nul[0]); } catch (NullPointerException e) { System.out.println("NPE load"); }
        try { System.out.println(nul.length); } catch (NullPointerException e) { System.out.println("NPE length"); }
        Object[] onull = null;
        try { onull[0] = "x"; } catch (NullPointerException e) { System.out.println("NPE store"); }
        try { ints[3] = 1 / 0; } catch (RuntimeException e) { report(e); }
    }
}

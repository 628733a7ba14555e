// java.util.Arrays: toString, deepToString, sort (every primitive type, ranges, NaN/-0.0
// ordering), fill, copyOf, copyOfRange, equals, deepEquals, hashCode, binarySearch, asList.
import java.util.Arrays;

public class ArraysUtil {
    public static void main(String[] args) {
        int[] ints = {5, -3, 9, 0, Integer.MIN_VALUE, 7, Integer.MAX_VALUE, 5};
        Arrays.sort(ints);
        System.out.println(Arrays.toString(ints) + " search 7 -> " + Arrays.binarySearch(ints, 7) + " search 6 -> " + Arrays.binarySearch(ints, 6));
        double[] ds = {3.5, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, -1e300, 1.0, Double.NaN};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        float[] fs = {2f, -0f, 0f, Float.NaN, -2f};
        Arrays.sort(fs);
        System.out.println(Arrays.toString(fs));
        long[] ls = {3L, 1L, 2L, Long.MIN_VALUE};
        Arrays.sort(ls);
        char[] cs = "hello world".toCharArray();
        Arrays.sort(cs);
        byte[] bs = {5, -1, 127, -128, 0};
        Arrays.sort(bs);
        short[] ss = {300, -300, 0};
        Arrays.sort(ss);
        System.out.println(Arrays.toString(ls) + " " + Arrays.toString(cs) + " " + Arrays.toString(bs) + " " + Arrays.toString(ss));
        int[] partial = {9, 8, 7, 6, 5, 4};
        Arrays.sort(partial, 1, 4);
        System.out.println(Arrays.toString(partial));
        int[] big = new int[1000];
        for (int i = 0; i < big.length; i++) big[i] = (i * 7919) % 1009;
        Arrays.sort(big);
        System.out.println(big[0] + " " + big[500] + " " + big[999] + " hash " + Arrays.hashCode(big));
        String[] strs = {"pear", "Apple", "fig", "banana", "apple"};
        Arrays.sort(strs);
        System.out.println(Arrays.toString(strs));
        Arrays.sort(strs, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(strs));
        int[] filled = new int[5];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println(Arrays.toString(filled) + " " + Arrays.toString(Arrays.copyOf(filled, 7)) + " " + Arrays.toString(Arrays.copyOf(filled, 2)) + " " + Arrays.toString(Arrays.copyOfRange(filled, 3, 6)));
        String[] copied = Arrays.copyOf(strs, 6);
        System.out.println(Arrays.toString(copied) + " " + copied.getClass().getName());
        Object[] asObjects = Arrays.copyOf(strs, 2, Object[].class);
        System.out.println(asObjects.getClass().getName());
        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}));
        int[][] deep = {{1, 2}, {3}};
        int[][] deep2 = {{1, 2}, {3}};
        System.out.println(Arrays.deepToString(deep) + " " + Arrays.equals(deep, deep2) + " " + Arrays.deepEquals(deep, deep2) + " " + Arrays.deepHashCode(deep));
        System.out.println(Arrays.hashCode(new long[] {1L, 2L}) + " " + Arrays.hashCode(new double[] {1.5}) + " " + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode(new Object[] {"a", null}) + " " + Arrays.hashCode((int[]) null));
        System.out.println(Arrays.toString((int[]) null) + " " + Arrays.toString(new Object[] {null, "x", 1}) + " " + Arrays.asList(1, 2, 3) + " " + Arrays.asList(strs).indexOf("fig"));
        Object[] self = new Object[1];
        self[0] = self;
        System.out.println(Arrays.deepToString(self));
        System.out.println(Arrays.compare(new int[] {1, 2}, new int[] {1, 3}) + " " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}));
        try {
            Arrays.copyOfRange(filled, 4, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("copyOfRange: " + e.getMessage());
        }
        try {
            Arrays.fill(filled, 3, 9, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("fill: " + e.getMessage());
        }
        try {
            Arrays.asList(1, 2).add(3);
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add: " + e);
        }
    }
}

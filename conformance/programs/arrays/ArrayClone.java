// clone() of arrays: a new array of the same class, shallow for references and nested arrays.
import java.util.Arrays;

public class ArrayClone {
    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 99;
        System.out.println(Arrays.toString(a) + " " + Arrays.toString(b) + " same " + (a == b) + " class " + (a.getClass() == b.getClass()));
        StringBuilder[] sbs = {new StringBuilder("x")};
        StringBuilder[] copy = sbs.clone();
        copy[0].append("y");
        System.out.println(sbs[0] + " shallow " + (sbs[0] == copy[0]));
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] g2 = grid.clone();
        g2[0][0] = -1;
        g2[1] = new int[] {7};
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(g2));
        Object o = new String[] {"s"}.clone();
        System.out.println(o.getClass().getName());
        double[] empty = new double[0];
        System.out.println(empty.clone().length + " " + (empty.clone() != empty));
        char[] cs = "abc".toCharArray();
        char[] cs2 = cs.clone();
        System.out.println(new String(cs2) + " " + Arrays.equals(cs, cs2));
        long[] ls = {Long.MIN_VALUE, Long.MAX_VALUE};
        boolean[] zs = {true, false, true};
        System.out.println(Arrays.toString(ls.clone()) + " " + Arrays.toString(zs.clone()));
    }
}

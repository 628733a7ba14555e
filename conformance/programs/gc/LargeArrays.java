// run: -Xmx64m
// Large arrays (straight into the old generation) allocated far beyond -Xmx in total, a live
// window of them kept, large reference arrays pointing to young objects, and their contents
// checked after collections.
public class LargeArrays {
    public static void main(String[] args) {
        long[][] window = new long[8][];
        long total = 0;
        for (int i = 0; i < 400; i++) {
            long[] a = new long[256 * 1024 + i];
            a[0] = i;
            a[a.length - 1] = -i;
            window[i % window.length] = a;
            total += a.length * 8L;
        }
        long check = 0;
        for (long[] a : window) check += a[0] - a[a.length - 1];
        System.out.println("allocated MB > 700: " + (total >> 20 > 700) + ", window check " + check);

        Object[] refs = new Object[500_000];
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < refs.length; i++) {
                if ((i + round) % 3 == 0) refs[i] = Integer.valueOf(i * 7 + round);
            }
            byte[][] churn = new byte[64][];
            for (int j = 0; j < 2000; j++) churn[j % 64] = new byte[4096];
        }
        long sum = 0;
        int count = 0;
        for (Object o : refs) {
            if (o != null) { sum += (Integer) o; count++; }
        }
        System.out.println("references " + count + " sum " + sum);

        int[][] grid = new int[2000][];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = new int[500];
            grid[i][i % 500] = i;
        }
        System.gc();
        long g = 0;
        for (int i = 0; i < grid.length; i++) g += grid[i][i % 500];
        System.out.println("grid " + g);
    }
}

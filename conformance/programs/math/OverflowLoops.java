// Arithmetic in hot loops: wrapping int and long sums, polynomial hashes, LCG sequences,
// float accumulation order, integer square roots by Newton iteration.
public class OverflowLoops {
    public static void main(String[] args) {
        int isum = 0;
        long lsum = 0;
        int hash = 7;
        for (int i = 0; i < 1000000; i++) {
            isum += i * i;
            lsum += (long) i * i;
            hash = hash * 31 + (i ^ (i >>> 3));
        }
        System.out.println(isum + " " + lsum + " " + hash);
        long seed = 42;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            sb.append((int) (seed >>> 16)).append(' ');
        }
        System.out.println(sb);
        float f = 0f;
        double d = 0.0;
        for (int i = 1; i <= 100000; i++) {
            f += 1f / i;
            d += 1.0 / i;
        }
        float backwards = 0f;
        for (int i = 100000; i >= 1; i--) backwards += 1f / i;
        System.out.println(f + " " + backwards + " " + d);
        long n = 987654321987654321L;
        long x = n;
        long y = (x + 1) / 2;
        while (y < x) {
            x = y;
            y = (x + n / x) / 2;
        }
        System.out.println("isqrt " + x + " check " + (x * x <= n && (x + 1) * (x + 1) > n));
    }
}

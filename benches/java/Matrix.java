/** Array and matrix kernels: double matrix product, Floyd-Warshall, a stencil and a transpose. */
public final class Matrix {
    static double[][] filled(int n, int seed) {
        double[][] m = new double[n][n];
        int s = seed;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s = s * 1103515245 + 12345;
                m[i][j] = ((s >>> 16) & 1023) / 512.0 - 1.0;
            }
        }
        return m;
    }

    static double multiply(int n) {
        double[][] a = filled(n, 1), b = filled(n, 2), c = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] ci = c[i], ai = a[i];
            for (int k = 0; k < n; k++) {
                double aik = ai[k];
                double[] bk = b[k];
                for (int j = 0; j < n; j++) {
                    ci[j] += aik * bk[j];
                }
            }
        }
        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += c[i][i] * (i + 1);
        }
        return trace;
    }

    static long floyd(int n) {
        int[][] d = new int[n][n];
        int s = 7;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s = s * 1103515245 + 12345;
                d[i][j] = i == j ? 0 : 1 + ((s >>> 16) % 1000);
            }
        }
        for (int k = 0; k < n; k++) {
            int[] dk = d[k];
            for (int i = 0; i < n; i++) {
                int[] di = d[i];
                int dik = di[k];
                for (int j = 0; j < n; j++) {
                    int via = dik + dk[j];
                    if (via < di[j]) {
                        di[j] = via;
                    }
                }
            }
        }
        long sum = 0;
        for (int[] row : d) {
            for (int v : row) {
                sum += v;
            }
        }
        return sum;
    }

    static long stencil(int n, int steps) {
        int[] a = new int[n * n], b = new int[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = (i * 7919) % 256;
        }
        for (int s = 0; s < steps; s++) {
            for (int y = 1; y < n - 1; y++) {
                for (int x = 1; x < n - 1; x++) {
                    int i = y * n + x;
                    b[i] = (a[i - 1] + a[i + 1] + a[i - n] + a[i + n] + 4 * a[i]) >> 3;
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (long) a[i] * (i % 13);
        }
        return sum;
    }

    static long transpose(int n) {
        long[] m = new long[n * n], t = new long[n * n];
        for (int i = 0; i < m.length; i++) {
            m[i] = i;
        }
        for (int r = 0; r < 4; r++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    t[j * n + i] = m[i * n + j] + r;
                }
            }
            long[] x = m;
            m = t;
            t = x;
        }
        return m[n + 3] + m[n * n - 2];
    }

    static long once() {
        long r = Double.doubleToLongBits(multiply(70));
        r = r * 31 + floyd(70);
        r = r * 31 + stencil(100, 20);
        r = r * 31 + transpose(150);
        return r;
    }

    static final long EXPECTED = 3887627711206511300L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once();
            if (result != EXPECTED) {
                System.out.println("Matrix: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("Matrix ok " + result);
    }
}

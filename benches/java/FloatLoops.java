/** Floating-point loops: a Mandelbrot set, an n-body simulation and a numerical integral. */
public final class FloatLoops {
    static int mandelbrot(int size, int maxIter) {
        int inside = 0;
        for (int py = 0; py < size; py++) {
            double ci = (double) py * 2.0 / size - 1.0;
            for (int px = 0; px < size; px++) {
                double cr = (double) px * 3.0 / size - 2.0;
                double zr = 0, zi = 0;
                int i = 0;
                while (i < maxIter && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2.0 * zr * zi + ci;
                    zr = t;
                    i++;
                }
                inside += i;
            }
        }
        return inside;
    }

    static double nbody(int steps) {
        int n = 5;
        double[] x = {0, 4.84, 8.34, 12.89, 15.37};
        double[] y = {0, -1.16, 4.12, -15.11, -25.91};
        double[] z = {0, -0.10, -0.40, -0.22, 0.17};
        double[] vx = {0, 0.60, -1.01, 1.08, 0.97};
        double[] vy = {0, 2.81, 1.82, 0.86, 0.59};
        double[] vz = {0, -0.02, 0.008, -0.01, -0.03};
        double[] mass = {39.47, 0.037, 0.011, 0.0017, 0.002};
        double dt = 0.01;
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
                    double d2 = dx * dx + dy * dy + dz * dz;
                    double mag = dt / (d2 * Math.sqrt(d2));
                    vx[i] -= dx * mass[j] * mag;
                    vy[i] -= dy * mass[j] * mag;
                    vz[i] -= dz * mass[j] * mag;
                    vx[j] += dx * mass[i] * mag;
                    vy[j] += dy * mass[i] * mag;
                    vz[j] += dz * mass[i] * mag;
                }
            }
            for (int i = 0; i < n; i++) {
                x[i] += dt * vx[i];
                y[i] += dt * vy[i];
                z[i] += dt * vz[i];
            }
        }
        double e = 0;
        for (int i = 0; i < n; i++) {
            e += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
        }
        return e;
    }

    static double integrate(int steps) {
        double h = 1.0 / steps;
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            double t = (i + 0.5) * h;
            sum += 4.0 / (1.0 + t * t);
            float f = (float) t;
            sum += (f * f - f) * 1e-3f;
        }
        return sum * h;
    }

    static long once() {
        long r = mandelbrot(120, 100);
        r = r * 31 + Double.doubleToLongBits(nbody(20000));
        r = r * 31 + Double.doubleToLongBits(integrate(400000));
        return r;
    }

    static final long EXPECTED = -502310261875208886L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 35;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once();
            if (result != EXPECTED) {
                System.out.println("FloatLoops: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("FloatLoops ok " + result);
    }
}

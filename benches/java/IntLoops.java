/** Integer loops: a sieve, Collatz sequence lengths, xorshift mixing, gcd and bit counting. */
public final class IntLoops {
    static int sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        int count = 0;
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j <= n; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        return count;
    }

    static long collatz(int limit) {
        long best = 0;
        int bestStart = 0;
        for (int start = 1; start < limit; start++) {
            long n = start;
            int steps = 0;
            while (n != 1) {
                n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
                steps++;
            }
            if (steps > best) {
                best = steps;
                bestStart = start;
            }
        }
        return best * 1000003 + bestStart;
    }

    static int mix(int rounds) {
        int x = 0x9E3779B9;
        int acc = 0;
        for (int i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            acc += (x % 1000) * (i & 7) - (x / 3 >> 4);
        }
        return acc ^ x;
    }

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static long gcds(int n) {
        long sum = 0;
        for (int a = 1; a < n; a++) {
            for (int b = a; b < n; b += 7) {
                sum += gcd(a, b);
            }
        }
        return sum;
    }

    static long bits(int n) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            int v = i;
            int c = 0;
            while (v != 0) {
                v &= v - 1;
                c++;
            }
            total += c;
        }
        return total;
    }

    static long once() {
        long r = sieve(300000);
        r = r * 31 + collatz(30000);
        r = r * 31 + mix(300000);
        r = r * 31 + gcds(400);
        r = r * 31 + bits(200000);
        return r;
    }

    static final long EXPECTED = 10514342229845L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once();
            if (result != EXPECTED) {
                System.out.println("IntLoops: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("IntLoops ok " + result);
    }
}

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * Lambdas: capturing and non-capturing lambdas, method references, function composition,
 * suppliers, comparators built from key extractors, and lambdas created inside hot loops.
 */
public final class Lambdas {
    static final class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        int norm() {
            return Math.abs(x) + Math.abs(y);
        }
    }

    static int apply(IntUnaryOperator f, int v) {
        return f.applyAsInt(v);
    }

    static long once(int n) {
        long r = 0;
        IntUnaryOperator inc = x -> x + 1;
        IntUnaryOperator twice = x -> x * 2;
        IntUnaryOperator both = inc.andThen(twice).compose(inc);
        IntBinaryOperator max = Math::max;
        for (int i = 0; i < n; i++) {
            final int k = i & 255;
            IntUnaryOperator addK = x -> x + k;
            r += apply(addK, i) + both.applyAsInt(k) + max.applyAsInt(k, 100);
        }
        Function<Integer, Integer> square = x -> x * x;
        Function<Integer, String> show = square.andThen(String::valueOf);
        BiFunction<Integer, Integer, Integer> mul = (a, b) -> a * b;
        for (int i = 0; i < n / 10; i++) {
            r += show.apply(i & 1023).length() + mul.apply(i & 15, 3);
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            points.add(new Point((i * 7919) % 201 - 100, (i * 104729) % 199 - 99));
        }
        points.sort(Comparator.comparingInt(Point::norm).thenComparingInt(p -> p.x).thenComparingInt(p -> p.y));
        for (int i = 0; i < points.size(); i += 97) {
            r = r * 31 + points.get(i).x * 3 + points.get(i).y;
        }
        Supplier<List<Integer>> fresh = ArrayList::new;
        List<Integer> list = fresh.get();
        for (int i = 0; i < 1000; i++) {
            list.add(i);
        }
        list.removeIf(v -> v % 3 == 0);
        list.replaceAll(v -> v * 2);
        r = r * 31 + list.size() + list.get(100);
        Runnable[] tasks = new Runnable[10];
        long[] box = new long[1];
        for (int i = 0; i < tasks.length; i++) {
            final int m = i;
            tasks[i] = () -> box[0] += m;
        }
        for (int j = 0; j < n / 100; j++) {
            for (Runnable t : tasks) {
                t.run();
            }
        }
        return r * 31 + box[0];
    }

    static final long EXPECTED = -3701235020435476593L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once(100000);
            if (result != EXPECTED) {
                System.out.println("Lambdas: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("Lambdas ok " + result);
    }
}

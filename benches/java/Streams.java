import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Streams: ranges, filters, maps, reductions, grouping collectors, sorting and flatMap. */
public final class Streams {
    record Item(String category, int price, int quantity) {
    }

    static List<Item> items(int n) {
        List<Item> list = new ArrayList<>();
        String[] categories = {"fruit", "tools", "books", "games", "music", "shoes"};
        int s = 3;
        for (int i = 0; i < n; i++) {
            s = s * 1103515245 + 12345;
            list.add(new Item(categories[(s >>> 8) % 6 < 0 ? 0 : (s >>> 8) % 6], (s >>> 12) % 500, i % 9 + 1));
        }
        return list;
    }

    static long once(int n) {
        long r = IntStream.range(0, n).filter(i -> i % 3 != 0).mapToLong(i -> (long) i * i % 1000).sum();
        List<Item> items = items(n / 4);
        Map<String, Integer> totals = items.stream()
                .collect(Collectors.groupingBy(Item::category, TreeMap::new,
                        Collectors.summingInt(it -> it.price() * it.quantity())));
        for (Map.Entry<String, Integer> e : totals.entrySet()) {
            r = r * 31 + e.getKey().length() + e.getValue();
        }
        List<Integer> top = items.stream()
                .filter(it -> it.quantity() > 4)
                .map(Item::price)
                .sorted((a, b) -> b - a)
                .limit(50)
                .collect(Collectors.toList());
        r = r * 31 + top.stream().mapToInt(Integer::intValue).sum();
        r = r * 31 + items.stream().mapToInt(Item::price).max().orElse(-1);
        r = r * 31 + IntStream.rangeClosed(1, 300).boxed()
                .flatMap(i -> IntStream.range(0, i % 10).mapToObj(j -> i * j))
                .reduce(0, Integer::sum);
        String joined = items.stream().limit(200).map(Item::category).distinct().sorted()
                .collect(Collectors.joining(","));
        return r * 31 + joined.hashCode();
    }

    static final long EXPECTED = -5038130102480614589L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once(100000);
            if (result != EXPECTED) {
                System.out.println("Streams: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("Streams ok " + result);
    }
}

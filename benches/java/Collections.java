import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collections under load: ArrayList, HashMap, HashSet, TreeMap and ArrayDeque. */
public final class Collections {
    static int seed = 7;

    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 8) & 0xffffff) % bound;
    }

    static long lists(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(next(n * 4));
        }
        list.sort(null);
        long sum = 0;
        for (int i = 0; i < list.size(); i += 17) {
            sum += list.get(i);
        }
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) {
            if (it.next() % 3 == 0) {
                it.remove();
            }
        }
        return sum * 31 + list.size() + list.indexOf(list.get(list.size() / 2));
    }

    static long maps(int n) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer k = next(n / 4);
            Integer old = counts.get(k);
            counts.put(k, old == null ? 1 : old + 1);
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < n / 4; i++) {
            names.put("name" + next(n / 8), i);
        }
        long sum = 0;
        for (int i = 0; i < n / 4; i++) {
            Integer c = counts.get(i);
            if (c != null) {
                sum += c * (long) i;
            }
            Integer v = names.get("name" + i);
            if (v != null) {
                sum += v;
            }
        }
        HashSet<Long> set = new HashSet<>();
        for (int i = 0; i < n; i++) {
            set.add((long) next(n));
        }
        return sum * 31 + counts.size() * 7L + names.size() + set.size();
    }

    static long trees(int n) {
        TreeMap<Integer, String> tree = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            int k = next(n * 2);
            tree.put(k, "v" + k);
        }
        long sum = 0;
        for (int i = 0; i < n / 2; i++) {
            Integer f = tree.floorKey(next(n * 2));
            if (f != null) {
                sum += f;
            }
            Map.Entry<Integer, String> c = tree.ceilingEntry(next(n * 2));
            if (c != null) {
                sum += c.getValue().length();
            }
        }
        for (Map.Entry<Integer, String> e : tree.subMap(n / 2, n).entrySet()) {
            sum += e.getKey() ^ e.getValue().hashCode();
        }
        while (tree.size() > n / 4) {
            tree.pollFirstEntry();
        }
        return sum * 31 + tree.firstKey();
    }

    static long deques(int n) {
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        long sum = 0;
        for (int i = 0; i < n; i++) {
            queue.addLast(new int[] {i, next(100)});
            if (queue.size() > 100) {
                int[] a = queue.pollFirst();
                int[] b = queue.pollLast();
                sum += a[1] * 3 + b[1];
            }
        }
        return sum + queue.size();
    }

    static long once() {
        seed = 7;
        long r = lists(20000);
        r = r * 31 + maps(20000);
        r = r * 31 + trees(10000);
        r = r * 31 + deques(20000);
        return r;
    }

    static final long EXPECTED = 250282748281510L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once();
            if (result != EXPECTED) {
                System.out.println("Collections: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("Collections ok " + result);
    }
}

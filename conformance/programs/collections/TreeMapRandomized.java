// TreeMap under a seeded random mix of inserts and deletes, checked against a sorted array
// model; red-black rebalancing exercised on thousands of operations.
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

public class TreeMapRandomized {
    public static void main(String[] args) {
        Random r = new Random(99);
        TreeMap<Integer, Integer> map = new TreeMap<Integer, Integer>();
        boolean[] present = new boolean[2000];
        int[] values = new int[2000];
        for (int op = 0; op < 20000; op++) {
            int k = r.nextInt(2000);
            if (r.nextInt(3) == 0) {
                map.remove(k);
                present[k] = false;
            } else {
                int v = r.nextInt();
                map.put(k, v);
                present[k] = true;
                values[k] = v;
            }
        }
        int expected = 0;
        boolean same = true;
        for (int k = 0; k < present.length; k++) {
            if (present[k]) {
                expected++;
                Integer v = map.get(k);
                if (v == null || v != values[k]) same = false;
            } else if (map.containsKey(k)) {
                same = false;
            }
        }
        int previous = -1;
        boolean ordered = true;
        for (Map.Entry<Integer, Integer> e : map.entrySet()) {
            if (e.getKey() <= previous) ordered = false;
            previous = e.getKey();
        }
        System.out.println("size " + map.size() + " expected " + expected + " same " + same + " ordered " + ordered);
        System.out.println("first " + map.firstKey() + " last " + map.lastKey() + " floor(1000) " + map.floorKey(1000) + " head(100) " + map.headMap(100).size());
        int[] keys = new int[map.size()];
        int i = 0;
        for (int k : map.keySet()) keys[i++] = k;
        System.out.println("hash of keys " + Arrays.hashCode(keys));
    }
}

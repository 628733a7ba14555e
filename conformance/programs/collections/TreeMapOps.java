// TreeMap and TreeSet: ordering, navigation (floor/ceiling/higher/lower), head/tail/sub maps,
// descending views, poll, a Comparator class, and ClassCastException/NPE behaviour.
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

public class TreeMapOps {
    static class ByLength implements Comparator<String> {
        public int compare(String a, String b) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
    }

    public static void main(String[] args) {
        TreeMap<Integer, String> map = new TreeMap<Integer, String>();
        int[] keys = {50, 20, 80, 10, 30, 70, 90, 60, 40};
        for (int k : keys) map.put(k, "v" + k);
        System.out.println(map);
        System.out.println("first " + map.firstKey() + " last " + map.lastKey() + " floor 35 " + map.floorKey(35) + " ceiling 35 " + map.ceilingKey(35) + " higher 90 " + map.higherKey(90) + " lower 10 " + map.lowerKey(10));
        System.out.println("head 40 " + map.headMap(40) + " tail 70 " + map.tailMap(70) + " sub " + map.subMap(20, true, 50, true) + " desc " + map.descendingMap().keySet());
        NavigableMap<Integer, String> head = map.headMap(50, false);
        head.remove(10);
        System.out.println("view removal " + map.keySet());
        try {
            head.put(55, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("out of range: " + e.getMessage());
        }
        Map.Entry<Integer, String> first = map.pollFirstEntry();
        System.out.println("pollFirst " + first.getKey() + "=" + first.getValue() + " pollLast " + map.pollLastEntry() + " -> " + map);
        TreeSet<String> words = new TreeSet<String>(new ByLength());
        String[] ws = {"pear", "fig", "banana", "kiwi", "apple", "fig", "date"};
        for (String w : ws) words.add(w);
        System.out.println(words + " first " + words.first() + " ceiling(zzzz) " + words.ceiling("zzzz") + " descending " + words.descendingSet());
        TreeSet<Integer> nums = new TreeSet<Integer>();
        for (int i = 10; i > 0; i--) nums.add(i * 3 % 11);
        System.out.println(nums + " subSet " + nums.subSet(3, 8) + " headSet " + nums.headSet(4, true));
        try {
            map.put(null, "null");
        } catch (NullPointerException e) {
            System.out.println("null key: NullPointerException");
        }
        TreeMap<Object, Object> raw = new TreeMap<Object, Object>();
        raw.put("s", 1);
        try {
            raw.put(1, 2);
        } catch (ClassCastException e) {
            System.out.println("mixed keys: " + e.getMessage());
        }
        TreeMap<String, Integer> ci = new TreeMap<String, Integer>(String.CASE_INSENSITIVE_ORDER);
        ci.put("Hello", 1);
        ci.put("HELLO", 2);
        System.out.println(ci + " " + ci.get("hello"));
    }
}

// LinkedHashMap insertion and access order, an LRU cache through removeEldestEntry; LinkedHashSet.
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

public class LinkedHashMapOrder {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int capacity;
        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
    }

    public static void main(String[] args) {
        LinkedHashMap<String, Integer> insertion = new LinkedHashMap<String, Integer>();
        String[] keys = {"zeta", "alpha", "mu", "beta", "alpha"};
        for (int i = 0; i < keys.length; i++) insertion.put(keys[i], i);
        System.out.println(insertion);
        insertion.remove("mu");
        insertion.put("mu", 9);
        System.out.println(insertion + " keys " + insertion.keySet() + " values " + insertion.values());
        Lru<Integer, String> lru = new Lru<Integer, String>(3);
        lru.put(1, "one");
        lru.put(2, "two");
        lru.put(3, "three");
        lru.get(1);
        lru.put(4, "four");
        System.out.println("lru " + lru);
        lru.get(3);
        lru.put(5, "five");
        System.out.println("lru " + lru);
        LinkedHashSet<Character> set = new LinkedHashSet<Character>();
        for (char c : "mississippi".toCharArray()) set.add(c);
        System.out.println(set);
    }
}

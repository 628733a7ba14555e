// HashMap: put/get/remove/containsKey/putIfAbsent/replace, null keys and values, resizing with
// many entries; results printed through sorted views only.
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class HashMapOps {
    public static void main(String[] args) {
        Map<String, Integer> map = new HashMap<String, Integer>();
        System.out.println("put new " + map.put("one", 1) + " put again " + map.put("one", 11) + " get " + map.get("one") + " missing " + map.get("two"));
        map.put(null, 0);
        map.put("nullValue", null);
        System.out.println("null key " + map.get(null) + " containsKey(nullValue) " + map.containsKey("nullValue") + " get " + map.get("nullValue") + " containsValue(null) " + map.containsValue(null));
        System.out.println("putIfAbsent existing " + map.putIfAbsent("one", 5) + " absent " + map.putIfAbsent("three", 3) + " replace " + map.replace("three", 33) + " replace missing " + map.replace("zzz", 1));
        System.out.println("getOrDefault " + map.getOrDefault("four", -4) + " remove " + map.remove("one") + " remove missing " + map.remove("one") + " remove(k,v) " + map.remove("three", 99));
        System.out.println("size " + map.size() + " sorted " + new TreeMap<String, Integer>(withoutNullKey(map)));
        Map<Integer, String> big = new HashMap<Integer, String>();
        for (int i = 0; i < 10000; i++) big.put(i * 31, "v" + i);
        for (int i = 0; i < 10000; i += 2) big.remove(i * 31);
        long sum = 0;
        for (Map.Entry<Integer, String> e : big.entrySet()) sum += e.getKey();
        System.out.println("big size " + big.size() + " key sum " + sum + " get(31*9999) " + big.get(31 * 9999));
        List<Integer> keys = new ArrayList<Integer>(big.keySet());
        Collections.sort(keys);
        System.out.println("first keys " + keys.subList(0, 5));
        Map<String, Integer> copy = new HashMap<String, Integer>(map);
        System.out.println("equals " + copy.equals(map) + " hash equal " + (copy.hashCode() == map.hashCode()));
        Map<String, List<String>> multi = new HashMap<String, List<String>>();
        String[] words = {"apple", "avocado", "banana", "blueberry", "cherry", "apricot"};
        for (String w : words) {
            String k = w.substring(0, 1);
            List<String> l = multi.get(k);
            if (l == null) {
                l = new ArrayList<String>();
                multi.put(k, l);
            }
            l.add(w);
        }
        System.out.println(new TreeMap<String, List<String>>(multi));
    }

    static Map<String, Integer> withoutNullKey(Map<String, Integer> m) {
        Map<String, Integer> r = new HashMap<String, Integer>(m);
        r.remove(null);
        return r;
    }
}

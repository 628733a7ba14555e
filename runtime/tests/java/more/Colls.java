import java.util.*;

/** java.util collections (the tests' VMs run System.initPhase1, which boxing caches and
 *  object sorting need for their system properties). */
public class Colls {
    static String tArrayList() {
        List<String> l = new ArrayList<>();
        for (String s : "the quick brown fox jumps over the lazy dog".split(" ")) l.add(s);
        l.remove("the");
        Collections.sort(l);
        return l.size() + " " + l + " " + l.indexOf("fox") + " " + l.contains("cat");
    }
    static String tHashMap() {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < 100; i++) m.put("k" + i, "v" + (i * 7));
        m.remove("k3");
        StringBuilder sb = new StringBuilder();
        sb.append(m.size()).append(' ').append(m.get("k42")).append(' ').append(m.get("k3")).append(' ').append(m.containsKey("k99"));
        int total = 0; for (Map.Entry<String, String> e : m.entrySet()) total += e.getValue().length();
        return sb.append(' ').append(total).toString();
    }
    static String tTreeMap() { TreeMap<String, String> m = new TreeMap<>(); m.put("b", "2"); m.put("a", "1"); m.put("c", "3"); return m.toString() + m.firstKey() + m.lastEntry().getValue(); }
    static String tArrayDeque() { ArrayDeque<String> d = new ArrayDeque<>(); d.push("a"); d.addLast("z"); d.push("b"); return d.pollFirst() + d.pollLast() + d.size(); }
    static String tLinkedList() { LinkedList<String> l = new LinkedList<>(List.of("x", "y")); l.addFirst("w"); return String.join(",", l); }
    static String tArraysSort() { String[] a = {"pear", "apple", "fig"}; Arrays.sort(a); return Arrays.toString(a); }
    static String tBoxing() { List<Integer> l = new ArrayList<>(); for (int i = 0; i < 300; i += 7) l.add(i); Map<Integer, Long> m = new TreeMap<>(); for (Integer i : l) m.put(i % 10, (long) i); return l.size() + " " + m + " " + (Integer.valueOf(127) == Integer.valueOf(127)) + " " + l.contains(21); }
    static String tIntArraysSort() { int[] a = {5, -3, 9, 0}; Arrays.sort(a); return Arrays.toString(a) + Arrays.binarySearch(a, 5); }
    static int tHashSet() { Set<String> s = new HashSet<>(Arrays.asList("a", "b", "a", "c")); return s.size(); }
    static String tStringBuilderBig() { StringBuilder sb = new StringBuilder(); for (int i = 0; i < 1000; i++) sb.append((char) ('a' + i % 26)); return sb.substring(990) + sb.length(); }
}

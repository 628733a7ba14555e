// Fail-fast iterators: ConcurrentModificationException from ArrayList, HashMap, TreeMap and
// LinkedList; Iterator.remove as the safe way; the last-element non-detection quirk.
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class ConcurrentModification {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<Integer>();
        for (int i = 0; i < 6; i++) list.add(i);
        try {
            for (Integer x : list) if (x == 2) list.remove(x);
        } catch (ConcurrentModificationException e) {
            System.out.println("ArrayList: " + e);
        }
        List<Integer> quirk = new ArrayList<Integer>();
        for (int i = 0; i < 3; i++) quirk.add(i);
        for (Integer x : quirk) if (x == 1) quirk.remove(x);
        System.out.println("removing the second-to-last is not detected: " + quirk);
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println("Iterator.remove " + list);
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("double remove: " + e);
        }
        Map<String, Integer> map = new HashMap<String, Integer>();
        map.put("a", 1);
        map.put("b", 2);
        map.put("c", 3);
        try {
            for (String k : map.keySet()) map.put(k + k, 0);
        } catch (ConcurrentModificationException e) {
            System.out.println("HashMap: " + e);
        }
        Map<Integer, Integer> tree = new TreeMap<Integer, Integer>();
        for (int i = 0; i < 5; i++) tree.put(i, i);
        try {
            for (Integer k : tree.keySet()) if (k == 1) tree.remove(3);
        } catch (ConcurrentModificationException e) {
            System.out.println("TreeMap: " + e);
        }
        List<String> linked = new LinkedList<String>();
        linked.add("x");
        linked.add("y");
        linked.add("z");
        try {
            for (String s : linked) linked.add(s);
        } catch (ConcurrentModificationException e) {
            System.out.println("LinkedList: " + e);
        }
        Iterator<Map.Entry<Integer, Integer>> entries = tree.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Integer, Integer> e = entries.next();
            if (e.getKey() % 2 == 1) entries.remove();
            else e.setValue(e.getValue() * 10);
        }
        System.out.println("TreeMap after safe edits " + tree);
        try {
            new ArrayList<String>().iterator().next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("next on exhausted: " + e);
        }
    }
}

// List.of/Set.of/Map.of and copyOf: contents, null rejection, immutability, equality (iteration
// order of Set.of and Map.of is randomised per run and never printed).
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class ImmutableCollections {
    public static void main(String[] args) {
        List<Integer> list = List.of(3, 1, 2);
        System.out.println(list + " get " + list.get(1) + " contains 2 " + list.contains(2) + " indexOf 2 " + list.indexOf(2) + " equals " + list.equals(new ArrayList<Integer>(list)));
        Set<String> set = Set.of("x", "y", "z");
        System.out.println("set sorted " + new TreeSet<String>(set) + " size " + set.size() + " contains y " + set.contains("y"));
        Map<String, Integer> map = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println("map sorted " + new TreeMap<String, Integer>(map) + " get two " + map.get("two") + " missing " + map.get("four"));
        try {
            list.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("add: " + e);
        }
        try {
            List.of(1, null);
        } catch (NullPointerException e) {
            System.out.println("null element: NullPointerException");
        }
        try {
            Set.of("a", "a");
        } catch (IllegalArgumentException e) {
            System.out.println("duplicate: " + e.getMessage());
        }
        try {
            Map.of("k", 1, "k", 2);
        } catch (IllegalArgumentException e) {
            System.out.println("duplicate key: " + e.getMessage());
        }
        try {
            list.contains(null);
        } catch (NullPointerException e) {
            System.out.println("contains(null): NullPointerException");
        }
        List<Integer> copy = List.copyOf(new ArrayList<Integer>(list));
        System.out.println("copyOf " + copy + " same " + (List.copyOf(copy) == copy));
        System.out.println(List.of() + " " + List.of(1).hashCode() + " " + list.hashCode() + " " + list.subList(1, 3));
        Map<String, Integer> entries = Map.ofEntries(Map.entry("a", 1));
        System.out.println(entries + " " + Map.entry("k", "v"));
    }
}

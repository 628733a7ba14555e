// HashSet/TreeSet/LinkedHashSet algebra: union, intersection, difference, equality across
// implementations; printed in a defined order.
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

public class SetsOps {
    public static void main(String[] args) {
        Set<Integer> a = new HashSet<Integer>();
        Set<Integer> b = new HashSet<Integer>();
        for (int i = 0; i < 20; i += 2) a.add(i);
        for (int i = 0; i < 20; i += 3) b.add(i);
        Set<Integer> union = new TreeSet<Integer>(a);
        union.addAll(b);
        Set<Integer> inter = new TreeSet<Integer>(a);
        inter.retainAll(b);
        Set<Integer> diff = new TreeSet<Integer>(a);
        diff.removeAll(b);
        System.out.println("union " + union + "\ninter " + inter + "\ndiff " + diff);
        System.out.println("add dup " + a.add(4) + " add new " + a.add(5) + " remove " + a.remove(5) + " remove absent " + a.remove(5) + " contains null " + a.contains(null));
        Set<Integer> linked = new LinkedHashSet<Integer>(new TreeSet<Integer>(a));
        System.out.println("equal across kinds " + a.equals(new TreeSet<Integer>(a)) + " " + linked.equals(a) + " hash " + (a.hashCode() == linked.hashCode()) + " " + a.hashCode());
        Set<String> words = new HashSet<String>();
        for (String w : "the cat and the hat and the bat".split(" ")) words.add(w);
        System.out.println(words.size() + " " + new TreeSet<String>(words) + " containsAll " + words.containsAll(java.util.Arrays.asList("cat", "hat")));
        a.add(null);
        System.out.println("HashSet null " + a.contains(null) + " size " + a.size());
    }
}

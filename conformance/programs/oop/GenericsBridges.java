// Generics and bridge methods: overriding with a more specific parameter or return type, calls
// through raw and erased types, heap pollution surfacing as ClassCastException at the use site.
import java.util.ArrayList;
import java.util.List;

public class GenericsBridges {
    interface Transformer<T, R> {
        R apply(T t);
    }

    static class Length implements Transformer<String, Integer> {
        public Integer apply(String s) { return s.length(); }
    }

    static class Node<T extends Comparable<T>> implements Comparable<Node<T>> {
        final T value;
        Node(T value) { this.value = value; }
        public int compareTo(Node<T> o) { return value.compareTo(o.value); }
    }

    static class Animal {
        Animal self() { return this; }
        Object food() { return "generic food"; }
    }

    static class Cat extends Animal {
        @Override Cat self() { return this; }
        @Override String food() { return "fish"; }
        String meow() { return "meow"; }
    }

    static <T extends Comparable<T>> T max(List<T> list) {
        T best = list.get(0);
        for (T t : list) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Transformer<String, Integer> t = new Length();
        System.out.println(t.apply("hello"));
        Transformer raw = t;
        System.out.println(raw.apply("raw call"));
        try {
            raw.apply(42);
        } catch (ClassCastException e) {
            System.out.println("bridge cast: " + e.getMessage());
        }
        Comparable c = new Node<Integer>(5);
        System.out.println(c.compareTo(new Node<Integer>(3)));
        System.out.println(new Cat().self().meow() + " " + ((Animal) new Cat()).food() + " " + new Animal().self().food());
        List<String> strings = new ArrayList<String>();
        List rawList = strings;
        rawList.add(17);
        System.out.println("size " + strings.size() + " as object " + ((List) strings).get(0));
        try {
            String s = strings.get(0);
            System.out.println(s);
        } catch (ClassCastException e) {
            System.out.println("heap pollution: " + e.getMessage());
        }
        List<Integer> ints = new ArrayList<Integer>();
        ints.add(3);
        ints.add(9);
        ints.add(4);
        System.out.println("max " + max(ints));
    }
}

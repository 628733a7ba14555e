// HashMap with keys whose hash codes collide (bins turn into trees and back), Comparable and
// non-Comparable colliding keys; lookups stay correct.
import java.util.HashMap;
import java.util.Map;

public class HashMapCollisions {
    static final class Key implements Comparable<Key> {
        final int id;
        Key(int id) { this.id = id; }
        @Override public int hashCode() { return id % 3; }
        @Override public boolean equals(Object o) { return o instanceof Key && ((Key) o).id == id; }
        @Override public int compareTo(Key k) { return Integer.compare(id, k.id); }
    }

    static final class Plain {
        final int id;
        Plain(int id) { this.id = id; }
        @Override public int hashCode() { return 42; }
        @Override public boolean equals(Object o) { return o instanceof Plain && ((Plain) o).id == id; }
    }

    public static void main(String[] args) {
        Map<Key, Integer> map = new HashMap<Key, Integer>();
        for (int i = 0; i < 200; i++) map.put(new Key(i), i * 2);
        int found = 0;
        for (int i = 0; i < 200; i++) if (map.get(new Key(i)) == i * 2) found++;
        System.out.println("found " + found + " size " + map.size() + " missing " + map.get(new Key(1000)));
        for (int i = 0; i < 190; i++) map.remove(new Key(i));
        System.out.println("after removal " + map.size() + " get 195 " + map.get(new Key(195)));
        Map<Plain, String> plain = new HashMap<Plain, String>();
        for (int i = 0; i < 100; i++) plain.put(new Plain(i), "p" + i);
        System.out.println("plain " + plain.size() + " " + plain.get(new Plain(77)) + " " + plain.containsKey(new Plain(100)));
        Map<String, Integer> strings = new HashMap<String, Integer>();
        String[] colliding = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};
        for (int i = 0; i < colliding.length; i++) strings.put(colliding[i], i);
        StringBuilder sb = new StringBuilder();
        for (String s : colliding) sb.append(s).append('=').append(strings.get(s)).append(' ');
        System.out.println(sb);
    }
}

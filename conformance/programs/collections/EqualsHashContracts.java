// equals/hashCode contracts in hashed collections: a correct value class, a class that breaks
// hashCode (lost entries), a mutable key changed after insertion.
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class EqualsHashContracts {
    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    static final class NoHash {
        final int v;
        NoHash(int v) { this.v = v; }
        @Override public boolean equals(Object o) { return o instanceof NoHash && ((NoHash) o).v == v; }
    }

    static final class Mutable {
        int v;
        Mutable(int v) { this.v = v; }
        @Override public boolean equals(Object o) { return o instanceof Mutable && ((Mutable) o).v == v; }
        @Override public int hashCode() { return v; }
    }

    public static void main(String[] args) {
        Set<Point> points = new HashSet<Point>();
        points.add(new Point(1, 2));
        points.add(new Point(1, 2));
        points.add(new Point(2, 1));
        System.out.println("points " + points.size() + " contains " + points.contains(new Point(2, 1)));
        Point p = new Point(3, 4);
        System.out.println("reflexive " + p.equals(p) + " symmetric " + (p.equals(new Point(3, 4)) && new Point(3, 4).equals(p)) + " null " + p.equals(null) + " hash " + p.hashCode());
        NoHash a = new NoHash(1);
        NoHash b = new NoHash(1);
        System.out.println("equal " + a.equals(b) + " same identity hash " + (a.hashCode() == b.hashCode()));
        Map<Mutable, String> map = new HashMap<Mutable, String>();
        Mutable key = new Mutable(1);
        map.put(key, "value");
        key.v = 2;
        System.out.println("mutated key: get " + map.get(key) + " get(old) " + map.get(new Mutable(1)) + " containsValue " + map.containsValue("value") + " size " + map.size());
        key.v = 1;
        System.out.println("restored: " + map.get(new Mutable(1)));
        System.out.println("Integer/Long equals: " + Integer.valueOf(1).equals(Long.valueOf(1)) + " " + new Object().equals(null) + " Boolean hash " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode());
        System.out.println("Double hash " + Double.valueOf(1.5).hashCode() + " Float " + Float.valueOf(1.5f).hashCode() + " Character " + Character.valueOf('a').hashCode() + " Long " + Long.valueOf(-1).hashCode());
    }
}

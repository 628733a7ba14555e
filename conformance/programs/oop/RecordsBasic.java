// Records without invokedynamic: accessors, canonical and compact constructors with validation,
// static factories, nested records, explicit toString/equals/hashCode overrides.
public class RecordsBasic {
    record Point(int x, int y) {
        Point {
            if (x < 0) throw new IllegalArgumentException("negative x: " + x);
        }
        static Point origin() { return new Point(0, 0); }
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
        @Override public String toString() { return "P[" + x + "," + y + "]"; }
        @Override public boolean equals(Object o) { return o instanceof Point && ((Point) o).x == x && ((Point) o).y == y; }
        @Override public int hashCode() { return x * 31 + y; }
    }

    record Named(String name, Point at) {
        Named(String name) { this(name, Point.origin()); }
        @Override public String toString() { return name + "@" + at; }
        @Override public boolean equals(Object o) { return o instanceof Named && ((Named) o).name.equals(name) && ((Named) o).at.equals(at); }
        @Override public int hashCode() { return name.hashCode() ^ at.hashCode(); }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " x=" + p.x() + " y=" + p.y() + " plus " + p.plus(new Point(1, 1)) + " equals " + p.equals(new Point(3, 4)) + " hash " + p.hashCode());
        Named n = new Named("home");
        System.out.println(n + " " + n.name() + " " + n.at().x());
        try {
            new Point(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Point.class.getSuperclass().getName() + " " + java.lang.reflect.Modifier.isFinal(Point.class.getModifiers()));
    }
}

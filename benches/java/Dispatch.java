/**
 * Interface and virtual calls: monomorphic, polymorphic and megamorphic call sites through
 * an interface, an abstract class, default methods and a diamond of interfaces.
 */
public final class Dispatch {
    interface Shape {
        double area();

        int sides();

        default int weight() {
            return sides() * 2 + 1;
        }
    }

    abstract static class Base implements Shape {
        final double size;

        Base(double size) {
            this.size = size;
        }

        abstract int kind();

        int describe() {
            return kind() * 10 + sides();
        }
    }

    static final class Square extends Base {
        Square(double s) {
            super(s);
        }

        public double area() {
            return size * size;
        }

        public int sides() {
            return 4;
        }

        int kind() {
            return 1;
        }
    }

    static final class Triangle extends Base {
        Triangle(double s) {
            super(s);
        }

        public double area() {
            return size * size * 0.5;
        }

        public int sides() {
            return 3;
        }

        int kind() {
            return 2;
        }

        @Override
        public int weight() {
            return 5;
        }
    }

    static class Circle extends Base {
        Circle(double s) {
            super(s);
        }

        public double area() {
            return size * size * 3.0;
        }

        public int sides() {
            return 0;
        }

        int kind() {
            return 3;
        }
    }

    static final class Ring extends Circle {
        Ring(double s) {
            super(s);
        }

        @Override
        public double area() {
            return super.area() * 0.25;
        }

        @Override
        int kind() {
            return 4;
        }
    }

    static final class Hexagon extends Base {
        Hexagon(double s) {
            super(s);
        }

        public double area() {
            return size * size * 2.5;
        }

        public int sides() {
            return 6;
        }

        int kind() {
            return 5;
        }
    }

    interface Counter {
        int step(int x);
    }

    interface Doubler extends Counter {
        default int step(int x) {
            return x * 2;
        }
    }

    interface Adder extends Counter {
        default int twice(int x) {
            return step(step(x));
        }
    }

    static final class Both implements Doubler, Adder {
    }

    static final class Plus implements Adder {
        public int step(int x) {
            return x + 3;
        }
    }

    static final class Accumulator {
        private long total;

        void add(long v) {
            total += v;
        }

        long total() {
            return total;
        }
    }

    static long once(int n) {
        Shape[] shapes = new Shape[64];
        for (int i = 0; i < shapes.length; i++) {
            double s = 1 + (i % 7);
            switch (i % 5) {
                case 0: shapes[i] = new Square(s); break;
                case 1: shapes[i] = new Triangle(s); break;
                case 2: shapes[i] = new Circle(s); break;
                case 3: shapes[i] = new Ring(s); break;
                default: shapes[i] = new Hexagon(s); break;
            }
        }
        Square mono = new Square(3);
        Adder[] adders = {new Both(), new Plus()};
        Accumulator acc = new Accumulator();
        double area = 0;
        for (int i = 0; i < n; i++) {
            Shape s = shapes[i & 63];
            area += s.area();
            acc.add(s.weight());
            acc.add(((Base) s).describe());
            acc.add(mono.sides());
            Adder a = adders[i & 1];
            acc.add(a.twice(i & 1023));
        }
        return acc.total() * 31 + (long) area;
    }

    static final long EXPECTED = 8199381337L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once(200000);
            if (result != EXPECTED) {
                System.out.println("Dispatch: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("Dispatch ok " + result);
    }
}

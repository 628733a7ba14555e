// Abstract classes: template methods, constructors of abstract classes, partial implementations,
// abstract methods implemented deep in the hierarchy, InstantiationError never reached.
public class AbstractClasses {
    abstract static class Shape {
        private static int created;
        final String name;

        Shape(String name) {
            this.name = name;
            created++;
        }

        abstract double area();

        double perimeter() { return 0; }

        final String describe() {
            return name + " area=" + area() + " perimeter=" + perimeter();
        }
    }

    abstract static class Polygon extends Shape {
        final int sides;
        Polygon(String name, int sides) {
            super(name);
            this.sides = sides;
        }
        @Override
        double perimeter() { return sides * side(); }
        abstract double side();
    }

    static class Square extends Polygon {
        final double s;
        Square(double s) {
            super("square", 4);
            this.s = s;
        }
        double side() { return s; }
        double area() { return s * s; }
    }

    static class Circle extends Shape {
        final double r;
        Circle(double r) {
            super("circle");
            this.r = r;
        }
        double area() { return Math.PI * r * r; }
        @Override
        double perimeter() { return 2 * Math.PI * r; }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Square(2), new Circle(1), new Square(0.5), new Shape("anonymous") {
            double area() { return 42; }
        }};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe());
            total += s.area();
        }
        System.out.println("total " + total + " created " + Shape.created);
        System.out.println(shapes[0] instanceof Polygon);
        System.out.println(java.lang.reflect.Modifier.isAbstract(Shape.class.getModifiers()) + " " + java.lang.reflect.Modifier.isAbstract(Square.class.getModifiers()));
    }
}

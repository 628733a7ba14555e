// javac: --enable-preview --release 17
// run: --enable-preview
// Sealed hierarchies with records, instanceof patterns, and switch on patterns (a preview
// feature in 17, compiled to SwitchBootstraps.typeSwitch through invokedynamic), with guards,
// null cases, enums and exhaustiveness over sealed types.
import java.util.List;

public class SealedPatterns {
    sealed interface Shape permits Circle, Square, Rect {}
    record Circle(double r) implements Shape {}
    record Square(double side) implements Shape {}
    static final class Rect implements Shape {
        final double w, h;
        Rect(double w, double h) { this.w = w; this.h = h; }
    }
    enum Color { RED, GREEN, BLUE }

    static double area(Shape s) {
        return switch (s) {
            case Circle c -> Math.PI * c.r() * c.r();
            case Square q -> q.side() * q.side();
            case Rect r -> r.w * r.h;
        };
    }

    static String classify(Object o) {
        return switch (o) {
            case null -> "null!";
            case Integer i && i > 100 -> "big int " + i;
            case Integer i -> "int " + i;
            case String s && s.isEmpty() -> "empty string";
            case String s -> "string " + s.length();
            case Color c -> "color " + c.ordinal();
            case int[] a -> "ints " + a.length;
            case Shape sh -> "shape " + area(sh);
            default -> "other " + o.getClass().getSimpleName();
        };
    }

    static String describe(Object o) {
        if (o instanceof Circle c && c.r() > 1) {
            return "large circle " + c.r();
        } else if (o instanceof CharSequence cs) {
            return "chars " + cs.length();
        }
        return "something";
    }

    public static void main(String[] args) {
        List<Object> values = List.of(7, 1000, "", "hello", Color.BLUE, new int[3], new Circle(1), new Square(2), new Rect(2, 3), 4.5, List.of());
        for (Object v : values) {
            System.out.println(classify(v));
        }
        System.out.println(classify(null));
        System.out.println(describe(new Circle(2)) + ", " + describe(new StringBuilder("abc")) + ", " + describe(new Circle(0.5)));
        System.out.println(Shape.class.isSealed() + " " + Shape.class.getPermittedSubclasses().length + " " + new Square(3) + " " + new Circle(1).equals(new Circle(1)));
        Color c = Color.GREEN;
        String name = switch (c) {
            case RED -> "r";
            case GREEN -> "g";
            case BLUE -> "b";
        };
        System.out.println("enum switch " + name);
    }
}

// waits: #4 invokedynamic (lambdas with Optional)
// Optional, OptionalInt: of/ofNullable/empty, map/flatMap/filter/orElse/orElseGet/orElseThrow,
// ifPresentOrElse, equals and toString.
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;

public class OptionalOps {
    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.ofNullable(null);
        System.out.println(some + " " + none + " " + some.isPresent() + " " + none.isEmpty() + " " + some.get());
        System.out.println(some.map(String::length).orElse(-1) + " " + none.map(String::length).orElse(-1) + " " + some.filter(s -> s.startsWith("x")).isPresent());
        System.out.println(parse("12").flatMap(i -> parse("" + (i * 2))).orElseGet(() -> 0) + " " + parse("zz").or(() -> Optional.of(99)).get());
        some.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));
        none.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("of(null): NullPointerException");
        }
        System.out.println(OptionalInt.of(5) + " " + OptionalInt.empty() + " " + some.equals(Optional.of("value")) + " " + some.hashCode() + " " + some.stream().count());
    }
}

// waits: #4 invokedynamic (lambdas)
// User-defined functional interfaces with default and static methods, generic functional
// interfaces, lambdas throwing checked exceptions, currying.
import java.util.function.Function;

public class FunctionalDefaults {
    @FunctionalInterface
    interface Transformer {
        String apply(String s);
        default Transformer then(Transformer next) { return s -> next.apply(apply(s)); }
        static Transformer identity() { return s -> s; }
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    static <T> T attempt(ThrowingSupplier<T> s, T fallback) {
        try {
            return s.get();
        } catch (Exception e) {
            System.out.println("  caught " + e.getMessage());
            return fallback;
        }
    }

    public static void main(String[] args) {
        Transformer upper = String::toUpperCase;
        Transformer exclaim = s -> s + "!";
        System.out.println(upper.then(exclaim).then(Transformer.identity()).apply("hi"));
        System.out.println(attempt(() -> Integer.parseInt("42"), -1) + " " + attempt(() -> { throw new Exception("nope"); }, -1));
        Function<Integer, Function<Integer, Integer>> add = a -> b -> a + b;
        System.out.println(add.apply(3).apply(4));
    }
}

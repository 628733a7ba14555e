// waits: #4 invokedynamic (lambdas)
// Lambdas: java.util.function interfaces, capturing locals, this and fields, returning lambdas,
// recursion through a field, default methods on functional interfaces.
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

public class LambdasBasic {
    int base = 100;
    static Function<Integer, Integer> factorial;

    Supplier<Integer> captureThis() {
        return () -> base + 1;
    }

    static Function<Integer, Integer> adder(int n) {
        return x -> x + n;
    }

    public static void main(String[] args) {
        Runnable r = () -> System.out.println("run");
        r.run();
        Function<String, Integer> len = s -> s.length();
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        IntBinaryOperator mul = (a, b) -> a * b;
        Predicate<String> empty = s -> s.isEmpty();
        System.out.println(len.apply("four") + " " + add.apply(2, 3) + " " + mul.applyAsInt(6, 7) + " " + empty.test("") + " " + empty.negate().test("") + " " + empty.or(s -> s.length() > 3).test("long"));
        Function<Integer, Integer> plus5 = adder(5);
        Function<Integer, Integer> times2 = x -> x * 2;
        System.out.println(plus5.andThen(times2).apply(1) + " " + plus5.compose(times2).apply(1) + " " + Function.<Integer>identity().apply(9));
        LambdasBasic o = new LambdasBasic();
        Supplier<Integer> s = o.captureThis();
        o.base = 200;
        System.out.println(s.get());
        factorial = n -> n <= 1 ? 1 : n * factorial.apply(n - 1);
        System.out.println(factorial.apply(10));
        int local = 7;
        UnaryOperator<String> rep = x -> x.repeat(local);
        System.out.println(rep.apply("ab"));
        Runnable[] rs = new Runnable[3];
        for (int i = 0; i < rs.length; i++) {
            final int k = i;
            rs[i] = () -> System.out.print(k * k + " ");
        }
        for (Runnable x : rs) x.run();
        System.out.println();
        Object lambda = (Runnable) () -> {};
        System.out.println("lambda is Runnable: " + (lambda instanceof Runnable) + ", synthetic class: " + lambda.getClass().isSynthetic());
    }
}

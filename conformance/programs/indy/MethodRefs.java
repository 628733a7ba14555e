// waits: #4 invokedynamic (method references)
// Method references of every kind: static, bound instance, unbound instance, constructor,
// array constructor, super and this methods, varargs adaptation.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

public class MethodRefs {
    static class Base {
        String who() { return "base"; }
    }

    static class Derived extends Base {
        @Override String who() { return "derived"; }
        Supplier<String> superWho() { return super::who; }
        Supplier<String> thisWho() { return this::who; }
    }

    static int twice(int x) { return x * 2; }

    static String joinAll(String... parts) { return String.join("+", parts); }

    public static void main(String[] args) {
        Function<Integer, Integer> st = MethodRefs::twice;
        String greeting = "hello";
        Supplier<Integer> bound = greeting::length;
        Function<String, String> unbound = String::toUpperCase;
        BiFunction<String, Integer, Character> charAt = String::charAt;
        Supplier<List<String>> ctor = ArrayList::new;
        Function<String, StringBuilder> ctorArg = StringBuilder::new;
        IntFunction<int[]> arrayCtor = int[]::new;
        BiFunction<String, String, String> varargs = MethodRefs::joinAll;
        System.out.println(st.apply(21) + " " + bound.get() + " " + unbound.apply("up") + " " + charAt.apply("xyz", 1) + " " + ctor.get().size() + " " + ctorArg.apply("sb").reverse() + " " + arrayCtor.apply(4).length + " " + varargs.apply("a", "b"));
        Derived d = new Derived();
        System.out.println(d.superWho().get() + " " + d.thisWho().get());
        List<String> words = new ArrayList<String>(Arrays.asList("pear", "fig", "apple"));
        words.sort(String::compareTo);
        System.out.println(words);
        words.forEach(System.out::println);
        Function<Object, String> valueOf = String::valueOf;
        System.out.println(valueOf.apply(null) + " " + valueOf.apply(3.5));
        try {
            String nul = null;
            Supplier<Integer> npe = nul::length;
            System.out.println(npe.get());
        } catch (NullPointerException e) {
            System.out.println("bound null receiver: NullPointerException at creation");
        }
    }
}

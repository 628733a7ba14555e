// Varargs: zero/one/many arguments, explicit arrays, null, overload resolution between fixed
// arity, boxing and varargs, primitive varargs.
import java.util.Arrays;

public class Varargs {
    static String count(Object... args) { return args == null ? "null array" : args.length + " " + Arrays.toString(args); }
    static String ints(int... xs) {
        int sum = 0;
        for (int x : xs) sum += x;
        return "ints " + xs.length + " sum " + sum;
    }
    static String prefixed(String p, long... ls) { return p + Arrays.toString(ls); }
    static String pick(int x) { return "fixed int"; }
    static String pick(long x) { return "widened long"; }
    static String pick(Integer x) { return "boxed Integer"; }
    static String pick(int... x) { return "varargs"; }
    static String pick2(Object o) { return "Object"; }
    static String pick2(Object... o) { return "Object..."; }
    static String pick3(double d) { return "double"; }
    static String pick3(Object o) { return "Object"; }

    public static void main(String[] args) {
        System.out.println(count());
        System.out.println(count("a"));
        System.out.println(count("a", 1, 2.5));
        System.out.println(count(new Object[] {"x", "y"}));
        System.out.println(count((Object) new Object[] {"x", "y"}).startsWith("1 [[Ljava.lang.Object;@"));
        System.out.println(count((Object[]) null));
        System.out.println(count((Object) null));
        System.out.println(ints() + " " + ints(4, 5) + " " + prefixed("p") + " " + prefixed("q", 1, 2, 3));
        short s = 1;
        char c = 'c';
        System.out.println(pick(1) + " | " + pick(1L) + " | " + pick(s) + " | " + pick(c) + " | " + pick(Integer.valueOf(3)) + " | " + pick() + " | " + pick(1, 2));
        System.out.println(pick2("s") + " | " + pick2() + " | " + pick2("a", "b") + " | " + pick2((Object) null));
        System.out.println(pick3(1) + " | " + pick3(1f) + " | " + pick3('x') + " | " + pick3(Integer.valueOf(1)));
        System.out.println(String.join(",", "a", "b") + " " + Arrays.asList().size() + " " + Arrays.asList(new int[] {1, 2}).size() + " " + Arrays.asList(new Integer[] {1, 2}).size());
    }
}

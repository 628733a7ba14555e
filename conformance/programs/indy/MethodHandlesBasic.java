// waits: #4 method handles
// MethodHandles: findStatic/findVirtual/findConstructor/findGetter, invokeExact and invoke,
// bindTo, insertArguments, dropArguments, filterReturnValue, guardWithTest, WrongMethodTypeException.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;

public class MethodHandlesBasic {
    int field = 5;

    static int square(int x) { return x * x; }

    static boolean isEven(int x) { return x % 2 == 0; }

    static int negate(int x) { return -x; }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle sq = lookup.findStatic(MethodHandlesBasic.class, "square", MethodType.methodType(int.class, int.class));
        System.out.println((int) sq.invokeExact(7) + " " + sq.invoke(Integer.valueOf(8)) + " " + sq.type());
        MethodHandle concat = lookup.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class));
        System.out.println((String) concat.invokeExact("a", "b") + " " + concat.bindTo("pre-").invoke("fix"));
        MethodHandle ctor = lookup.findConstructor(StringBuilder.class, MethodType.methodType(void.class, String.class));
        System.out.println(ctor.invoke("built"));
        MethodHandle getter = lookup.findGetter(MethodHandlesBasic.class, "field", int.class);
        System.out.println(getter.invoke(new MethodHandlesBasic()));
        MethodHandle inserted = MethodHandles.insertArguments(concat, 1, "!");
        System.out.println(inserted.invoke("wow"));
        MethodHandle dropped = MethodHandles.dropArguments(sq, 0, String.class);
        System.out.println(dropped.invoke("ignored", 3));
        MethodHandle filtered = MethodHandles.filterReturnValue(sq, lookup.findStatic(MethodHandlesBasic.class, "negate", MethodType.methodType(int.class, int.class)));
        System.out.println(filtered.invoke(4));
        MethodHandle guard = MethodHandles.guardWithTest(lookup.findStatic(MethodHandlesBasic.class, "isEven", MethodType.methodType(boolean.class, int.class)), sq,
                lookup.findStatic(MethodHandlesBasic.class, "negate", MethodType.methodType(int.class, int.class)));
        System.out.println(guard.invoke(4) + " " + guard.invoke(5));
        System.out.println(sq.invokeWithArguments(9) + " " + sq.asType(MethodType.methodType(long.class, int.class)).invoke(3));
        try {
            long wrong = (long) sq.invokeExact(2);
            System.out.println(wrong);
        } catch (WrongMethodTypeException e) {
            System.out.println("WrongMethodTypeException: " + e.getMessage());
        }
        try {
            lookup.findStatic(MethodHandlesBasic.class, "missing", MethodType.methodType(void.class));
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException: " + e.getMessage());
        }
    }
}

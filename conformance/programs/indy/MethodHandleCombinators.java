// MethodHandle combinators and lookups: bindTo, asType, filterArguments, filterReturnValue,
// guardWithTest, dropArguments, insertArguments, foldArguments, permuteArguments,
// collectArguments, catchException, spreaders and collectors, loops, invokeWithArguments,
// getters/setters/constructors, findSpecial, unreflect and revealDirect.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class MethodHandleCombinators {
    static int counter;
    private String label = "init";
    static final MethodHandles.Lookup L = MethodHandles.lookup();

    static int add(int a, int b) { return a + b; }
    static String describe(String s, int n, long l, double d, char c, boolean z) { return s + n + l + d + c + z; }
    static boolean isEven(int x) { return x % 2 == 0; }
    static String even(int x) { return "even " + x; }
    static String odd(int x) { return "odd " + x; }
    static int parse(String s) { return Integer.parseInt(s); }
    static String recover(NumberFormatException e, String s) { return "recovered " + s; }
    static int sum(int... xs) { int t = 0; for (int x : xs) t += x; return t; }
    static int twice(int x) { return 2 * x; }
    static int combine(int a, int b, int c) { return a * 100 + b * 10 + c; }

    static class Base { String who() { return "base"; } }
    static class Derived extends Base {
        String who() { return "derived"; }
        String viaSuper() throws Throwable {
            MethodHandle sup = MethodHandles.lookup().findSpecial(Base.class, "who", MethodType.methodType(String.class), Derived.class);
            return (String) sup.invokeExact(this);
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandle add = L.findStatic(MethodHandleCombinators.class, "add", MethodType.methodType(int.class, int.class, int.class));
        System.out.println("add " + (int) add.invokeExact(2, 3) + " type " + add.type());
        MethodHandle add10 = MethodHandles.insertArguments(add, 0, 10);
        System.out.println("insert " + (int) add10.invokeExact(5) + " " + add10.type());
        MethodHandle boxed = add.asType(MethodType.methodType(Object.class, Integer.class, Object.class));
        System.out.println("asType " + boxed.invoke(4, 5) + " " + boxed.type());
        MethodHandle concat = L.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class));
        MethodHandle hello = concat.bindTo("hello ");
        System.out.println("bindTo " + (String) hello.invokeExact("world"));
        MethodHandle twice = L.findStatic(MethodHandleCombinators.class, "twice", MethodType.methodType(int.class, int.class));
        System.out.println("filterArguments " + (int) MethodHandles.filterArguments(add, 1, twice).invokeExact(1, 7));
        System.out.println("filterReturnValue " + (int) MethodHandles.filterReturnValue(add, twice).invokeExact(1, 7));
        MethodHandle test = L.findStatic(MethodHandleCombinators.class, "isEven", MethodType.methodType(boolean.class, int.class));
        MethodHandle gwt = MethodHandles.guardWithTest(test,
                L.findStatic(MethodHandleCombinators.class, "even", MethodType.methodType(String.class, int.class)),
                L.findStatic(MethodHandleCombinators.class, "odd", MethodType.methodType(String.class, int.class)));
        System.out.println("guardWithTest " + (String) gwt.invokeExact(4) + ", " + (String) gwt.invokeExact(7));
        MethodHandle dropped = MethodHandles.dropArguments(add, 1, String.class, double.class);
        System.out.println("dropArguments " + (int) dropped.invokeExact(1, "x", 2.5, 2) + " " + dropped.type());
        MethodHandle combine = L.findStatic(MethodHandleCombinators.class, "combine", MethodType.methodType(int.class, int.class, int.class, int.class));
        MethodHandle folded = MethodHandles.foldArguments(combine, add);
        System.out.println("foldArguments " + (int) folded.invokeExact(3, 4));
        MethodHandle permuted = MethodHandles.permuteArguments(combine, MethodType.methodType(int.class, int.class, int.class, int.class), 2, 0, 1);
        System.out.println("permuteArguments " + (int) permuted.invokeExact(1, 2, 3));
        System.out.println("collectArguments " + (int) MethodHandles.collectArguments(combine, 1, add).invokeExact(1, 2, 3, 4));
        MethodHandle parse = L.findStatic(MethodHandleCombinators.class, "parse", MethodType.methodType(int.class, String.class));
        MethodHandle safe = MethodHandles.catchException(
                parse.asType(MethodType.methodType(String.class, String.class).changeReturnType(Object.class)).asType(MethodType.methodType(Object.class, String.class)),
                NumberFormatException.class,
                L.findStatic(MethodHandleCombinators.class, "recover", MethodType.methodType(String.class, NumberFormatException.class, String.class)).asType(MethodType.methodType(Object.class, NumberFormatException.class, String.class)));
        System.out.println("catchException " + safe.invoke("42") + " / " + safe.invoke("x42"));
        MethodHandle sum = L.findStatic(MethodHandleCombinators.class, "sum", MethodType.methodType(int.class, int[].class));
        System.out.println("varargs " + sum.isVarargsCollector() + " " + sum.invoke(1, 2, 3) + " " + sum.invoke() + " " + sum.invokeWithArguments(4, 5));
        MethodHandle collector = sum.asCollector(int[].class, 3);
        System.out.println("asCollector " + (int) collector.invokeExact(1, 10, 100) + " " + collector.type());
        MethodHandle spreader = combine.asSpreader(Object[].class, 3);
        System.out.println("asSpreader " + spreader.invoke(new Object[] {1, 2, 3}));
        System.out.println("spreadInvoker " + MethodHandles.spreadInvoker(combine.type(), 1).invoke(combine, 9, new Object[] {8, 7}));
        System.out.println("invokeWithArguments " + combine.invokeWithArguments(List.of(5, 6, 7)) + " " + add.invokeWithArguments(1, 1));
        MethodHandle describe = L.findStatic(MethodHandleCombinators.class, "describe",
                MethodType.methodType(String.class, String.class, int.class, long.class, double.class, char.class, boolean.class));
        System.out.println("all kinds " + (String) describe.invokeExact("s", 1, 2L, 3.5, 'c', true) + " " + describe.invokeWithArguments("t", (byte) 4, 5, 6.0f, 'd', false));
        System.out.println("constant " + MethodHandles.constant(String.class, "k").invoke() + " identity " + MethodHandles.identity(int.class).invoke(9));
        MethodHandle getter = MethodHandles.arrayElementGetter(int[].class);
        MethodHandle setter = MethodHandles.arrayElementSetter(int[].class);
        int[] arr = {1, 2, 3};
        setter.invoke(arr, 1, 20);
        System.out.println("array " + getter.invoke(arr, 1) + " length " + MethodHandles.arrayLength(int[].class).invoke(arr) + " " + Arrays.toString((int[]) MethodHandles.arrayConstructor(int[].class).invoke(2)));
        MethodHandle counted = MethodHandles.countedLoop(MethodHandles.constant(int.class, 4), MethodHandles.constant(int.class, 0), add);
        System.out.println("countedLoop " + (int) counted.invokeExact());
        MethodHandle labelSetter = L.findSetter(MethodHandleCombinators.class, "label", String.class);
        MethodHandle labelGetter = L.findGetter(MethodHandleCombinators.class, "label", String.class);
        MethodHandleCombinators o = (MethodHandleCombinators) L.findConstructor(MethodHandleCombinators.class, MethodType.methodType(void.class)).invoke();
        labelSetter.invokeExact(o, "set");
        System.out.println("fields " + (String) labelGetter.invokeExact(o));
        L.findStaticSetter(MethodHandleCombinators.class, "counter", int.class).invokeExact(41);
        System.out.println("static field " + ((int) L.findStaticGetter(MethodHandleCombinators.class, "counter", int.class).invokeExact() + 1));
        MethodHandle listAdd = L.findVirtual(List.class, "add", MethodType.methodType(boolean.class, Object.class));
        List<String> list = new ArrayList<>();
        boolean added = (boolean) listAdd.invokeExact(list, (Object) "item");
        System.out.println("interface " + added + " " + list);
        MethodHandle newList = L.findConstructor(ArrayList.class, MethodType.methodType(void.class, int.class));
        System.out.println("constructor " + newList.invoke(4) + " " + newList.type());
        System.out.println("findSpecial " + new Derived().viaSuper() + " virtual " + L.findVirtual(Base.class, "who", MethodType.methodType(String.class)).invoke(new Derived()));
        MethodHandle unreflected = L.unreflect(MethodHandleCombinators.class.getDeclaredMethod("twice", int.class));
        System.out.println("unreflect " + (int) unreflected.invokeExact(21));
        MethodHandleInfo info = L.revealDirect(add);
        System.out.println("revealDirect " + info.getName() + " " + info.getMethodType() + " " + MethodHandleInfo.referenceKindToString(info.getReferenceKind()) + " " + info.getDeclaringClass().getName());
        MethodHandle thrower = MethodHandles.throwException(String.class, IllegalStateException.class);
        try {
            String s = (String) thrower.invokeExact(new IllegalStateException("thrown by handle"));
        } catch (IllegalStateException e) {
            System.out.println("throwException " + e.getMessage());
        }
        MethodHandle tryFinally = MethodHandles.tryFinally(twice, MethodHandles.dropArguments(MethodHandles.identity(int.class), 0, Throwable.class));
        System.out.println("tryFinally " + (int) tryFinally.invokeExact(8));
        MethodType mt = MethodType.methodType(long.class, String.class, int[].class, double.class);
        System.out.println("MethodType " + mt + " " + mt.toMethodDescriptorString() + " " + mt.wrap() + " " + mt.erase() + " " + mt.generic() + " " + mt.parameterCount());
        System.out.println("fromDescriptor " + MethodType.fromMethodDescriptorString("(ILjava/lang/String;[J)V", null));
    }
}

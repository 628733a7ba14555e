// Misuse of method handles and their exact messages: WrongMethodTypeException from
// invokeExact and invoke, ClassCastException from asType conversions, lookups that fail
// (NoSuchMethodException, NoSuchFieldException, IllegalAccessException), calls through
// handles that throw, null receivers, and reflective calls of signature-polymorphic methods.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.invoke.WrongMethodTypeException;
import java.lang.reflect.InvocationTargetException;

public class MethodHandleMisuse {
    private static int secret() { return 7; }
    static int square(int x) { return x * x; }
    static void fail(String why) { throw new IllegalArgumentException(why); }
    int value = 3;

    interface Attempt { void run() throws Throwable; }

    static void attempt(String what, Attempt a) {
        try {
            a.run();
            System.out.println(what + ": no exception");
        } catch (Throwable t) {
            String message = t.getMessage() == null ? null : t.getMessage().replaceAll("@[0-9a-f]+", "@...");
            System.out.println(what + ": " + t.getClass().getName() + ": " + message);
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle square = lookup.findStatic(MethodHandleMisuse.class, "square", MethodType.methodType(int.class, int.class));
        attempt("invokeExact wrong return", () -> { long r = (long) square.invokeExact(3); });
        attempt("invokeExact wrong argument", () -> { int r = (int) square.invokeExact((Object) 3); });
        attempt("invokeExact boxed", () -> { Integer r = (Integer) square.invokeExact(Integer.valueOf(3)); });
        attempt("invokeExact no cast", () -> square.invokeExact(3));
        attempt("invoke arity", () -> square.invoke(1, 2));
        attempt("invoke bad type", () -> square.invoke("three"));
        attempt("invoke null unboxing", () -> square.invoke((Object) null));
        attempt("invokeWithArguments arity", () -> square.invokeWithArguments(1, 2, 3));
        attempt("asType impossible", () -> square.asType(MethodType.methodType(int.class, String.class)));
        attempt("asType to void", () -> System.out.println("void " + square.asType(MethodType.methodType(void.class, int.class)).type()));
        MethodHandle toObject = square.asType(MethodType.methodType(Object.class, Object.class));
        attempt("generic call with string", () -> toObject.invoke("x"));
        attempt("generic call with long", () -> toObject.invoke(3L));
        attempt("no such method", () -> lookup.findStatic(MethodHandleMisuse.class, "missing", MethodType.methodType(void.class)));
        attempt("wrong static-ness", () -> lookup.findVirtual(MethodHandleMisuse.class, "square", MethodType.methodType(int.class, int.class)));
        attempt("no such field", () -> lookup.findGetter(MethodHandleMisuse.class, "nothing", int.class));
        attempt("field type mismatch", () -> lookup.findGetter(MethodHandleMisuse.class, "value", long.class));
        attempt("private from public lookup", () -> MethodHandles.publicLookup().findStatic(MethodHandleMisuse.class, "secret", MethodType.methodType(int.class)));
        attempt("private of another class", () -> lookup.findVirtual(String.class, "isLatin1", MethodType.methodType(boolean.class)));
        attempt("setter of final field", () -> lookup.findStaticSetter(Integer.class, "MAX_VALUE", int.class));
        MethodHandle fail = lookup.findStatic(MethodHandleMisuse.class, "fail", MethodType.methodType(void.class, String.class));
        attempt("expression lambda result", () -> fail.invokeExact("from target"));
        attempt("target throws", () -> {
            fail.invokeExact("from target");
        });
        MethodHandle length = lookup.findVirtual(String.class, "length", MethodType.methodType(int.class));
        attempt("null receiver", () -> { int n = (int) length.invokeExact((String) null); });
        attempt("bindTo wrong type", () -> length.bindTo(42));
        attempt("reflective invokeExact", () -> {
            try {
                MethodHandle.class.getMethod("invokeExact", Object[].class).invoke(square, (Object) new Object[] {1});
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        VarHandle vh = lookup.findVarHandle(MethodHandleMisuse.class, "value", int.class);
        MethodHandleMisuse o = new MethodHandleMisuse();
        attempt("VarHandle wrong value type", () -> vh.set(o, "text"));
        attempt("VarHandle wrong arity", () -> vh.get());
        attempt("VarHandle null receiver", () -> vh.get((MethodHandleMisuse) null));
        attempt("VarHandle exact", () -> { int v = (int) vh.withInvokeExactBehavior().get(o); System.out.println("exact get " + v); });
        attempt("VarHandle exact mismatch", () -> { long v = (long) vh.withInvokeExactBehavior().get(o); });
        attempt("MethodType descriptor", () -> MethodType.fromMethodDescriptorString("(Lno/such/Type;)V", null));
        attempt("array getter index", () -> MethodHandles.arrayElementGetter(int[].class).invoke(new int[1], 5));
        attempt("array setter store", () -> MethodHandles.arrayElementSetter(Object[].class).invoke(new String[1], 0, 1));
    }
}

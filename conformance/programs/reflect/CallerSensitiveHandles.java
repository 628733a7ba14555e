// waits: #4 invokedynamic and hidden classes (injected invokers named after the caller)
// Caller-sensitive methods reached through method handles and lambdas: the JDK binds the
// caller with an injected invoker (a hidden class in the caller's package), so that
// Class.forName, MethodHandles.lookup, getCallerClass and reflective access checks see the
// class that created the handle.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.function.Function;
import java.util.function.Supplier;

public class CallerSensitiveHandles {
    static class Helper {}

    /** A hidden class's name without its unique (address-derived) suffix. */
    static String stable(String name) {
        return name.replaceAll("/0x[0-9a-f]+", "/0x...");
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        System.out.println("lookup class " + lookup.lookupClass().getName());
        MethodHandle forName = lookup.findStatic(Class.class, "forName", MethodType.methodType(Class.class, String.class));
        System.out.println("forName through a handle " + ((Class<?>) forName.invoke("CallerSensitiveHandles$Helper")).getName());
        Function<String, Class<?>> viaReference = name -> {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                return null;
            }
        };
        System.out.println("forName in a lambda " + viaReference.apply("CallerSensitiveHandles$Helper").getName());
        MethodHandle lookupHandle = lookup.findStatic(MethodHandles.class, "lookup", MethodType.methodType(MethodHandles.Lookup.class));
        System.out.println("lookup through a handle " + stable(((MethodHandles.Lookup) lookupHandle.invoke()).lookupClass().getName()));
        Supplier<Class<?>> walker = () -> StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        System.out.println("getCallerClass in a lambda " + walker.get().getName());
        MethodHandle invoke = lookup.findVirtual(Method.class, "invoke", MethodType.methodType(Object.class, Object.class, Object[].class));
        Method length = String.class.getMethod("length");
        System.out.println("Method.invoke through a handle " + invoke.invoke(length, "four", new Object[0]));
        Field value = Integer.class.getDeclaredField("value");
        MethodHandle get = lookup.findVirtual(Field.class, "get", MethodType.methodType(Object.class, Object.class));
        try {
            get.invoke(value, 5);
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException " + stable(e.getMessage()));
        }
        try {
            lookup.findStatic(Class.class, "forName", MethodType.methodType(Class.class, String.class)).invoke("NoSuchClassHere");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException " + e.getMessage());
        }
    }
}

// waits: #3 the launcher boots the module system (initPhase3): application classes need their module and loader
// javac: --add-exports java.base/jdk.internal.reflect=ALL-UNNAMED
// run: --add-exports java.base/jdk.internal.reflect=ALL-UNNAMED
// Caller-sensitive methods: Reflection.getCallerClass refuses callers without @CallerSensitive
// (directly and through reflection), access
// checks made for the real caller of Field.get/set, Method.invoke and
// Constructor.newInstance (IllegalAccessException messages), setAccessible against the module
// graph.
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import jdk.internal.reflect.Reflection;

public class CallerSensitive {
    static class Context {}

    public static Object uncheckedCaller() {
        return Reflection.getCallerClass();
    }

    public static void main(String[] args) throws Exception {
        try {
            uncheckedCaller();
        } catch (InternalError e) {
            System.out.println("InternalError " + e.getMessage());
        }
        try {
            CallerSensitive.class.getMethod("uncheckedCaller").invoke(null);
        } catch (InvocationTargetException e) {
            System.out.println("wrapped " + e.getCause());
        }
        try {
            Class.forName("NoSuchClassAnywhere");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException " + e.getMessage());
        }
        Field value = Integer.class.getDeclaredField("value");
        try {
            value.get(42);
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException " + e.getMessage());
        }
        try {
            value.setInt(42, 1);
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException " + e.getMessage());
        }
        Method hash = String.class.getDeclaredMethod("isLatin1");
        try {
            hash.invoke("s");
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException " + e.getMessage());
        }
        Constructor<Void> voidConstructor = Void.class.getDeclaredConstructor();
        try {
            voidConstructor.newInstance();
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException " + e.getMessage());
        }
        try {
            Math.class.getDeclaredConstructor().newInstance();
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException " + e.getMessage());
        }
        Field pkg = Thread.class.getDeclaredField("threadStatus");
        try {
            System.out.println(pkg.getInt(Thread.currentThread()));
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException " + e.getMessage());
        }
        Field max = Integer.class.getField("MAX_VALUE");
        try {
            max.setInt(null, 1);
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException " + e.getMessage());
        }
        try {
            value.setAccessible(true);
        } catch (RuntimeException e) {
            String m = e.getMessage();
            System.out.println(e.getClass().getName() + " " + m.substring(0, m.indexOf('@')));
        }
        System.out.println("trySetAccessible " + value.trySetAccessible() + " canAccess " + value.canAccess(42));
    }
}

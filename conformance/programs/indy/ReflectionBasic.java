// waits: #4 reflection
// Reflection: fields, methods and constructors (sorted by name), invoke with
// InvocationTargetException, Field get/set, setAccessible on private members, modifiers.
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

public class ReflectionBasic {
    public static class Target {
        public int count = 3;
        private String secret = "hidden";
        public static final String CONST = "c";
        public Target() {}
        private Target(int count) { this.count = count; }
        public int add(int x) { return count + x; }
        public static String stat(String s) { return "stat " + s; }
        public void fail() { throw new IllegalStateException("from fail"); }
        private String priv() { return "private " + secret; }
    }

    public static void main(String[] args) throws Exception {
        Class<?> c = Target.class;
        String[] fields = Arrays.stream(c.getDeclaredFields()).map(f -> Modifier.toString(f.getModifiers()) + " " + f.getType().getSimpleName() + " " + f.getName()).sorted().toArray(String[]::new);
        System.out.println(Arrays.toString(fields));
        String[] methods = Arrays.stream(c.getDeclaredMethods()).map(Method::toString).sorted().toArray(String[]::new);
        for (String m : methods) System.out.println(m);
        Object t = c.getConstructor().newInstance();
        System.out.println(c.getMethod("add", int.class).invoke(t, 4) + " " + c.getMethod("stat", String.class).invoke(null, "x"));
        try {
            c.getMethod("fail").invoke(t);
        } catch (InvocationTargetException e) {
            System.out.println("InvocationTargetException cause " + e.getCause());
        }
        try {
            c.getMethod("nope");
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException " + e.getMessage());
        }
        Field count = c.getField("count");
        count.setInt(t, 10);
        System.out.println(count.get(t) + " " + c.getMethod("add", int.class).invoke(t, 1));
        Field secret = c.getDeclaredField("secret");
        secret.setAccessible(true);
        secret.set(t, "revealed");
        Method priv = c.getDeclaredMethod("priv");
        priv.setAccessible(true);
        System.out.println(priv.invoke(t));
        Constructor<?> pc = c.getDeclaredConstructor(int.class);
        pc.setAccessible(true);
        System.out.println(((Target) pc.newInstance(77)).count);
        try {
            count.set(t, "wrong type");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        System.out.println(c.getName() + " " + c.getSimpleName() + " " + Modifier.toString(c.getModifiers()) + " " + c.getSuperclass().getSimpleName() + " " + c.getDeclaringClass().getSimpleName());
        System.out.println(String.class.getMethod("length").invoke("four") + " " + Integer.class.getField("MAX_VALUE").get(null));
    }
}

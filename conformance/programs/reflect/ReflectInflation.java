// waits: #3 ClassLoader.defineClass1 (the loader work) defines the generated accessors
// Reflective calls past sun.reflect.inflationThreshold (15): the JDK generates accessor classes
// (defined through ClassDefiner in a DelegatingClassLoader) and keeps HotSpot's results and
// exceptions: InvocationTargetException wrapping, IllegalArgumentException for bad receivers
// and arguments (messages of the native and the generated accessors), widening, static,
// virtual, interface and private methods, constructors, and fields read and written in loops.
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class ReflectInflation {
    interface Greeter { String greet(String who); }

    public static class Target implements Greeter {
        public int total;
        public static long calls;
        public Target() {}
        public Target(int start) {
            if (start < 0) throw new IllegalArgumentException("negative start " + start);
            total = start;
        }
        public int add(int x) { total += x; return total; }
        public static long twice(long v) { calls++; return v * 2; }
        public double half(double d) { return d / 2; }
        public String greet(String who) { return "hello " + who; }
        public void check(int i) throws Exception {
            if (i % 10 == 7) throw new Exception("checked " + i);
            if (i % 10 == 3) throw new IllegalStateException("unchecked " + i);
        }
        private String secret(int i) { return "secret " + i; }
        public Object echo(Object o) { return o; }
    }

    static void attempt(Method m, Object receiver, Object... args) {
        try {
            System.out.println("  ok " + m.invoke(receiver, args));
        } catch (InvocationTargetException e) {
            System.out.println("  InvocationTargetException cause " + e.getCause() + " message " + e.getMessage());
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            // the generated accessors put an exception's identity into the message
            if (msg != null && msg.indexOf('@') > 0) msg = msg.substring(0, msg.indexOf('@'));
            System.out.println("  IllegalArgumentException " + msg + " cause " + e.getCause());
        } catch (Exception e) {
            System.out.println("  " + e);
        }
    }

    public static void main(String[] args) throws Exception {
        Target t = new Target();
        Method add = Target.class.getMethod("add", int.class);
        Method twice = Target.class.getMethod("twice", long.class);
        Method half = Target.class.getMethod("half", double.class);
        Method greet = Greeter.class.getMethod("greet", String.class);
        Method check = Target.class.getMethod("check", int.class);
        Method secret = Target.class.getDeclaredMethod("secret", int.class);
        Method echo = Target.class.getMethod("echo", Object.class);
        secret.setAccessible(true);
        long sum = 0;
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sum += (Integer) add.invoke(t, i);
            sum += (Long) twice.invoke(null, i);
            sum += (long) (double) (Double) half.invoke(t, (double) i);
            Object widened = twice.invoke(null, (byte) i);
            sum += (Long) widened;
            String g = (String) greet.invoke(t, "n" + i);
            String s = (String) secret.invoke(t, i);
            echo.invoke(t, (Object) null);
            if (i % 13 == 0) log.append(g).append(',').append(s).append(';');
            try {
                check.invoke(t, i);
            } catch (InvocationTargetException e) {
                if (i > 30) log.append(e.getCause().getClass().getSimpleName()).append(':').append(e.getCause().getMessage()).append(';');
            }
        }
        System.out.println("sum " + sum + " total " + t.total + " calls " + Target.calls);
        System.out.println(log);
        System.out.println("errors after inflation");
        attempt(add, t, "string");
        attempt(add, t);
        attempt(add, t, 1, 2);
        attempt(add, null, 1);
        attempt(add, "not a target", 1);
        attempt(add, t, (Object) null);
        attempt(add, t, 3L);
        attempt(twice, null, 'c');
        attempt(twice, null, 1.5f);
        attempt(half, t, 2);
        attempt(greet, "not a greeter", "x");
        attempt(check, t, 17);
        attempt(check, t, 23);
        Constructor<Target> ctor = Target.class.getConstructor(int.class);
        int made = 0;
        for (int i = 0; i < 30; i++) {
            made += ctor.newInstance(i).total;
        }
        System.out.println("constructed " + made);
        try {
            ctor.newInstance(-5);
        } catch (InvocationTargetException e) {
            System.out.println("constructor InvocationTargetException " + e.getCause());
        }
        try {
            ctor.newInstance("x");
        } catch (IllegalArgumentException e) {
            System.out.println("constructor IllegalArgumentException " + e.getMessage());
        }
        try {
            ctor.newInstance();
        } catch (IllegalArgumentException e) {
            System.out.println("constructor IllegalArgumentException " + e.getMessage());
        }
        Field total = Target.class.getField("total");
        Field calls = Target.class.getField("calls");
        for (int i = 0; i < 40; i++) {
            total.setInt(t, total.getInt(t) + 1);
            calls.set(null, (Long) calls.get(null) + 1);
        }
        System.out.println("fields " + total.get(t) + " " + calls.getLong(null));
        try {
            total.set(t, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("field IllegalArgumentException " + e.getMessage());
        }
        try {
            total.getInt("not a target");
        } catch (IllegalArgumentException e) {
            System.out.println("field IllegalArgumentException " + e.getMessage());
        }
    }
}

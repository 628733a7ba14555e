import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;

/** Runs every static no-argument method whose name starts with "t" of a class, in name order,
 *  on HotSpot, and prints its result in the form the Rust tests produce from Cortado. */
public class Expect {
    public static void main(String[] args) throws Exception {
        for (String name : args) {
            Class<?> c = Class.forName(name, false, Expect.class.getClassLoader());
            Method[] ms = c.getDeclaredMethods();
            Arrays.sort(ms, Comparator.comparing(Method::getName));
            for (Method m : ms) {
                if (!Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || !m.getName().startsWith("t")) {
                    continue;
                }
                m.setAccessible(true);
                String r;
                try {
                    r = format(m.getReturnType(), m.invoke(null));
                } catch (InvocationTargetException e) {
                    r = "throws " + describe(e.getCause());
                } catch (Throwable e) {
                    r = "throws " + describe(e);
                }
                System.out.println(name + "." + m.getName() + " = " + r);
            }
        }
    }

    static String describe(Throwable t) {
        String s = t.getClass().getName() + ": " + t.getMessage();
        if (t.getCause() != null && t.getCause() != t) {
            s += " / cause " + describe(t.getCause());
        }
        return s;
    }

    static String format(Class<?> t, Object v) {
        if (t == void.class) return "void";
        if (t == float.class) return "F" + Integer.toHexString(Float.floatToRawIntBits((Float) v));
        if (t == double.class) return "D" + Long.toHexString(Double.doubleToRawLongBits((Double) v));
        if (t == char.class) return "C" + (int) (Character) v;
        if (t == boolean.class) return ((Boolean) v) ? "1" : "0";
        return String.valueOf(v);
    }
}

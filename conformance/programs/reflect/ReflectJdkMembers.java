import java.lang.reflect.*;
import java.util.*;
public class ReflectJdkMembers {
    public static void main(String[] a) throws Exception {
        for (Class<?> c : new Class<?>[] {String.class, Class.class, Thread.class, HashMap.class, Integer.class, Object.class, Runnable.class, int[].class, Throwable.class}) {
            List<String> f = new ArrayList<>(); for (Field x : c.getDeclaredFields()) f.add(x.getName() + ":" + x.getModifiers());
            List<String> m = new ArrayList<>(); for (Method x : c.getDeclaredMethods()) m.add(x.getName() + ":" + x.getModifiers() + ":" + x.getParameterCount());
            List<String> k = new ArrayList<>(); for (Constructor<?> x : c.getDeclaredConstructors()) k.add(x.getModifiers() + ":" + x.getParameterCount());
            Collections.sort(f); Collections.sort(m); Collections.sort(k);
            System.out.println(c.getName() + " " + f.size() + " " + m.size() + " " + k.size() + " " + c.getFields().length + " " + c.getConstructors().length);
            System.out.println(f.hashCode() + " " + m.hashCode() + " " + k.hashCode());
        }
    }
}

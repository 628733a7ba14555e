import java.lang.reflect.*;
import java.util.*;
public class ReflectAccess {
    public static class Pt { public final int x, y; public Pt(int x, int y) { this.x = x; this.y = y; } public String toString() { return "Pt(" + x + "," + y + ")"; } }
    public static void main(String[] a) throws Exception {
        Pt p = Pt.class.getConstructor(int.class, int.class).newInstance(1, 2);
        System.out.println(p);
        Field fx = Pt.class.getField("x");
        try { fx.set(p, 5); } catch (IllegalAccessException e) { System.out.println(e.getMessage()); }
        fx.setAccessible(true);
        fx.set(p, 5);
        System.out.println(p);
        Object o = Pt.class.getDeclaredConstructors()[0].newInstance(3, 4);
        System.out.println(o);
        System.out.println(ArrayList.class.getConstructor().newInstance());
        List<String> l = new ArrayList<>();
        List.class.getMethod("add", Object.class).invoke(l, "v");
        System.out.println(l + " " + Collection.class.getMethod("size").invoke(l));
        System.out.println(String.class.getMethod("length").invoke("hello"));
    }
}

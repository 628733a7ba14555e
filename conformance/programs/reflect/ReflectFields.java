import java.lang.reflect.*;
public class ReflectFields {
    static class Lazy { static { System.out.println("Lazy init"); } static int v = 5; static final String C = "const"; }
    static class Holder { boolean z; byte b; char c; short s; int i; long j; float f; double d; Object o; static boolean sz; static char sc; static float sf; static Object so; }
    public static void main(String[] a) throws Exception {
        Field lv = Lazy.class.getDeclaredField("v");
        System.out.println("got field");
        System.out.println(lv.get(null));
        Holder h = new Holder();
        for (Field f : Holder.class.getDeclaredFields()) {
            Object target = Modifier.isStatic(f.getModifiers()) ? null : h;
            Class<?> t = f.getType();
            if (t == boolean.class) f.setBoolean(target, true);
            else if (t == char.class) f.setChar(target, 'x');
            else if (t == Object.class) f.set(target, "obj");
            else if (t == byte.class) f.setByte(target, (byte) -7);
            else if (t == float.class) f.setFloat(target, 2.25f);
            else f.set(target, (byte) 9);
            System.out.println(f.getName() + " = " + f.get(target));
        }
        System.out.println(h.z + " " + h.b + " " + h.c + " " + h.s + " " + h.i + " " + h.j + " " + h.f + " " + h.d + " " + h.o + " " + Holder.sz + " " + Holder.sc + " " + Holder.sf + " " + Holder.so);
        try { Holder.class.getDeclaredField("c").set(h, 5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Holder.class.getDeclaredField("i").set(new Object(), 5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Holder.class.getDeclaredField("z").getInt(h); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}

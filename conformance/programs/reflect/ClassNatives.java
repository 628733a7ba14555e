// Class metadata natives without lambdas: simple binary names, enclosing methods and
// constructors, declaring classes, declared (member) classes, nest hosts and members,
// records and their components, interfaces, enums, bridges,
// modifiers of nested classes, anonymous classes in static and instance initialisers.
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;

public class ClassNatives {
    class Inner { class Deeper {} }
    static class Nested implements Runnable, Comparable<Nested> {
        public void run() {}
        public int compareTo(Nested o) { return 0; }
    }
    private interface Hidden {}
    protected static abstract class Prot {}
    sealed interface Shape permits Circle, Square, Shape.Tri {
        final class Tri implements Shape {}
    }
    static final class Circle implements Shape {}
    static non-sealed class Square implements Shape {}
    record Pair<A>(A left, int right) implements Comparable<Pair<A>> {
        public int compareTo(Pair<A> o) { return 0; }
    }
    enum Color { RED, GREEN { public String toString() { return "g"; } } }

    static Object fromStatic = new Object() {};
    Object fromInstance = new Object() {};
    static Class<?> localInConstructor;

    ClassNatives() {
        class InConstructor {}
        localInConstructor = InConstructor.class;
    }

    static String name(Class<?> c) { return c == null ? "null" : c.getName(); }

    static final Comparator<Class<?>> BY_NAME = new Comparator<Class<?>>() {
        public int compare(Class<?> a, Class<?> b) { return a.getName().compareTo(b.getName()); }
    };

    static String names(Class<?>[] cs) {
        if (cs == null) return "null";
        Class<?>[] copy = cs.clone();
        Arrays.sort(copy, BY_NAME);
        StringBuilder sb = new StringBuilder("[");
        for (Class<?> c : copy) sb.append(sb.length() > 1 ? ", " : "").append(c.getName());
        return sb.append("]").toString();
    }

    static void describe(Class<?> c) {
        Method em = c.getEnclosingMethod();
        Constructor<?> ec = c.getEnclosingConstructor();
        System.out.println(c.getName() + " simple[" + c.getSimpleName() + "] canonical " + c.getCanonicalName() + " type " + c.getTypeName()
                + " anonymous " + c.isAnonymousClass() + " local " + c.isLocalClass() + " member " + c.isMemberClass()
                + " enclosing " + name(c.getEnclosingClass()) + " declaring " + name(c.getDeclaringClass())
                + " method " + (em == null ? "null" : em.getName()) + " constructor " + (ec == null ? "null" : ec.getName())
                + " modifiers " + java.lang.reflect.Modifier.toString(c.getModifiers()) + " nest host " + name(c.getNestHost()));
    }

    public static void main(String[] args) throws Exception {
        class Local {}
        Object anon = new Runnable() { public void run() {} };
        Runnable[] holder = new Runnable[1];
        new ClassNatives();
        Class<?>[] classes = {ClassNatives.class, Inner.class, Inner.Deeper.class, Nested.class, Hidden.class, Prot.class, Local.class, anon.getClass(),
            fromStatic.getClass(), new ClassNatives().fromInstance.getClass(), localInConstructor, int[].class, Nested[][].class, Shape.class, Shape.Tri.class,
            Pair.class, Color.class, Color.GREEN.getClass(), int.class, String.class, Thread.State.class, java.util.Map.Entry.class};
        for (Class<?> c : classes) describe(c);
        System.out.println("declared classes " + names(ClassNatives.class.getDeclaredClasses()));
        System.out.println("public classes " + names(ClassNatives.class.getClasses()));
        System.out.println("declared of Local " + names(Local.class.getDeclaredClasses()) + " of int[] " + names(int[].class.getDeclaredClasses()) + " of int " + names(int.class.getDeclaredClasses()));
        System.out.println("nest members " + names(ClassNatives.class.getNestMembers()));
        System.out.println("nest members of Inner " + names(Inner.class.getNestMembers()) + " of String " + names(String.class.getNestMembers()));
        System.out.println("nestmates " + Inner.class.isNestmateOf(Nested.class) + " " + Inner.class.isNestmateOf(String.class) + " " + int.class.isNestmateOf(int.class));
        System.out.println("interfaces " + names(Nested.class.getInterfaces()) + " " + names(Pair.class.getInterfaces()) + " " + names(int[].class.getInterfaces()) + " " + names(int.class.getInterfaces()));
        System.out.println("record " + Pair.class.isRecord() + " " + Nested.class.isRecord() + " " + Record.class.isRecord() + " " + int.class.isRecord());
        for (RecordComponent rc : Pair.class.getRecordComponents()) System.out.println("  component " + rc.getName() + " " + rc.getType().getName() + " generic " + rc.getGenericType() + " signature " + rc.getGenericSignature() + " accessor " + rc.getAccessor().getName() + " declared by " + rc.getDeclaringRecord().getSimpleName());
        System.out.println("components of Nested " + Nested.class.getRecordComponents());
        System.out.println("enum " + Color.class.isEnum() + " " + Color.GREEN.getClass().isEnum() + " constants " + Arrays.toString(Color.class.getEnumConstants()));
        int bridges = 0;
        for (Method m : Nested.class.getDeclaredMethods()) if (m.isBridge()) bridges++;
        System.out.println("bridges " + bridges);
        System.out.println("package " + ClassNatives.class.getPackageName() + "|" + String.class.getPackageName() + "|" + int[].class.getPackageName());
        System.out.println("array " + int[][].class.getComponentType().getName() + " " + String[].class.arrayType().getName() + " " + String.class.componentType());
    }
}

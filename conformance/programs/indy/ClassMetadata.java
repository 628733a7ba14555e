// waits: #4 reflection natives (getSimpleName, enclosing/declaring classes, nest, sealed, record)
// Class metadata read through reflection natives: simple and canonical names of nested, local,
// anonymous and array classes; enclosing and declaring classes; nest hosts and members;
// permitted subclasses; record components; bridge methods.
import java.util.Arrays;

public class ClassMetadata {
    class Inner {}
    static class Nested {}
    sealed interface Shape permits Circle, Square {}
    static final class Circle implements Shape {}
    static final class Square implements Shape {}
    record Pair(int left, String right) {}

    interface Source<T> { T get(); }
    static class StringSource implements Source<String> {
        public String get() { return "s"; }
    }

    static String describe(Class<?> c) {
        return c.getName() + " simple[" + c.getSimpleName() + "] canonical " + c.getCanonicalName() + " anonymous " + c.isAnonymousClass() + " local " + c.isLocalClass()
                + " member " + c.isMemberClass() + " enclosing " + (c.getEnclosingClass() == null ? null : c.getEnclosingClass().getName())
                + " declaring " + (c.getDeclaringClass() == null ? null : c.getDeclaringClass().getName());
    }

    public static void main(String[] args) {
        class Local {}
        Object anon = new Object() {};
        Class<?>[] classes = {ClassMetadata.class, Inner.class, Nested.class, Local.class, anon.getClass(), int[].class, Nested[][].class, Shape.class, Pair.class};
        for (Class<?> c : classes) System.out.println(describe(c));
        System.out.println("nest host " + Inner.class.getNestHost().getName() + " mate " + Inner.class.isNestmateOf(Nested.class) + " members " + ClassMetadata.class.getNestMembers().length);
        System.out.println("sealed " + Shape.class.isSealed() + " " + Circle.class.isSealed());
        String[] permitted = Arrays.stream(Shape.class.getPermittedSubclasses()).map(Class::getSimpleName).sorted().toArray(String[]::new);
        System.out.println("permitted " + Arrays.toString(permitted));
        System.out.println("record " + Pair.class.isRecord() + " components " + Arrays.toString(Arrays.stream(Pair.class.getRecordComponents()).map(rc -> rc.getName()).toArray()));
        long bridges = Arrays.stream(StringSource.class.getDeclaredMethods()).filter(m -> m.isBridge()).count();
        System.out.println("bridges " + bridges + " enclosing method of Local " + Local.class.getEnclosingMethod().getName());
    }
}

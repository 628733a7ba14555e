// waits: #3 the launcher boots the module system (initPhase3): Class.forName needs the application class loader
// javac: -parameters
// Reflection on generic types: type parameters with bounds, parameterized superclasses and
// interfaces, wildcards, generic arrays, generic methods, fields and constructors, Field.toGenericString;
// method parameters (names and modifiers from MethodParameters) and their parameterized types.
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

public class ReflectGenerics {
    interface Shape<S extends Number> {}

    static abstract class Box<T extends Comparable<? super T> & Serializable, U> extends ArrayList<Map<String, T>> implements Shape<Integer>, Comparator<U> {
        T item;
        List<? extends U>[] lists;
        Map<? super T, List<U>> map;
        int plain;

        Box(T item, final List<U> rest) {}

        abstract <R extends Runnable> R run(Class<R> kind, T[] items, List<?> any) throws IllegalStateException;

        static <E extends Exception> void fail(E e) throws E { throw e; }
    }

    static class Plain {
        void noGenerics(int a, String b) {}
    }

    static String describe(Type t) {
        if (t instanceof Class) return ((Class<?>) t).getName();
        if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) t;
            StringBuilder sb = new StringBuilder("P(" + describe(p.getRawType()) + " owner " + (p.getOwnerType() == null ? "none" : describe(p.getOwnerType())) + " args");
            for (Type a : p.getActualTypeArguments()) sb.append(' ').append(describe(a));
            return sb.append(')').toString();
        }
        if (t instanceof WildcardType) {
            WildcardType w = (WildcardType) t;
            return "W(upper " + describeAll(w.getUpperBounds()) + " lower " + describeAll(w.getLowerBounds()) + ")";
        }
        if (t instanceof GenericArrayType) return "A(" + describe(((GenericArrayType) t).getGenericComponentType()) + ")";
        if (t instanceof TypeVariable) {
            TypeVariable<?> v = (TypeVariable<?>) t;
            return "V(" + v.getName() + ")";
        }
        return "?" + t;
    }

    static String describeAll(Type[] ts) {
        StringBuilder sb = new StringBuilder("[");
        for (Type t : ts) sb.append(sb.length() > 1 ? ", " : "").append(describe(t));
        return sb.append(']').toString();
    }

    static void typeParameters(TypeVariable<?>[] vars) {
        for (TypeVariable<?> v : vars) System.out.println("  type parameter " + v.getName() + " bounds " + describeAll(v.getBounds()) + " declared by " + (v.getGenericDeclaration() instanceof Class ? v.getGenericDeclaration() : ((Method) v.getGenericDeclaration()).getName()));
    }

    public static void main(String[] args) throws Exception {
        Class<?> box = Box.class;
        System.out.println(box.getName() + " " + java.lang.reflect.Modifier.toString(box.getModifiers()));
        typeParameters(box.getTypeParameters());
        System.out.println("superclass " + describe(box.getGenericSuperclass()));
        System.out.println("interfaces " + describeAll(box.getGenericInterfaces()));
        Field[] fields = box.getDeclaredFields();
        Arrays.sort(fields, new Comparator<Field>() { public int compare(Field a, Field b) { return a.getName().compareTo(b.getName()); } });
        for (Field f : fields) System.out.println("field " + f.getName() + " " + describe(f.getGenericType()) + " | " + f.toGenericString());
        Method run = null;
        for (Method m : box.getDeclaredMethods()) if (m.getName().equals("run")) run = m;
        System.out.println("method " + run.getName());
        typeParameters(run.getTypeParameters());
        System.out.println("return " + describe(run.getGenericReturnType()) + " params " + describeAll(run.getGenericParameterTypes()) + " throws " + describeAll(run.getGenericExceptionTypes()));
        for (Parameter p : run.getParameters()) System.out.println("  parameter " + p + " named " + p.isNamePresent() + " type " + describe(p.getParameterizedType()) + " implicit " + p.isImplicit() + " synthetic " + p.isSynthetic());
        Method fail = box.getDeclaredMethod("fail", Exception.class);
        System.out.println(fail.getName() + " throws " + describeAll(fail.getGenericExceptionTypes()));
        Constructor<?> c = box.getDeclaredConstructors()[0];
        System.out.println(c.getName() + " " + describeAll(c.getGenericParameterTypes()));
        for (Parameter p : c.getParameters()) System.out.println("  parameter " + p + " final " + java.lang.reflect.Modifier.isFinal(p.getModifiers()) + " type " + describe(p.getParameterizedType()));
        Method plain = Plain.class.getDeclaredMethod("noGenerics", int.class, String.class);
        System.out.println(plain.getName() + " " + Arrays.toString(plain.getParameters()) + " " + describeAll(plain.getGenericParameterTypes()));
        Constructor<?> inner = Plain.class.getDeclaredConstructor();
        System.out.println("implicit constructor " + inner.getName() + " " + inner.getParameterCount());
        System.out.println("shape " + describeAll(Shape.class.getTypeParameters()));
        System.out.println("list " + describeAll(List.class.getTypeParameters()) + " map " + describeAll(Map.class.getTypeParameters()) + " entry " + describeAll(Map.Entry.class.getTypeParameters()));
        System.out.println("string " + describeAll(String.class.getGenericInterfaces()) + " enum " + describe(Thread.State.class.getGenericSuperclass()));
    }
}

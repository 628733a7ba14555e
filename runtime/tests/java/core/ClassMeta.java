/** Class metadata through java.lang.Class's own code over the VM's natives. The pending*
 *  methods (not run by the harness) need the boot of java.base: getEnclosingMethod needs the
 *  reflection natives (getDeclaredMethods0), and isSealed needs SharedSecrets' JavaLangAccess
 *  from System.initPhase1. */
public class ClassMeta {
    interface Shape { }
    static class Box implements Shape, Cloneable { class Inner { } }
    record Point(int x, int y) { }
    sealed interface Animal permits Dog, Cat { }
    static final class Dog implements Animal { }
    static non-sealed class Cat implements Animal { }
    static String names(Class<?>[] cs) { StringBuilder sb = new StringBuilder(); for (Class<?> c : cs) sb.append(c.getName()).append(','); return sb.toString(); }

    static String tInterfaces() { return names(Box.class.getInterfaces()) + names(int[].class.getInterfaces()) + names(int.class.getInterfaces()); }
    static String tDeclaring() { return Box.Inner.class.getDeclaringClass().getName() + " " + ClassMeta.class.getDeclaringClass() + " " + Box.Inner.class.getEnclosingClass().getName(); }
    static String tSimpleNames() { Object anon = new Object() { }; class Local { } return Box.Inner.class.getSimpleName() + "|" + anon.getClass().getSimpleName() + "|" + Local.class.getSimpleName() + "|" + int[][].class.getSimpleName() + "|" + ClassMeta.class.getSimpleName(); }
    static String pendingKinds() { Object anon = new Object() { }; class Local { } return anon.getClass().isAnonymousClass() + " " + Local.class.isLocalClass() + " " + Box.class.isMemberClass() + " " + ClassMeta.class.isMemberClass() + " " + anon.getClass().getEnclosingMethod().getName(); }
    static String tRecord() { return Point.class.isRecord() + " " + Box.class.isRecord() + " " + Point.class.getSuperclass().getName(); }
    static String tNest() { return Box.Inner.class.getNestHost().getName() + " " + Box.Inner.class.isNestmateOf(Point.class) + " " + names(ClassMeta.class.getNestMembers()).length(); }
    static String pendingSealed() { return Animal.class.isSealed() + " " + names(Animal.class.getPermittedSubclasses()) + " " + Cat.class.isSealed(); }
    static String tModifiers() { return Integer.toHexString(Box.class.getModifiers()) + " " + Integer.toHexString(Shape.class.getModifiers()) + " " + Integer.toHexString(Dog.class.getModifiers()) + " " + Integer.toHexString(int.class.getModifiers()) + " " + Integer.toHexString(String[].class.getModifiers()); }
    static String tDeclaredClasses() { Class<?>[] cs = ClassMeta.class.getDeclaredClasses(); String[] n = new String[cs.length]; for (int i = 0; i < cs.length; i++) n[i] = cs[i].getName(); for (int i = 1; i < n.length; i++) for (int j = i; j > 0 && n[j].compareTo(n[j - 1]) < 0; j--) { String t = n[j]; n[j] = n[j - 1]; n[j - 1] = t; } return String.join(",", n); }
    static String tPrimitive() { return int.class.getName() + " " + int.class.isPrimitive() + " " + void.class.getName() + " " + Integer.TYPE.getName() + " " + double[].class.getComponentType().getName(); }
    static String tAssignable() { return Shape.class.isAssignableFrom(Box.class) + " " + Object.class.isAssignableFrom(int[].class) + " " + int.class.isAssignableFrom(int.class) + " " + Shape.class.isInstance(new Box()) + " " + Cloneable.class.isInstance(new int[0]); }
    static String tCanonical() { return Box.Inner.class.getCanonicalName() + " " + int[].class.getCanonicalName() + " " + Box.class.getTypeName(); }
}

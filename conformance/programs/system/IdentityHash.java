// identityHashCode is stable and equals Object.hashCode for objects that do not override it
// (values are never printed).
public class IdentityHash {
    public static void main(String[] args) {
        Object o = new Object();
        int h1 = o.hashCode();
        int h2 = System.identityHashCode(o);
        System.out.println("hashCode == identityHashCode: " + (h1 == h2));
        for (int i = 0; i < 1000; i++) new Object();
        System.out.println("stable: " + (o.hashCode() == h1));
        String s = "text";
        System.out.println("String overrides: " + (s.hashCode() == "text".hashCode()) + " " + s.hashCode());
        System.out.println("null identity hash: " + System.identityHashCode(null));
        int distinct = 0;
        Object[] objs = new Object[100];
        for (int i = 0; i < objs.length; i++) objs[i] = new Object();
        java.util.HashSet<Integer> hashes = new java.util.HashSet<Integer>();
        for (Object x : objs) hashes.add(System.identityHashCode(x));
        System.out.println("mostly distinct: " + (hashes.size() > 90));
        String str = o.toString();
        System.out.println("toString shape: " + str.startsWith("java.lang.Object@") + " " + str.substring(17).equals(Integer.toHexString(h1)));
    }
}

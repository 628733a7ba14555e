// instanceof with type patterns (JDK 16): scoping with && and !, negated early return, generic
// types, null never matching.
import java.util.ArrayList;
import java.util.List;

public class InstanceofPatterns {
    static String describe(Object o) {
        if (o instanceof Integer i && i > 10) return "big int " + (i + 1);
        if (o instanceof Integer i) return "int " + i;
        if (o instanceof String s && !s.isEmpty()) return "string of " + s.length() + " starting " + s.charAt(0);
        if (o instanceof String) return "empty string";
        if (o instanceof int[] arr) return "int array " + arr.length;
        if (o instanceof List<?> list) return "list " + list.size();
        if (!(o instanceof CharSequence cs)) return "other " + (o == null ? "null" : o.getClass().getName());
        return "char sequence " + cs.length();
    }

    public static void main(String[] args) {
        List<String> l = new ArrayList<String>();
        l.add("x");
        Object[] probes = {5, 50, "hello", "", new int[3], l, new StringBuilder("sb"), 2.5, null};
        for (Object o : probes) System.out.println(describe(o));
        Object n = 42L;
        if (n instanceof Long value && value % 2 == 0) {
            System.out.println("even long " + value);
        }
        Number num = 3.5f;
        System.out.println(num instanceof Float f ? "float " + (f * 2) : "not float");
    }
}

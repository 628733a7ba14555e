// Autoboxing caches: Integer/Short/Byte/Character/Long/Boolean valueOf identity, unboxing null.
public class BoxingCaches {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128, e = -128, f = -128, g = -129, h = -129;
        System.out.println("Integer 127 same: " + (a == b));
        System.out.println("Integer 128 same: " + (c == d));
        System.out.println("Integer -128 same: " + (e == f));
        System.out.println("Integer -129 same: " + (g == h));
        System.out.println("Integer 128 equals: " + c.equals(d));
        System.out.println("valueOf(100) same: " + (Integer.valueOf(100) == Integer.valueOf(100)));
        System.out.println("new-style valueOf(1000) same: " + (Integer.valueOf(1000) == Integer.valueOf(1000)));
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println("Long 127 same: " + (l1 == l2) + ", 128 same: " + (l3 == l4));
        Short s1 = 127, s2 = 127;
        System.out.println("Short 127 same: " + (s1 == s2));
        Byte b1 = -1, b2 = -1;
        System.out.println("Byte same: " + (b1 == b2));
        Character c1 = 127, c2 = 127, c3 = 128, c4 = 128;
        System.out.println("Character 127 same: " + (c1 == c2) + ", 128 same: " + (c3 == c4));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Boolean same: " + (t1 == t2) + " parse: " + Boolean.parseBoolean("yes"));
        Double d1 = 1.0, d2 = 1.0;
        System.out.println("Double equals: " + d1.equals(d2));
        Integer n = null;
        try {
            int x = n;
            System.out.println(x);
        } catch (NullPointerException ex) {
            System.out.println("unboxing null: NullPointerException");
        }
        Object o = 'x';
        System.out.println("boxed char class: " + o.getClass().getName());
        Object p = 1 + 2L;
        System.out.println("boxed sum class: " + p.getClass().getName());
        int sum = 0;
        java.util.List<Integer> list = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 5; i++) list.add(i * 100);
        for (Integer i : list) sum += i;
        System.out.println("sum " + sum + " list " + list);
        System.out.println("compare " + Integer.valueOf(5).compareTo(7) + " " + Character.valueOf('b').compareTo('a'));
    }
}

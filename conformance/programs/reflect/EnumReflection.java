import java.util.*;

public class EnumReflection {
    enum Color { RED, GREEN, BLUE }
    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        TIMES { int apply(int a, int b) { return a * b; } };
        abstract int apply(int a, int b);
    }

    public static void main(String[] args) {
        System.out.println(Color.valueOf("GREEN") + " " + Enum.valueOf(Color.class, "BLUE").ordinal());
        System.out.println(Op.valueOf("TIMES").apply(6, 7) + " " + Enum.valueOf(Op.class, "PLUS").apply(2, 3));
        try { Color.valueOf("PINK"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        EnumMap<Color, Integer> map = new EnumMap<>(Color.class);
        map.put(Color.BLUE, 1);
        map.put(Color.RED, 2);
        System.out.println(map + " " + map.containsKey(Color.GREEN));
        EnumSet<Color> all = EnumSet.allOf(Color.class);
        System.out.println(all + " " + EnumSet.complementOf(EnumSet.of(Color.GREEN)) + " " + EnumSet.noneOf(Op.class));
        EnumMap<Op, String> ops = new EnumMap<>(Op.class);
        ops.put(Op.TIMES, "x");
        System.out.println(ops);
        System.out.println(Arrays.toString(Color.class.getEnumConstants()) + " " + Op.PLUS.getDeclaringClass().getSimpleName());
    }
}

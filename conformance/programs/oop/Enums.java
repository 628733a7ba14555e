// Enums: values/valueOf/ordinal/name/compareTo, constant-specific bodies, fields and constructors,
// EnumMap, EnumSet, valueOf errors, getDeclaringClass, switch in methods.
import java.util.EnumMap;
import java.util.EnumSet;

public class Enums {
    enum Op {
        PLUS("+") {
            int apply(int a, int b) { return a + b; }
        },
        MINUS("-") {
            int apply(int a, int b) { return a - b; }
        },
        TIMES("*") {
            int apply(int a, int b) { return a * b; }
        };

        final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        abstract int apply(int a, int b);
    }

    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN;
        boolean weekend() { return this == SAT || this == SUN; }
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " " + op.ordinal() + " " + op.symbol + " " + op.apply(6, 3) + " class " + op.getClass().getName() + " declaring " + op.getDeclaringClass().getName());
        }
        System.out.println(Op.valueOf("MINUS").apply(1, 2) + " " + Enum.valueOf(Day.class, "FRI") + " " + Day.MON.compareTo(Day.SUN) + " " + Day.WED.equals(Day.WED));
        try {
            Day.valueOf("FUNDAY");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Day.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null): " + e.getMessage());
        }
        EnumMap<Day, Integer> hours = new EnumMap<Day, Integer>(Day.class);
        hours.put(Day.FRI, 6);
        hours.put(Day.MON, 8);
        hours.put(Day.SUN, 0);
        System.out.println(hours + " " + hours.containsKey(Day.TUE));
        EnumSet<Day> weekend = EnumSet.noneOf(Day.class);
        for (Day d : Day.values()) if (d.weekend()) weekend.add(d);
        System.out.println(weekend + " " + EnumSet.complementOf(weekend) + " " + EnumSet.range(Day.TUE, Day.THU) + " " + EnumSet.allOf(Day.class).size() + " " + EnumSet.of(Day.SUN, Day.MON));
        Day[] copy = Day.values();
        copy[0] = null;
        System.out.println("values() is a copy: " + Day.values()[0]);
        System.out.println(Day.class.isEnum() + " " + Op.PLUS.getClass().isEnum() + " " + Day.class.getEnumConstants().length + " " + Day.TUE.toString());
    }
}

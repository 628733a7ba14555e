// Enums: values/ordinal/name/compareTo, constant-specific bodies, fields and constructors,
// getDeclaringClass (valueOf, EnumMap and EnumSet reach the constants through reflection: see
// EnumCollections).

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
        static Day valueOfOrdinal(int i) { return values()[i]; }
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " " + op.ordinal() + " " + op.symbol + " " + op.apply(6, 3) + " class " + op.getClass().getName() + " declaring " + op.getDeclaringClass().getName());
        }
        System.out.println(Day.MON.compareTo(Day.SUN) + " " + Day.WED.equals(Day.WED) + " " + Day.valueOfOrdinal(4));
        Day[] copy = Day.values();
        copy[0] = null;
        System.out.println("values() is a copy: " + Day.values()[0]);
        System.out.println(Day.class.isEnum() + " " + Op.PLUS.getClass().isEnum() + " " + Day.TUE.toString());
    }
}

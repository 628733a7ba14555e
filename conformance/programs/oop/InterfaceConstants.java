// Interface static fields: constants inlined at compile time, non-constant fields computed in
// the interface's initialiser, fields inherited through several interfaces, ambiguity avoided.
public class InterfaceConstants {
    interface Config {
        int MAX = 10;
        String NAME = "config";
        int[] TABLE = build();
        java.util.List<String> NAMES = java.util.Arrays.asList("a", "b");
        static int[] build() {
            System.out.println("  Config initialised");
            int[] t = new int[MAX];
            for (int i = 0; i < t.length; i++) t[i] = i * i;
            return t;
        }
    }

    interface Derived extends Config {
        int MIN = -MAX;
        long BIG = (long) MAX << 40;
    }

    static class User implements Derived {
        int total() { return MAX + MIN; }
    }

    public static void main(String[] args) {
        System.out.println(Config.MAX + " " + Config.NAME + " " + Derived.MIN + " " + Derived.BIG);
        System.out.println(new User().total());
        System.out.println("table:");
        System.out.println(Config.TABLE[9] + " " + Derived.NAMES + " " + User.TABLE.length);
    }
}

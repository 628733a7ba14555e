// Overload resolution: widening before boxing before varargs, char to int, null to the most
// specific type, inheritance-based selection.
public class Overloading {
    static String f(byte b) { return "byte"; }
    static String f(short s) { return "short"; }
    static String f(int i) { return "int"; }
    static String f(long l) { return "long"; }
    static String f(float x) { return "float"; }
    static String f(double d) { return "double"; }
    static String f(Object o) { return "Object"; }

    static String g(long l) { return "long"; }
    static String g(Integer i) { return "Integer"; }

    static String h(Object o) { return "Object"; }
    static String h(String s) { return "String"; }

    static String k(CharSequence c) { return "CharSequence"; }
    static String k(Object o) { return "Object"; }

    static String m(double d) { return "double"; }
    static String m(Character c) { return "Character"; }

    public static void main(String[] args) {
        byte b = 1;
        short s = 1;
        char c = 'c';
        System.out.println(f(b) + " " + f(s) + " " + f(c) + " " + f(1) + " " + f(1L) + " " + f(1f) + " " + f(1.0) + " " + f("s") + " " + f(Integer.valueOf(1)) + " " + f(true));
        System.out.println(g(5) + " " + g(Integer.valueOf(5)));
        System.out.println(h(null) + " " + h("x") + " " + h((Object) "x"));
        System.out.println(k("s") + " " + k(new StringBuilder()) + " " + k(1));
        System.out.println(m('x') + " " + m(Character.valueOf('x')));
    }
}

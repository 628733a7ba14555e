// String identity: literals are interned, constant expressions fold, new String and runtime
// concatenation do not, intern() returns the canonical instance.
public class StringIntern {
    static final String CONST = "hel";
    static String nonConst = "hel";

    public static void main(String[] args) {
        String a = "hello";
        String b = "hello";
        String c = new String("hello");
        String d = CONST + "lo";
        String e = nonConst + "lo";
        System.out.println("literal == literal: " + (a == b));
        System.out.println("new String == literal: " + (a == c));
        System.out.println("constant fold == literal: " + (a == d));
        System.out.println("runtime concat == literal: " + (a == e));
        System.out.println("runtime concat intern == literal: " + (a == e.intern()));
        System.out.println("new String intern == literal: " + (c.intern() == a));
        System.out.println("equals: " + a.equals(c) + " " + a.equals(e));
        String fresh = new StringBuilder("never").append("SeenBefore").toString();
        String interned = fresh.intern();
        System.out.println("first intern returns same instance: " + (fresh == interned) + " literal same: " + (interned == "neverSeenBefore"));
        String empty1 = "";
        String empty2 = new String();
        System.out.println("empty intern: " + (empty1 == empty2.intern()) + " " + (empty1 == empty2));
        System.out.println("valueOf(char) literal: " + (String.valueOf('x') == "x"));
        String t = "t";
        System.out.println("toString returns this: " + (t.toString() == t) + " substring(0) same: " + (a.substring(0) == a));
        System.out.println("interned unicode: " + ("\u4e2d\u6587" == new String("\u4e2d\u6587").intern()));
    }
}

// javac-default-concat
// waits: #4 invokedynamic (string concatenation inside a switch-heavy program)
// Switch on strings and enums producing strings with + compiled to invokedynamic; the
// default javac concatenation strategy on a realistic program.
public class SwitchOnStringsIndy {
    enum Color { RED, GREEN, BLUE }

    static String describe(String s, Color c, int n) {
        String prefix;
        switch (s) {
            case "a": prefix = "letter a"; break;
            case "bb": prefix = "double b"; break;
            default: prefix = "other " + s;
        }
        switch (c) {
            case RED: return prefix + " in red x" + n;
            case GREEN: return prefix + " in green x" + n + '!';
            default: return prefix + " in " + c + " x" + (n * 1.5);
        }
    }

    public static void main(String[] args) {
        String[] ss = {"a", "bb", "ccc"};
        for (String s : ss) for (Color c : Color.values()) System.out.println(describe(s, c, s.length()));
    }
}

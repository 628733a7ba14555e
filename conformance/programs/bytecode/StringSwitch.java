// switch on strings: hash collisions ("Aa" and "BB"), case sensitivity, null.
public class StringSwitch {
    static int classify(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            case "": return 6;
            case "hello": return 7;
            case "\u00e9t\u00e9": return 8;
            default: return -1;
        }
    }

    public static void main(String[] args) {
        String[] probes = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "Hello", "\u00e9t\u00e9", "x"};
        for (String p : probes) {
            System.out.println("[" + p + "] hash " + p.hashCode() + " -> " + classify(p));
        }
        try {
            classify(null);
        } catch (NullPointerException e) {
            System.out.println("null -> NullPointerException");
        }
    }
}

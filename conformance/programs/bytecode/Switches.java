// tableswitch and lookupswitch: dense and sparse cases, extremes, default, fall-through.
public class Switches {
    static String dense(int i) {
        switch (i) {
            case -2: return "minus two";
            case -1: return "minus one";
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 5: return "five";
            default: return "other";
        }
    }

    static String sparse(int i) {
        switch (i) {
            case Integer.MIN_VALUE: return "min";
            case -1000000: return "-1e6";
            case 7: return "seven";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case Integer.MAX_VALUE: return "max";
            default: return "other";
        }
    }

    static int fallThrough(int i) {
        int r = 0;
        switch (i) {
            case 1: r += 1;
            case 2: r += 10;
            case 3: r += 100; break;
            case 4: r += 1000;
            default: r += 10000;
        }
        return r;
    }

    static String chars(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case '\u00e9': return "e-acute";
            case '\uffff': return "max char";
            default: return "consonant?";
        }
    }

    public static void main(String[] args) {
        int[] probes = {Integer.MIN_VALUE, -1000000, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 1000, 65536, Integer.MAX_VALUE};
        for (int p : probes) {
            System.out.println(p + ": " + dense(p) + " / " + sparse(p) + " / " + fallThrough(p));
        }
        for (char c : new char[] {'a', 'b', 'u', '\u00e9', '\uffff'}) {
            System.out.println((int) c + ": " + chars(c));
        }
        long l = 3L;
        switch ((int) l) {
            case 3: System.out.println("long narrowed to 3"); break;
            default: System.out.println("no");
        }
    }
}

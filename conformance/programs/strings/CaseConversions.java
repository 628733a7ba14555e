// Case conversion with special cases: German sharp s, ligatures, Greek final sigma, Turkish
// dotted and dotless i under Locale.ROOT and a Turkish locale, title case of digraphs.
import java.util.Locale;

public class CaseConversions {
    public static void main(String[] args) {
        Locale turkish = new Locale("tr", "TR");
        String[] words = {"stra\u00dfe", "\ufb01nal", "\u039f\u0394\u039f\u03a3", "\u03bf\u03b4\u03bf\u03c2", "Istanbul", "\u0130stanbul", "t\u0131tle", "\u01c6emal", "MiXeD 123"};
        for (String w : words) {
            String up = w.toUpperCase(Locale.ROOT);
            String low = w.toLowerCase(Locale.ROOT);
            String upTr = w.toUpperCase(turkish);
            String lowTr = w.toLowerCase(turkish);
            System.out.println(w + " | " + up + " " + up.length() + " | " + low + " " + low.length() + " | tr " + upTr + " " + lowTr);
        }
        System.out.println(Character.toTitleCase('\u01c6') + " " + Character.toUpperCase('\u01c6') + " " + "\u00df".equalsIgnoreCase("SS") + " " + "I".equalsIgnoreCase("\u0131"));
    }
}

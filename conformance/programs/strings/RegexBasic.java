// waits: #4 java.util.regex runs lambdas inside the class library
// java.util.regex: matching, groups, named groups, replaceAll with references, split, flags.
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegexBasic {
    public static void main(String[] args) {
        Pattern p = Pattern.compile("(\\w+)@(\\w+)\\.com");
        Matcher m = p.matcher("mail alice@example.com and bob@test.com now");
        while (m.find()) {
            System.out.println(m.group() + " user=" + m.group(1) + " host=" + m.group(2) + " at " + m.start() + "-" + m.end());
        }
        System.out.println("2024-01-15".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "abc".matches("a.c") + " " + "ABC".matches("(?i)abc"));
        Matcher named = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})").matcher("on 2023-07");
        if (named.find()) System.out.println(named.group("year") + "/" + named.group("month"));
        System.out.println("a1b22c333".replaceAll("\\d+", "#") + " " + "John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1") + " " + "aaa".replaceFirst("a", "b"));
        String[] parts = "one, two;three  four".split("[,; ]+");
        System.out.println(parts.length + " " + String.join("|", parts));
        System.out.println(Pattern.compile("^foo", Pattern.MULTILINE).matcher("bar\nfoo").find() + " " + Pattern.matches("a*b", "aaab"));
        System.out.println(Pattern.quote("a.b") + " " + "a.b".matches(Pattern.quote("a.b")) + " " + Matcher.quoteReplacement("$1\\"));
        Matcher greedy = Pattern.compile("<.+>").matcher("<a><b>");
        Matcher lazy = Pattern.compile("<.+?>").matcher("<a><b>");
        greedy.find();
        lazy.find();
        System.out.println(greedy.group() + " " + lazy.group());
        System.out.println("\u00e9t\u00e9".matches("\\p{L}+") + " " + "x y".split("\\s").length + " " + "tab\there".replaceAll("\\s", "_"));
        try {
            Pattern.compile("(unclosed");
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println(e.getMessage());
        }
        StringBuilder sb = new StringBuilder();
        Matcher up = Pattern.compile("[aeiou]").matcher("regular expressions");
        while (up.find()) up.appendReplacement(sb, up.group().toUpperCase());
        up.appendTail(sb);
        System.out.println(sb);
    }
}

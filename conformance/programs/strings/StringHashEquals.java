// String.hashCode values, equals/compareTo consistency, contentEquals, hash caching of "".
public class StringHashEquals {
    public static void main(String[] args) {
        String[] words = {"", "a", "ab", "Aa", "BB", "polygenelubricants", "\u00e9", "\u4e2d\u6587", "\ud83d\ude00", "The quick brown fox jumps over the lazy dog"};
        for (String w : words) {
            System.out.println("[" + w + "] hash " + w.hashCode() + " length " + w.length());
        }
        for (String x : words) {
            StringBuilder row = new StringBuilder();
            for (String y : words) {
                int c = x.compareTo(y);
                row.append(c < 0 ? '<' : c == 0 ? '=' : '>');
                row.append(x.equals(y) ? 'E' : '.');
            }
            System.out.println(row);
        }
        System.out.println("Aa".hashCode() == "BB".hashCode());
        System.out.println("abc".equals(null) + " " + "abc".equals((Object) new StringBuilder("abc")) + " " + "abc".contentEquals("abc"));
        System.out.println(String.CASE_INSENSITIVE_ORDER.compare("ABC", "abd"));
    }
}

/** Strings through the JDK's own String, StringLatin1/StringUTF16 and StringBuilder code. */
public class Strings {
    static String tLiteral() { return "abc"; }
    static int tLength() { return "hello".length(); }
    static String tConcat() { return "foo".concat("bar"); }
    static boolean tEquals() { return "abc".equals(new String("abc")); }
    static boolean tIdentity() { return "abc" == "abc"; }
    static boolean tIntern() { return new String("xyz").intern() == "xyz"; }
    static int tHashCode() { return "hello world".hashCode(); }
    static int tHashUtf16() { return "h\u00e9llo \u4e16\u754c".hashCode(); }
    static String tUtf16() { return "\u4e16\u754c" + "!"; }
    static int tUtf16Length() { return "\ud83d\ude00x".length(); }
    static char tCharAt() { return "\u4e16\u754c".charAt(1); }
    static String tSubstring() { return "hello world".substring(6) + "|" + "abcdef".substring(1, 3); }
    static int tIndexOf() { return "hello world".indexOf('o') * 100 + "hello world".lastIndexOf("o") + "abc".indexOf("z") * 1000; }
    static String tUpper() { return "Hello World".toUpperCase(java.util.Locale.ROOT) + "MiXeD".toLowerCase(java.util.Locale.ROOT) + "straße".toUpperCase(); }
    static String tFormatNumbers() { return Integer.valueOf(1000).toString() + Long.valueOf(-5) + Double.toString(0.1 + 0.2) + Float.toString(1e10f) + Double.valueOf("1e-7"); }
    static String tTrim() { return "[" + "  padded \t".trim() + "]"; }
    static String tReplace() { return "a-b-c".replace('-', '+') + "aaa".replace("a", "bb"); }
    static int tCompare() { return "apple".compareTo("banana") + "b".compareTo("a") * 100; }
    static boolean tStartsEnds() { return "prefix-body".startsWith("prefix") && "x.java".endsWith(".java") && !"abc".isEmpty(); }
    static String tBuilder() { StringBuilder sb = new StringBuilder(); for (int i = 0; i < 20; i++) { sb.append(i).append(','); } sb.setLength(sb.length() - 1); return sb.reverse().toString(); }
    static String tBuilderTypes() { return new StringBuilder().append(true).append('c').append(3L).append(-7).append((Object) null).append("s").insert(0, "<").toString(); }
    static String tBuilderUtf16() { StringBuilder sb = new StringBuilder("ab"); sb.append('\u4e16'); sb.append("cd"); sb.deleteCharAt(0); return sb.toString() + sb.length(); }
    static String tConcatOps() { int i = 42; long l = -1; char c = 'x'; boolean b = false; String n = null; return "i=" + i + " l=" + l + " c=" + c + " b=" + b + " n=" + n; }
    static String tValueOf() { return String.valueOf(new char[] {'o', 'k'}) + String.valueOf(12) + String.valueOf(true); }
    static String tSplitJoin() { return String.join("|", "a", "b", "c"); }
    static boolean tEqualsIgnoreCase() { return "HeLLo".equalsIgnoreCase("hello"); }
    static String tRepeat() { return "ab".repeat(3); }
    static String tChars() { char[] cs = new char[3]; "xyz".getChars(0, 3, cs, 0); return new String(cs, 1, 2); }
    static int tCodePoint() { return "\ud83d\ude00".codePointAt(0); }
    static String tFromBytes() { return new String(new byte[] {104, 105}, java.nio.charset.StandardCharsets.ISO_8859_1); }
    static int tNullConcat() { String s = null; return s.length(); }
}

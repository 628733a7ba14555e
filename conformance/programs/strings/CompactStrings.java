// Latin-1 and UTF-16 strings (compact strings): lengths, code points, mixing, encoding to bytes.
import java.nio.charset.StandardCharsets;

public class CompactStrings {
    static void describe(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = s.getBytes(StandardCharsets.UTF_16BE);
        System.out.println(s + " length " + s.length() + " codePoints " + s.codePointCount(0, s.length()) + " utf8 " + utf8.length + " latin1 " + latin1.length
                + " utf16 " + utf16.length + " hash " + s.hashCode() + " upper " + s.toUpperCase() + " lower " + s.toLowerCase());
    }

    public static void main(String[] args) {
        String[] samples = {"plain ascii", "caf\u00e9 \u00fcber \u00ff", "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac", "\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8",
                "emoji \ud83d\ude00\ud83c\udf89", "\u0414\u043e\u0431\u0440\u044b\u0439 \u0434\u0435\u043d\u044c", "mixed \u00e9\u4e2d", "stra\u00dfe", "\u0130stanbul", ""};
        for (String s : samples) describe(s);
        String latin = "abc";
        String wide = "\u4e2d";
        String joined = latin + wide;
        System.out.println(joined + " " + joined.length() + " " + joined.indexOf(wide) + " " + joined.substring(0, 3).equals(latin) + " " + (joined.charAt(3) == '\u4e2d'));
        String back = joined.substring(0, 3);
        System.out.println("substring of UTF-16 string equals Latin-1: " + back.equals("abc") + " hash " + (back.hashCode() == "abc".hashCode()));
        byte[] bytes = {(byte) 0xe4, (byte) 0xb8, (byte) 0xad, (byte) 0x41, (byte) 0xc3, (byte) 0xa9};
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        System.out.println(decoded + " " + decoded.length());
        String malformed = new String(new byte[] {(byte) 0xff, 0x41, (byte) 0xc3}, StandardCharsets.UTF_8);
        System.out.println("malformed -> " + malformed.length() + " " + (int) malformed.charAt(0));
        String latinDecoded = new String(new byte[] {(byte) 0xe9, 0x41}, StandardCharsets.ISO_8859_1);
        System.out.println(latinDecoded + " " + (int) latinDecoded.charAt(0));
        System.out.println("\u00e9".equals("e\u0301") + " " + "\u00e9".compareTo("\u4e2d"));
        char[] lone = {'a', '\ud800', 'b'};
        String loneSurrogate = new String(lone);
        System.out.println("lone surrogate utf8 bytes " + loneSurrogate.getBytes(StandardCharsets.UTF_8).length + " codePoints " + loneSurrogate.codePointCount(0, 3));
    }
}

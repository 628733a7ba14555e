// Character classification and conversion across ASCII, Latin-1 and other scripts.
public class CharacterMethods {
    public static void main(String[] args) {
        char[] chars = {'a', 'Z', '5', ' ', '\t', '\n', '_', '$', '\u00e9', '\u00df', '\u00ff', '\u0130', '\u03a3', '\u0661', '\u4e2d', '\u2003', '\u00a0', '\u0000', '\uffff', '\ud800'};
        for (char c : chars) {
            System.out.println(Integer.toHexString(c) + ": letter " + Character.isLetter(c) + " digit " + Character.isDigit(c) + " letterOrDigit " + Character.isLetterOrDigit(c)
                    + " alpha " + Character.isAlphabetic(c) + " upper " + Character.isUpperCase(c) + " lower " + Character.isLowerCase(c) + " ws " + Character.isWhitespace(c)
                    + " space " + Character.isSpaceChar(c) + " javaStart " + Character.isJavaIdentifierStart(c) + " javaPart " + Character.isJavaIdentifierPart(c)
                    + " toUpper " + Integer.toHexString(Character.toUpperCase(c)) + " toLower " + Integer.toHexString(Character.toLowerCase(c)) + " type " + Character.getType(c)
                    + " numeric " + Character.getNumericValue(c) + " digit16 " + Character.digit(c, 16) + " surrogate " + Character.isSurrogate(c) + " iso " + Character.isISOControl(c));
        }
        System.out.println(Character.forDigit(11, 16) + " " + Character.forDigit(5, 10) + " " + (int) Character.forDigit(20, 10));
        int cp = 0x1F600;
        char[] pair = Character.toChars(cp);
        System.out.println(pair.length + " " + Integer.toHexString(pair[0]) + " " + Integer.toHexString(pair[1]) + " " + Character.toCodePoint(pair[0], pair[1]) + " " + Character.charCount(cp)
                + " " + Character.isSupplementaryCodePoint(cp) + " " + Character.isValidCodePoint(0x110000) + " " + Character.highSurrogate(cp) + Character.lowSurrogate(cp));
        System.out.println(Character.UnicodeBlock.of('\u4e2d') + " / " + Character.UnicodeScript.of(0x0391));
        System.out.println(Character.compare('a', 'b') + " " + Character.reverseBytes('\u1234') + " " + (int) Character.reverseBytes('\u1234') + " " + Character.toTitleCase('\u01c6'));
        System.out.println(Character.toUpperCase(0x10428) + " " + Character.isLetter(0x10428) + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX);
        System.out.println("\u00df".toUpperCase() + " " + "\u0130".toLowerCase().length() + " " + "\u03a3\u03a3".toLowerCase());
    }
}

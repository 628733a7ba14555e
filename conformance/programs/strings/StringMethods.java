// Common String methods and their exceptions.
public class StringMethods {
    public static void main(String[] args) {
        String s = "  Hello, World  ";
        System.out.println("[" + s.trim() + "] [" + s.strip() + "] [" + s.stripLeading() + "] [" + s.stripTrailing() + "] blank " + "   ".isBlank() + " empty " + "".isEmpty());
        String t = s.trim();
        System.out.println(t.length() + " " + t.charAt(4) + " " + t.indexOf('o') + " " + t.indexOf('o', 5) + " " + t.lastIndexOf('o') + " " + t.indexOf("World") + " " + t.indexOf("xyz"));
        System.out.println(t.substring(7) + "|" + t.substring(0, 5) + "|" + t.toUpperCase() + "|" + t.toLowerCase());
        System.out.println(t.replace('l', 'L') + "|" + t.replace("World", "There") + "|" + t.concat("!") + "|" + "ab".repeat(3) + "|" + "x".repeat(0) + "|");
        System.out.println(t.startsWith("Hell") + " " + t.endsWith("ld") + " " + t.startsWith("World", 7) + " " + t.contains(", ") + " " + t.equals("Hello, World"));
        System.out.println("apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("abcd") + " " + "ABC".compareToIgnoreCase("abd") + " " + "Hello".equalsIgnoreCase("hELLO"));
        System.out.println("a,b,,c,".split(",").length + " " + "a,b,,c,".split(",", -1).length + " " + String.join("|", "a,b,,c".split(",")) + " " + "a b".split(" ")[1]);
        System.out.println(String.join("-", "x", "y", "z") + " " + String.join("/", java.util.Arrays.asList("p", "q")));
        char[] chars = t.toCharArray();
        System.out.println(chars.length + " " + chars[0] + " " + new String(chars, 7, 5) + " " + String.valueOf(chars, 0, 4) + " " + String.copyValueOf(chars));
        System.out.println("regionMatches " + t.regionMatches(7, "World", 0, 5) + " " + t.regionMatches(true, 7, "WORLD", 0, 5));
        System.out.println("hashCode " + t.hashCode() + " " + "".hashCode() + " " + "\u0000".hashCode());
        System.out.println("strip [" + "\u2003x\u2003".strip() + "] trim [" + "\u2003x\u2003".trim() + "]");
        System.out.println("codePointAt " + "\ud83d\ude00".codePointAt(0) + " count " + "a\ud83d\ude00b".codePointCount(0, 4));
        try {
            t.substring(5, 2);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            t.charAt(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            t.substring(50);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            "x".repeat(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}

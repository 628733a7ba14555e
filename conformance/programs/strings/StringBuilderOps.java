// StringBuilder: append of every type, insert, delete, replace, reverse (with surrogates),
// setLength, setCharAt, capacity growth, indexOf, and their exceptions.
public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append(',').append((byte) -1).append(',').append((short) 300).append(',').append('c').append(',')
                .append(42).append(',').append(-7L).append(',').append(1.5f).append(',').append(-0.0).append(',')
                .append((Object) null).append(',').append((String) null).append(',').append(new char[] {'x', 'y'}).append(',')
                .append("abcdef", 2, 4).append(',').append(new StringBuilder("nested"));
        System.out.println(sb + " length " + sb.length());
        sb.setLength(0);
        sb.append("hello world");
        sb.insert(0, ">> ").insert(sb.length(), " <<").insert(3, 3.25).insert(3, '_');
        System.out.println(sb);
        sb.delete(3, 8).deleteCharAt(0);
        System.out.println(sb);
        sb.replace(0, 2, "REPLACED");
        System.out.println(sb);
        sb.setCharAt(0, 'r');
        System.out.println(sb + " indexOf(o)=" + sb.indexOf("o") + " lastIndexOf(o)=" + sb.lastIndexOf("o") + " charAt(3)=" + sb.charAt(3));
        System.out.println(new StringBuilder("abc\ud83d\ude00def").reverse());
        System.out.println(new StringBuilder("\u00e9t\u00e9").reverse());
        StringBuilder grow = new StringBuilder(1);
        for (int i = 0; i < 100; i++) grow.append(i % 10);
        System.out.println(grow.length() + " " + grow.substring(90) + " " + grow.subSequence(0, 5));
        sb.setLength(3);
        sb.setLength(5);
        System.out.println("[" + sb + "] " + (int) sb.charAt(4));
        System.out.println(new StringBuilder("x").compareTo(new StringBuilder("y")) + " " + "abc".contentEquals(new StringBuilder("abc")));
        try {
            sb.charAt(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            sb.insert(99, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            sb.delete(4, 2);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            sb.setLength(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        StringBuffer buffer = new StringBuffer("buffer");
        buffer.append(1).insert(0, '[').append(']').reverse();
        System.out.println(buffer);
        StringBuilder cps = new StringBuilder().appendCodePoint(0x1F600).appendCodePoint('A');
        System.out.println(cps.length() + " " + cps.codePointCount(0, cps.length()) + " " + cps.codePointAt(0));
    }
}

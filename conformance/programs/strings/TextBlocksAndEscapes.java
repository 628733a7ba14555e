// Text blocks and escape sequences (resolved by javac), including \s and line continuation.
public class TextBlocksAndEscapes {
    public static void main(String[] args) {
        String block = """
            Hello,
              indented line
            trailing space kept:\s
            joined \
            line
            quote: \""" and tab:\t|
            """;
        System.out.print(block);
        int lines = 0;
        for (char c : block.toCharArray()) if (c == '\n') lines++;
        System.out.println(block.length() + " " + lines);
        String escapes = "\b\f\n\r\t\"\'\\\0\7\77\377\u0041";
        for (char c : escapes.toCharArray()) System.out.print((int) c + " ");
        System.out.println();
        System.out.println("\u00e9 \\u00e9 " + 'x' + '\u0041');
    }
}

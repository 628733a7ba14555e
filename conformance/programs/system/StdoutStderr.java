// System.out and System.err are separate streams; print, println, printf-free formatting, write.
public class StdoutStderr {
    public static void main(String[] args) {
        System.out.print("no newline, ");
        System.out.print(1);
        System.out.print(' ');
        System.out.print(2.5);
        System.out.print(' ');
        System.out.print(true);
        System.out.print(' ');
        System.out.print(new char[] {'c', 'h'});
        System.out.print(' ');
        System.out.print((Object) null);
        System.out.println();
        System.out.println(3L);
        System.out.println(1.5f);
        System.out.println('z');
        System.out.println((String) null);
        System.err.println("to stderr");
        System.err.print("stderr without newline");
        System.err.println();
        System.out.write('A');
        System.out.write('\n');
        byte[] bytes = {'b', 'y', 't', 'e', 's', '\n'};
        System.out.write(bytes, 0, bytes.length);
        System.out.flush();
        System.out.println("\u00e9\u4e2d\ud83d\ude00 unicode on stdout");
        System.err.println("\u00e9\u4e2d unicode on stderr");
        System.out.println("tab\tand\\backslash\rcarriage");
        System.out.append("append").append('!').append("xyz", 1, 2).println();
        System.out.println(System.out.checkError());
    }
}

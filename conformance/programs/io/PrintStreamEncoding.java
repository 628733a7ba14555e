// waits: #4 ServiceLoader (an unknown charset name is looked up through charset providers)
// PrintStream over a byte array with explicit charsets: what bytes non-ASCII text becomes in
// UTF-8, ISO-8859-1 (replacement '?') and US-ASCII.
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Arrays;

public class PrintStreamEncoding {
    public static void main(String[] args) throws Exception {
        String text = "a\u00e9\u4e2d\ud83d\ude00";
        for (String cs : new String[] {"UTF-8", "ISO-8859-1", "US-ASCII", "UTF-16BE"}) {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(bos, true, cs);
            ps.print(text);
            ps.flush();
            System.out.println(cs + " " + Arrays.toString(bos.toByteArray()));
        }
        try {
            new PrintStream(new ByteArrayOutputStream(), true, "NO-SUCH-CHARSET");
        } catch (java.io.UnsupportedEncodingException e) {
            System.out.println("UnsupportedEncodingException: " + e.getMessage());
        }
        System.out.println(java.nio.charset.Charset.defaultCharset() + " " + java.nio.charset.Charset.isSupported("windows-1252"));
    }
}

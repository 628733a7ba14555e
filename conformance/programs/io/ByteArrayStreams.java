// In-memory streams: ByteArrayInput/OutputStream, StringReader/Writer, CharArrayWriter,
// PrintWriter, PushbackInputStream, SequenceInputStream, InputStreamReader with charsets.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

public class ByteArrayStreams {
    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        OutputStreamWriter osw = new OutputStreamWriter(bos, StandardCharsets.UTF_16LE);
        osw.write("h\u00e9\u4e2d");
        osw.close();
        System.out.println("utf16le bytes " + java.util.Arrays.toString(bos.toByteArray()));
        InputStreamReader isr = new InputStreamReader(new ByteArrayInputStream(bos.toByteArray()), StandardCharsets.UTF_16LE);
        char[] cbuf = new char[8];
        int n = isr.read(cbuf);
        System.out.println("decoded " + new String(cbuf, 0, n) + " encoding " + isr.getEncoding());
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.print("pi=");
        pw.println(3.14);
        pw.print(true);
        pw.print('c');
        pw.print(42L);
        pw.flush();
        System.out.println("[" + sw + "]");
        StringReader sr = new StringReader("reader text");
        sr.skip(7);
        System.out.println((char) sr.read() + " mark " + sr.markSupported());
        CharArrayWriter caw = new CharArrayWriter();
        caw.write("chars");
        caw.append('!');
        System.out.println(caw.toString() + " " + caw.size());
        PushbackInputStream pb = new PushbackInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 2);
        int first = pb.read();
        pb.unread(first);
        pb.unread(9);
        System.out.println(pb.read() + " " + pb.read() + " " + pb.read());
        SequenceInputStream seq = new SequenceInputStream(new ByteArrayInputStream("ab".getBytes()), new ByteArrayInputStream("cd".getBytes()));
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = seq.read()) != -1) sb.append((char) c);
        System.out.println(sb);
        ByteArrayInputStream bis = new ByteArrayInputStream(new byte[] {10, 20, 30, 40});
        bis.mark(0);
        bis.read();
        bis.read();
        bis.reset();
        System.out.println(bis.read() + " available " + bis.available() + " readAllBytes " + bis.readAllBytes().length);
        bos.reset();
        bos.write("xyz".getBytes(StandardCharsets.US_ASCII));
        System.out.println(bos.toString(StandardCharsets.US_ASCII) + " " + bos.size());
    }
}

// java.io files in the run's working directory: FileOutputStream/FileInputStream bytes,
// FileWriter/FileReader and Buffered wrappers, append mode, available, skip, EOF.
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;

public class FileWriteRead {
    public static void main(String[] args) throws IOException {
        File f = new File("data.bin");
        FileOutputStream out = new FileOutputStream(f);
        for (int i = 0; i < 256; i++) out.write(i);
        out.write(new byte[] {1, 2, 3}, 1, 2);
        out.close();
        System.out.println("length " + f.length() + " exists " + f.exists() + " isFile " + f.isFile());
        FileInputStream in = new FileInputStream(f);
        System.out.println("available " + in.available() + " first " + in.read() + " skip " + in.skip(250) + " next " + in.read());
        byte[] buf = new byte[10];
        int n = in.read(buf);
        System.out.println("read " + n + " bytes: " + buf[0] + " " + buf[n - 1] + " then " + in.read());
        in.close();
        FileOutputStream append = new FileOutputStream(f, true);
        append.write(99);
        append.close();
        System.out.println("after append " + f.length());
        BufferedWriter w = new BufferedWriter(new FileWriter("text.txt"));
        w.write("first line");
        w.newLine();
        w.write("second \u00e9\u4e2d line");
        w.newLine();
        w.write("no newline at end");
        w.close();
        BufferedReader r = new BufferedReader(new FileReader("text.txt"));
        String line;
        int count = 0;
        while ((line = r.readLine()) != null) System.out.println(++count + ": " + line + " (" + line.length() + ")");
        r.close();
        System.out.println("text bytes " + new File("text.txt").length());
        try {
            new FileInputStream("missing.txt");
        } catch (java.io.FileNotFoundException e) {
            System.out.println("FileNotFoundException: " + e.getMessage());
        }
        try {
            in.read();
        } catch (IOException e) {
            System.out.println("read after close: " + e.getMessage());
        }
        System.out.println("deleted " + f.delete() + " " + new File("text.txt").delete() + " exists " + f.exists());
    }
}

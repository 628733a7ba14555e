// waits: #4 reflection (SecureRandom providers behind createTempFile)
// File.createTempFile in java.io.tmpdir and in a given directory: prefix/suffix rules, the file
// exists and is empty; names (random) are never printed.
import java.io.File;
import java.io.FileWriter;
import java.io.IOException;

public class TempFiles {
    public static void main(String[] args) throws IOException {
        File tmp = File.createTempFile("conformance", ".tmp");
        System.out.println("exists " + tmp.exists() + " length " + tmp.length() + " prefix " + tmp.getName().startsWith("conformance") + " suffix " + tmp.getName().endsWith(".tmp")
                + " in tmpdir " + tmp.getParentFile().equals(new File(System.getProperty("java.io.tmpdir"))));
        FileWriter w = new FileWriter(tmp);
        w.write("temporary");
        w.close();
        System.out.println("written " + tmp.length() + " deleted " + tmp.delete());
        File local = new File("local-dir");
        local.mkdir();
        File t2 = File.createTempFile("abc", null, local);
        System.out.println("default suffix " + t2.getName().endsWith(".tmp") + " parent " + t2.getParentFile().getName() + " deleted " + t2.delete() + " " + local.delete());
        try {
            File.createTempFile("ab", ".x");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            File.createTempFile("abc", ".x", new File("no-such-dir"));
        } catch (IOException e) {
            System.out.println("IOException: " + e.getMessage());
        }
    }
}

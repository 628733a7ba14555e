import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * java.io.File over UnixFileSystem, and the failures of opening streams, through the JDK's own
 * classes. Streams that open successfully register a cleaner (a thread), so the stream natives
 * proper are tested on descriptors in FdIo.
 */
public class FileIo {
    static {
        // Without a full boot (System.initPhase1), properties come straight from the
        // SystemProps natives: java.io.File needs them.
        if (System.getProperties() == null) {
            System.setProperties(null);
        }
        // Initialised here so that SharedSecrets need not initialise it through MethodHandles.
        FileDescriptor.in.valid();
    }

    /** The messages of failed opens. */
    public static String failures(String missing) {
        String s = "";
        try {
            new FileInputStream(missing);
        } catch (FileNotFoundException e) {
            s = s + e.getMessage() + "|";
        }
        try {
            new FileOutputStream("/");
        } catch (IOException e) {
            s = s + e.getMessage() + "|";
        }
        try {
            new FileOutputStream(missing + "/x///", true);
        } catch (IOException e) {
            s = s + e.getMessage() + "|";
        }
        try {
            new RandomAccessFile(missing, "r");
        } catch (IOException e) {
            s = s + e.getMessage() + "|";
        }
        try {
            new RandomAccessFile(new File(missing).getParentFile().getParent(), "rw");
        } catch (IOException e) {
            s = s + e.getMessage() + "|";
        }
        return s;
    }

    /** Insertion sort (Arrays.sort reaches code that starts threads, not tested here). */
    static void sort(String[] a) {
        for (int i = 1; i < a.length; i++) {
            for (int j = i; j > 0 && a[j - 1].compareTo(a[j]) > 0; j--) {
                String t = a[j];
                a[j] = a[j - 1];
                a[j - 1] = t;
            }
        }
    }

    /** java.io.File operations. */
    public static String files(String base) throws IOException {
        File d = new File(base, "sub");
        String s = d.mkdir() + " " + d.mkdir() + " " + d.isDirectory() + " " + d.exists();
        File f = new File(d, "a.txt");
        s = s + " " + f.createNewFile() + " " + f.createNewFile() + " " + f.isFile() + " " + f.length();
        s = s + " " + f.isDirectory() + " " + d.isFile() + " " + new File(d, "none").exists();
        s = s + " " + f.canRead() + " " + f.canWrite() + " " + f.canExecute();
        s = s + " " + f.setLastModified(1600000000123L) + " " + f.lastModified();
        s = s + " " + new File(d, "none").lastModified() + " " + new File(d, "none").length();
        s = s + " " + f.setReadOnly() + " " + f.canWrite() + " " + f.setWritable(true) + " " + f.canWrite();
        s = s + " " + f.setExecutable(true, false) + " " + f.canExecute();
        s = s + " " + f.setReadable(false, true) + " " + f.setReadable(true, true);
        File g = new File(d, "b.txt");
        s = s + " " + f.renameTo(g) + " " + f.exists() + " " + g.exists();
        s = s + " " + new File(d, "c").mkdir() + " " + new File(d, "q/r").mkdir();
        String[] names = d.list();
        sort(names);
        s = s + " " + names.length;
        for (String n : names) s = s + " " + n;
        s = s + " " + new File(base, "sub/./c/../b.txt").getCanonicalPath().substring(base.length());
        s = s + " " + new File(base, "nope/x/../y").getCanonicalPath().substring(base.length());
        s = s + " " + (new File(base).getTotalSpace() > 0) + " " + (new File(base).getUsableSpace() > 0);
        s = s + " " + (new File(base, "none").list() == null) + " " + new File(base, "none").getFreeSpace();
        s = s + " " + g.delete() + " " + g.delete() + " " + d.delete();
        s = s + " " + new File(d, "c").delete() + " " + d.delete() + " " + d.exists();
        File made = new File(base, "x/y/z");
        s = s + " " + made.mkdirs() + " " + made.isDirectory();
        return s;
    }

    public static void main(String[] args) throws IOException {
        String base = args[0];
        System.out.println(failures(base + "/no/such"));
        System.out.println(files(base));
    }
}

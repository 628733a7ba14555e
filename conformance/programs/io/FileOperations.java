// java.io.File operations in the working directory: mkdirs, list (sorted), rename, delete,
// relative and absolute path handling, canRead/canWrite, parent, createNewFile.
import java.io.File;
import java.io.IOException;
import java.util.Arrays;

public class FileOperations {
    public static void main(String[] args) throws IOException {
        File dir = new File("work/sub/deeper");
        System.out.println("mkdirs " + dir.mkdirs() + " again " + dir.mkdirs() + " isDirectory " + dir.isDirectory() + " mkdir existing " + dir.mkdir());
        for (String name : new String[] {"b.txt", "a.txt", "c.log"}) {
            File f = new File("work", name);
            System.out.println("create " + name + " " + f.createNewFile() + " again " + f.createNewFile());
        }
        String[] names = new File("work").list();
        Arrays.sort(names);
        System.out.println("list " + Arrays.toString(names));
        File[] files = new File("work").listFiles();
        int fileCount = 0;
        for (File f : files) if (f.isFile()) fileCount++;
        System.out.println("files " + fileCount);
        File a = new File("work/a.txt");
        File renamed = new File("work/renamed.txt");
        System.out.println("rename " + a.renameTo(renamed) + " old exists " + a.exists() + " new exists " + renamed.exists());
        System.out.println("name " + renamed.getName() + " parent " + renamed.getParent() + " path " + renamed.getPath() + " absolute " + renamed.isAbsolute() + " abs-absolute " + renamed.getAbsoluteFile().isAbsolute());
        System.out.println("canRead " + renamed.canRead() + " canWrite " + renamed.canWrite() + " hidden " + renamed.isHidden() + " length " + renamed.length());
        File nested = new File(new File("x", "y"), "z.txt");
        System.out.println(nested.getPath() + " " + new File("/a/b/../c").getPath() + " " + new File("a//b/").getPath() + " " + File.separatorChar + " " + File.pathSeparator);
        System.out.println("delete non-empty dir " + new File("work").delete());
        System.out.println("missing: exists " + new File("nope").exists() + " length " + new File("nope").length() + " list " + new File("nope").list() + " delete " + new File("nope").delete());
        for (String name : new String[] {"b.txt", "c.log", "renamed.txt"}) new File("work", name).delete();
        System.out.println("cleanup " + dir.delete() + " " + new File("work/sub").delete() + " " + new File("work").delete());
    }
}

// java.nio.file.Files: directories, writing and reading bytes and lines, attributes, copy,
// move, delete, directory listings (sorted), a file-tree walk, and the exceptions for missing
// files, existing targets and non-empty directories; FileChannel reads, writes, positions,
// sizes and truncation.
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class FilesOps {
    static Path root;
    static Path a;
    static Path sub;

    static void attempt(String what, int op) {
        try {
            switch (op) {
                case 0: Files.readAllBytes(root.resolve("missing.txt")); break;
                case 1: Files.createDirectory(root); break;
                case 2: Files.copy(a, sub.resolve("copy.txt")); break;
                case 3: Files.copy(a, sub.resolve("copy.txt"), StandardCopyOption.REPLACE_EXISTING); break;
                case 4: Files.delete(root.resolve("sub")); break;
                case 5: Files.delete(root.resolve("nothing")); break;
                default: Files.newDirectoryStream(a).close(); break;
            }
            System.out.println(what + ": ok");
        } catch (IOException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static List<String> listSorted(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        DirectoryStream<Path> ds = Files.newDirectoryStream(dir);
        for (Path p : ds) {
            names.add(p.getFileName().toString());
        }
        ds.close();
        Collections.sort(names);
        return names;
    }

    public static void main(String[] args) throws Exception {
        root = Paths.get("files-root");
        Files.createDirectory(root);
        System.out.println("root exists " + Files.exists(root) + " dir " + Files.isDirectory(root) + " regular " + Files.isRegularFile(root));
        a = root.resolve("a.txt");
        Files.write(a, "first line\nsecond line\n".getBytes(StandardCharsets.UTF_8));
        System.out.println("size " + Files.size(a) + " readable " + Files.isReadable(a) + " writable " + Files.isWritable(a) + " hidden " + Files.isHidden(a));
        System.out.println("lines " + Files.readAllLines(a, StandardCharsets.UTF_8));
        System.out.println("bytes " + Files.readAllBytes(a).length);
        Files.write(a, "third line\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        BufferedReader r = Files.newBufferedReader(a, StandardCharsets.UTF_8);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            System.out.println("  " + n + ": " + line);
        }
        r.close();
        Path b = root.resolve("b.txt");
        BufferedWriter w = Files.newBufferedWriter(b, StandardCharsets.UTF_8);
        w.write("caf\u00e9 \u20ac");
        w.newLine();
        w.close();
        System.out.println("utf-8 bytes " + Files.size(b) + " back " + Files.readAllLines(b, StandardCharsets.UTF_8));

        BasicFileAttributes attrs = Files.readAttributes(a, BasicFileAttributes.class);
        System.out.println("attrs regular " + attrs.isRegularFile() + " dir " + attrs.isDirectory() + " link " + attrs.isSymbolicLink() + " size " + attrs.size());
        FileTime t = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(a, t);
        System.out.println("mtime " + Files.getLastModifiedTime(a));

        sub = root.resolve("sub/deeper");
        Files.createDirectories(sub);
        Files.copy(a, sub.resolve("copy.txt"));
        System.out.println("copied size " + Files.size(sub.resolve("copy.txt")));
        Files.move(b, root.resolve("moved.txt"));
        System.out.println("moved: source exists " + Files.exists(b) + " target exists " + Files.exists(root.resolve("moved.txt")));
        System.out.println("listing " + listSorted(root));

        final List<String> walked = new ArrayList<>();
        final Path top = root;
        Files.walkFileTree(root, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes at) {
                walked.add("file " + top.relativize(file) + " " + at.size());
                return FileVisitResult.CONTINUE;
            }
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes at) {
                walked.add("dir " + top.relativize(dir));
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(walked);
        System.out.println("walk " + walked);

        attempt("read missing", 0);
        attempt("create existing", 1);
        attempt("copy onto existing", 2);
        attempt("copy replacing", 3);
        attempt("delete non-empty", 4);
        attempt("delete missing", 5);
        System.out.println("deleteIfExists missing " + Files.deleteIfExists(root.resolve("nothing")));
        attempt("list a file", 6);
        System.out.println("real path is absolute " + a.toRealPath().isAbsolute() + " ends " + a.toRealPath().endsWith(a));

        Path c = root.resolve("channel.bin");
        FileChannel ch = FileChannel.open(c, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        ByteBuffer out = ByteBuffer.allocate(16);
        for (int i = 0; i < 16; i++) {
            out.put((byte) i);
        }
        out.flip();
        System.out.println("channel wrote " + ch.write(out) + " position " + ch.position() + " size " + ch.size());
        ch.position(4);
        ByteBuffer in = ByteBuffer.allocateDirect(8);
        System.out.println("channel read " + ch.read(in) + " first " + in.get(0) + " last " + in.get(7));
        ByteBuffer at = ByteBuffer.allocate(4);
        System.out.println("positional read " + ch.read(at, 12) + " value " + at.get(0) + " position still " + ch.position());
        ch.truncate(10);
        System.out.println("truncated size " + ch.size() + " position " + ch.position());
        in.clear();
        ch.position(10);
        System.out.println("read at end " + ch.read(in));
        ch.close();
        System.out.println("open after close " + ch.isOpen());

        for (String name : new String[] { "channel.bin", "a.txt", "moved.txt", "sub/deeper/copy.txt", "sub/deeper", "sub" }) {
            Files.delete(root.resolve(name));
        }
        Files.delete(root);
        System.out.println("cleaned " + !Files.exists(root));
    }
}

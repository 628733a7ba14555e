// java.nio.file streams and globs over a small tree: Files.list, walk (with depth), find,
// lines, newDirectoryStream with a glob, a PathMatcher, createTempFile/createTempDirectory in
// a given directory (names never printed), and deleting the tree bottom-up.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class FilesStreams {
    public static void main(String[] args) throws IOException {
        Path root = Files.createDirectories(Paths.get("tree/a/b"));
        root = Paths.get("tree");
        Files.writeString(root.resolve("one.txt"), "alpha\nbeta\ngamma\n");
        Files.writeString(root.resolve("two.java"), "class Two {}\n");
        Files.writeString(root.resolve("a/three.txt"), "delta\n");
        Files.writeString(root.resolve("a/b/four.md"), "# four\n");

        try (Stream<Path> s = Files.list(root)) {
            System.out.println("list " + s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.walk(root)) {
            System.out.println("walk " + s.map(Path::toString).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.walk(root, 1)) {
            System.out.println("walk depth 1 " + s.count());
        }
        try (Stream<Path> s = Files.find(root, 10, (p, a) -> a.isRegularFile() && p.toString().endsWith(".txt"))) {
            System.out.println("find txt " + s.map(Path::toString).sorted().collect(Collectors.toList()));
        }
        try (Stream<String> lines = Files.lines(root.resolve("one.txt"), StandardCharsets.UTF_8)) {
            System.out.println("lines upper " + lines.map(String::toUpperCase).collect(Collectors.joining(",")));
        }
        List<String> globbed = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, "*.{txt,java}")) {
            for (Path p : ds) {
                globbed.add(p.getFileName().toString());
            }
        }
        globbed.sort(null);
        System.out.println("glob " + globbed);
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:**/*.md");
        System.out.println("matcher " + m.matches(root.resolve("a/b/four.md")) + " " + m.matches(root.resolve("one.txt")));
        PathMatcher r = FileSystems.getDefault().getPathMatcher("regex:.*t(wo|hree).*");
        System.out.println("regex matcher " + r.matches(root.resolve("two.java")) + " " + r.matches(root.resolve("one.txt")));

        Path tmp = Files.createTempFile(root, "pre", ".suf");
        System.out.println("temp file in root " + tmp.getParent().equals(root) + " prefix " + tmp.getFileName().toString().startsWith("pre") + " suffix " + tmp.getFileName().toString().endsWith(".suf") + " size " + Files.size(tmp));
        Path tmpDir = Files.createTempDirectory(root, "dir");
        System.out.println("temp dir " + Files.isDirectory(tmpDir) + " prefix " + tmpDir.getFileName().toString().startsWith("dir"));
        System.out.println("total size " + Files.walk(root).filter(Files::isRegularFile).mapToLong(p -> {
            try {
                return Files.size(p);
            } catch (IOException e) {
                return -1;
            }
        }).sum());

        try (Stream<Path> s = Files.walk(root)) {
            List<Path> all = s.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
            for (Path p : all) {
                Files.delete(p);
            }
            System.out.println("deleted " + all.size() + " left " + Files.exists(root));
        }
    }
}

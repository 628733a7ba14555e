import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

// Redirects of a child's standard streams: files (write, append, read), inherited streams,
// DISCARD, working directories.
public class ProcessRedirects {
    public static void main(String[] args) throws Exception {
        File out = new File("out.txt");
        Process p = new ProcessBuilder("sh", "-c", "echo first; echo oops >&2")
                .redirectOutput(out).redirectError(new File("err.txt")).start();
        System.out.println("exit " + p.waitFor() + ", stdout stream read " + p.getInputStream().read());
        System.out.println("out.txt " + Files.readAllLines(out.toPath()));
        System.out.println("err.txt " + Files.readAllLines(Path.of("err.txt")));

        p = new ProcessBuilder("echo", "second").redirectOutput(ProcessBuilder.Redirect.appendTo(out)).start();
        p.waitFor();
        System.out.println("appended " + Files.readAllLines(out.toPath()));

        p = new ProcessBuilder("tr", "a-z", "A-Z").redirectInput(out).start();
        System.out.print("from file: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        System.out.println("stdin stream is " + p.getOutputStream().getClass().getSimpleName() + ", exit " + p.waitFor());

        p = new ProcessBuilder("sh", "-c", "echo both; echo ways >&2")
                .redirectErrorStream(true).redirectOutput(new File("both.txt")).start();
        p.waitFor();
        System.out.println("both.txt " + Files.readAllLines(Path.of("both.txt")));

        System.out.println("before inherited output");
        p = new ProcessBuilder("echo", "inherited from the child").inheritIO().start();
        System.out.println("inherit exit " + p.waitFor());
        System.err.println("stderr before");
        p = new ProcessBuilder("sh", "-c", "echo to inherited stderr >&2")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.waitFor();
        System.err.println("stderr after");

        p = new ProcessBuilder("echo", "gone").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        System.out.println("discard exit " + p.waitFor() + ", read " + p.getInputStream().read());

        File dir = new File("sub");
        dir.mkdir();
        Files.writeString(dir.toPath().resolve("marker"), "here\n");
        p = new ProcessBuilder("cat", "marker").directory(dir).start();
        System.out.print("in directory: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        System.out.println("exit " + p.waitFor());

        try {
            new ProcessBuilder("echo").redirectOutput(new File("no/such/dir/x.txt")).start();
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}

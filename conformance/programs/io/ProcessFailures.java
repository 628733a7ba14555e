import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

// Programs that cannot start, and how they fail: missing programs and directories, files that
// are not executable, scripts without an interpreter line (run by the shell).
public class ProcessFailures {
    static void attempt(ProcessBuilder pb) {
        try {
            Process p = pb.start();
            System.out.print("started: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            System.out.println("exit " + p.waitFor());
        } catch (IOException e) {
            System.out.println(e);
            System.out.println("  cause: " + e.getCause());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public static void main(String[] args) throws Exception {
        attempt(new ProcessBuilder("no-such-program-for-cortado", "arg"));
        attempt(new ProcessBuilder("/no/such/program"));
        attempt(new ProcessBuilder("ls").directory(new File("/no/such/directory")));
        attempt(new ProcessBuilder("./missing-here"));

        File plain = new File("plain.txt");
        Files.writeString(plain.toPath(), "not a program\n");
        attempt(new ProcessBuilder("./plain.txt"));

        File script = new File("script");
        Files.writeString(script.toPath(), "echo run by the shell: $1\nexit 4\n");
        Files.setPosixFilePermissions(script.toPath(), PosixFilePermissions.fromString("rwxr-xr-x"));
        attempt(new ProcessBuilder("./script", "argument"));

        attempt(new ProcessBuilder("sh", "-c", "kill -9 $$"));
        try {
            new ProcessBuilder().start();
        } catch (IndexOutOfBoundsException e) {
            System.out.println("empty command: " + e.getClass().getName());
        }
        try {
            new ProcessBuilder("echo", "a\u0000b").start();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
    }
}

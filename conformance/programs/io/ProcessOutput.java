import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

// Child processes with piped standard streams: output and exit codes, stderr apart or
// merged, writing to a child's stdin, Runtime.exec, pipelines.
public class ProcessOutput {
    static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        Process p = new ProcessBuilder("/bin/echo", "hello", "world").start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
        System.out.println("echo: " + r.readLine() + " / " + r.readLine());
        System.out.println("exit " + p.waitFor() + " alive " + p.isAlive() + " exitValue " + p.exitValue());

        p = new ProcessBuilder("sh", "-c", "echo out; echo err >&2; exit 3").start();
        System.out.print("stdout: " + readAll(p.getInputStream()));
        System.out.print("stderr: " + readAll(p.getErrorStream()));
        System.out.println("exit " + p.waitFor());

        p = new ProcessBuilder("sh", "-c", "echo one; echo two >&2; echo three")
                .redirectErrorStream(true).start();
        System.out.print("merged:\n" + readAll(p.getInputStream()));
        System.out.println("error stream read " + p.getErrorStream().read() + ", exit " + p.waitFor());

        p = new ProcessBuilder("cat").start();
        try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 3; i++) {
                w.write("line " + i + " \u00e9\n");
            }
        }
        System.out.print("cat: " + readAll(p.getInputStream()));
        System.out.println("exit " + p.waitFor());

        // More output than a pipe holds, read while the child writes.
        p = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 20000 ]; do echo line$i; i=$((i+1)); done").start();
        byte[] big = p.getInputStream().readAllBytes();
        System.out.println("big output " + big.length + " bytes, exit " + p.waitFor());

        Process q = Runtime.getRuntime().exec(new String[] {"sh", "-c", "exit 7"});
        System.out.println("Runtime.exec exit " + q.waitFor() + ", stdin is " + q.getOutputStream().getClass().getSimpleName());
        q = Runtime.getRuntime().exec("expr 6 * 7");
        System.out.print("expr: " + readAll(q.getInputStream()));
        q.waitFor();

        List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
                new ProcessBuilder("printf", "b\\na\\nc\\na\\n"),
                new ProcessBuilder("sort"),
                new ProcessBuilder("uniq", "-c")));
        Process last = pipeline.get(pipeline.size() - 1);
        for (String line : readAll(last.getInputStream()).split("\n")) {
            System.out.println("pipeline: " + line.trim());
        }
        for (Process each : pipeline) {
            System.out.println("pipeline exit " + each.waitFor());
        }

        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "echo \"$GREETING, $WHO\"; exit 0");
        pb.environment().put("GREETING", "hi");
        pb.environment().put("WHO", "child");
        p = pb.start();
        System.out.print("env: " + readAll(p.getInputStream()));
        pb.environment().clear();
        pb.command("/usr/bin/env");
        p = pb.start();
        System.out.println("empty env: [" + readAll(p.getInputStream()).trim() + "] exit " + p.waitFor());
    }
}

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

// A child's life: alive, waiting with a timeout, destroy and destroyForcibly (exit codes
// 128 + signal), onExit, exitValue before the end; ProcessHandle of the VM and its children.
public class ProcessLifecycle {
    public static void main(String[] args) throws Exception {
        Process p = new ProcessBuilder("sleep", "30").start();
        System.out.println("alive " + p.isAlive() + ", pid positive " + (p.pid() > 0));
        System.out.println("waitFor 50 ms: " + p.waitFor(50, TimeUnit.MILLISECONDS));
        try {
            p.exitValue();
        } catch (IllegalThreadStateException e) {
            System.out.println("exitValue: " + e.getMessage());
        }
        System.out.println("supports normal termination " + p.supportsNormalTermination());
        p.destroy();
        System.out.println("after destroy: exit " + p.waitFor() + ", alive " + p.isAlive());

        p = new ProcessBuilder("sleep", "30").start();
        CompletableFuture<Process> exit = p.onExit();
        System.out.println("onExit done before " + exit.isDone());
        p.destroyForcibly();
        System.out.println("after destroyForcibly: exit " + exit.get().exitValue() + ", same " + (exit.get() == p));
        System.out.println("waitFor with timeout on an ended process: " + p.waitFor(1, TimeUnit.SECONDS));

        ProcessHandle me = ProcessHandle.current();
        System.out.println("current alive " + me.isAlive() + ", of(pid) " + ProcessHandle.of(me.pid()).map(h -> h.equals(me)).orElse(false));
        System.out.println("parent present " + me.parent().isPresent());
        System.out.println("start instant " + me.info().startInstant().isPresent() + ", cpu " + me.info().totalCpuDuration().isPresent() + ", user " + me.info().user().isPresent());
        try {
            me.destroy();
        } catch (IllegalStateException e) {
            System.out.println("destroy current: " + e.getMessage());
        }

        Process child = new ProcessBuilder("sleep", "20").start();
        ProcessHandle h = child.toHandle();
        System.out.println("child of the VM " + me.children().anyMatch(c -> c.equals(h)) + ", descendant " + me.descendants().anyMatch(c -> c.pid() == child.pid()));
        System.out.println("child's parent is the VM " + h.parent().map(pp -> pp.pid() == me.pid()).orElse(false));
        ProcessHandle.Info info = h.info();
        System.out.println("command " + info.command().map(c -> c.endsWith("/sleep")).orElse(false) + ", arguments " + info.arguments().map(a -> String.join(",", a)).orElse("?"));
        System.out.println("handle destroy " + h.destroy() + ", exit " + child.waitFor() + ", handle alive " + h.isAlive());
        Optional<ProcessHandle> gone = ProcessHandle.of(child.pid());
        System.out.println("of(ended pid) present " + gone.isPresent());

        // A thread waiting on a process sees it end.
        Process waited = new ProcessBuilder("sh", "-c", "sleep 0.2; exit 9").start();
        int[] seen = new int[1];
        Thread t = new Thread(() -> {
            try {
                seen[0] = waited.waitFor();
            } catch (InterruptedException e) {
                seen[0] = -1;
            }
        });
        t.start();
        t.join();
        System.out.println("seen by another thread: " + seen[0]);

        Thread self = Thread.currentThread();
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            self.interrupt();
        });
        interrupter.start();
        try {
            sleeper.waitFor();
            System.out.println("not interrupted");
        } catch (InterruptedException e) {
            System.out.println("waitFor interrupted: " + e);
        }
        interrupter.join();
        sleeper.destroyForcibly().waitFor();
        System.out.println("sleeper exit " + sleeper.exitValue());
    }
}

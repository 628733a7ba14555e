// Daemon threads (sleeping, spinning, waiting) do not keep the VM alive; a non-daemon thread
// started last does, and its output comes before the exit; setDaemon after start throws.
public class DaemonExit {
    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 3; i++) {
            final int kind = i;
            Thread d = new Thread(() -> {
                try {
                    if (kind == 0) Thread.sleep(1_000_000);
                    else if (kind == 1) while (true) Thread.onSpinWait();
                    else synchronized (DaemonExit.class) { DaemonExit.class.wait(); }
                } catch (InterruptedException e) {
                    System.out.println("unexpected");
                }
            }, "daemon-" + i);
            d.setDaemon(true);
            d.start();
            System.out.println(d.getName() + " daemon " + d.isDaemon());
        }
        Thread last = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
            }
            System.out.println("non-daemon thread finishes after main");
        });
        last.start();
        try {
            last.setDaemon(true);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon after start: IllegalThreadStateException");
        }
        System.out.println("main returns");
    }
}

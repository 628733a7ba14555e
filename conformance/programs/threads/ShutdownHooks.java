// waits: #6 threads (shutdown hooks run in threads)
// Shutdown hooks run at System.exit and at normal exit, once; exit status preserved.
public class ShutdownHooks {
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            public void run() { System.out.println("hook ran"); }
        }));
        System.out.println("main exiting with 3");
        System.exit(3);
    }
}

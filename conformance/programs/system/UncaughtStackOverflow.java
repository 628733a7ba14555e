// run: -Xss1m
// An uncaught StackOverflowError in main: exit code 1; the trace is cut at 1024 frames, so only
// the first lines are compared through a custom handler printing a fixed summary.
public class UncaughtStackOverflow {
    static int recurse(int n) { return recurse(n + 1) + 1; }

    public static void main(String[] args) {
        Thread.currentThread().setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            public void uncaughtException(Thread t, Throwable e) {
                StackTraceElement top = e.getStackTrace()[0];
                System.err.println("uncaught " + e.getClass().getName() + " in " + t.getName() + " at " + top.getMethodName() + ":" + top.getLineNumber() + " frames " + e.getStackTrace().length);
            }
        });
        recurse(0);
    }
}

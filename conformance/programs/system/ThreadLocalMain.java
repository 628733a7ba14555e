// ThreadLocal and InheritableThreadLocal on the main thread only: initial values, set/get/remove,
// the main thread's name and group.
public class ThreadLocalMain {
    static final ThreadLocal<StringBuilder> BUFFER = new ThreadLocal<StringBuilder>() {
        @Override protected StringBuilder initialValue() {
            System.out.println("  initialValue called");
            return new StringBuilder("init");
        }
    };
    static final InheritableThreadLocal<String> INHERITED = new InheritableThreadLocal<String>();

    public static void main(String[] args) {
        System.out.println(BUFFER.get().append("+1"));
        System.out.println(BUFFER.get().append("+2"));
        BUFFER.remove();
        System.out.println(BUFFER.get());
        System.out.println("inherited " + INHERITED.get());
        INHERITED.set("value");
        System.out.println("inherited " + INHERITED.get());
        Thread t = Thread.currentThread();
        System.out.println(t.getName() + " group " + t.getThreadGroup().getName() + " daemon " + t.isDaemon() + " state " + t.getState() + " alive " + t.isAlive() + " interrupted " + t.isInterrupted());
    }
}

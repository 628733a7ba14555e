// Default and explicit names (including a NUL character), setName, priorities and their
// bounds, toString, thread groups, and the daemon flag inherited from the creating thread.
public class ThreadNames {
    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> {});
        Thread b = new Thread(() -> {});
        System.out.println(a.getName() + " " + b.getName() + " " + a);
        Thread nul = new Thread(() -> System.out.println("running as [" + Thread.currentThread().getName().replace('\0', '0') + "]"), "a\0b");
        nul.start();
        nul.join();
        Thread renamed = new Thread(() -> {
            Thread.currentThread().setName("renamed-inside");
            System.out.println("now " + Thread.currentThread().getName());
        }, "before");
        renamed.start();
        renamed.join();
        System.out.println("after join " + renamed.getName());
        Thread p = new Thread(() -> System.out.println("priority inside " + Thread.currentThread().getPriority()));
        p.setPriority(Thread.MAX_PRIORITY);
        p.start();
        p.join();
        try {
            p.setPriority(11);
        } catch (IllegalArgumentException e) {
            System.out.println("setPriority(11): IllegalArgumentException");
        }
        Thread main = Thread.currentThread();
        System.out.println(main + " group " + main.getThreadGroup().getName() + " parent " + main.getThreadGroup().getParent().getName());
        Thread daemonParent = new Thread(() -> {
            Thread child = new Thread(() -> {});
            System.out.println("child of daemon is daemon " + child.isDaemon());
        });
        daemonParent.setDaemon(true);
        daemonParent.start();
        daemonParent.join();
        System.out.println("ids distinct " + (a.getId() != b.getId()) + ", main alive " + main.isAlive() + ", state " + main.getState());
    }
}

// waits: #4 invokedynamic (SecurityManager initialisation uses lambdas)
// SecurityManager.getClassContext: the classes of the frames on the stack, innermost first,
// without native frames and reflection frames (Method.invoke and the accessors).
import java.lang.reflect.Method;

public class ClassContext {
    static class Context extends SecurityManager {
        String names() {
            StringBuilder sb = new StringBuilder();
            for (Class<?> c : getClassContext()) sb.append(c.getName()).append(' ');
            return sb.toString().trim();
        }
    }

    static class Deeper {
        static String call() { return new Context().names(); }
    }

    public static String context() {
        return new Context().names();
    }

    public static void main(String[] args) throws Exception {
        System.out.println("direct " + context());
        System.out.println("nested " + Deeper.call());
        Method m = ClassContext.class.getMethod("context");
        System.out.println("through reflection " + m.invoke(null));
        for (int i = 0; i < 20; i++) m.invoke(null);
        System.out.println("after inflation " + m.invoke(null));
        Runnable r = new Runnable() {
            public void run() { System.out.println("anonymous " + context()); }
        };
        r.run();
    }
}

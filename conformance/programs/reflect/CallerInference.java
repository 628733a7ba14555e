// Library code that infers its caller: java.util.logging fills a record's source class and
// method with a stack walk, System.Logger and ServiceLoader take the caller's module, and
// reflective calls of interface default, static and bridge methods keep their behaviour.
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

public class CallerInference {
    interface Greeter {
        default String greet(String who) { return "hi " + who; }
        static String shout(String s) { return s.toUpperCase(); }
    }

    static class Impl implements Greeter, Comparable<Impl> {
        public int compareTo(Impl o) { return 0; }
    }

    static class Worker {
        void work(Logger log) {
            log.info("working");
            log.log(Level.WARNING, "warned {0}", 7);
            Runnable r = () -> log.fine("from lambda");
            r.run();
        }
    }

    public static void main(String[] args) throws Exception {
        Logger log = Logger.getLogger("conformance.caller");
        log.setUseParentHandlers(false);
        log.setLevel(Level.ALL);
        List<String> lines = new ArrayList<>();
        Handler h = new Handler() {
            public void publish(LogRecord r) {
                lines.add(r.getLevel() + " " + r.getSourceClassName() + "." + r.getSourceMethodName() + ": " + getFormatter().formatMessage(r));
            }
            public void flush() {}
            public void close() {}
        };
        h.setFormatter(new Formatter() {
            public String format(LogRecord r) { return r.getMessage(); }
        });
        h.setLevel(Level.ALL);
        log.addHandler(h);
        new Worker().work(log);
        log.severe("from main");
        for (String l : lines) System.out.println(l);
        System.Logger sys = System.getLogger("conformance.system");
        System.out.println("system logger " + sys.getName() + " loggable " + sys.isLoggable(System.Logger.Level.DEBUG));
        int providers = 0;
        for (java.nio.file.spi.FileSystemProvider p : ServiceLoader.load(java.nio.file.spi.FileSystemProvider.class)) providers++;
        System.out.println("service loader ran " + (providers >= 0));
        Method greet = Greeter.class.getMethod("greet", String.class);
        System.out.println(greet.isDefault() + " " + greet.invoke(new Impl(), "x") + " " + Greeter.class.getMethod("shout", String.class).invoke(null, "loud"));
        int bridges = 0;
        for (Method m : Impl.class.getMethods()) if (m.isBridge()) bridges++;
        Method bridge = Impl.class.getMethod("compareTo", Object.class);
        System.out.println("bridges " + bridges + " bridge invoke " + bridge.invoke(new Impl(), new Impl()) + " is bridge " + bridge.isBridge());
        List<String> names = new ArrayList<>();
        for (Method m : int[].class.getMethods()) names.add(m.getName());
        Collections.sort(names);
        System.out.println("array methods " + names + " declared " + int[].class.getDeclaredMethods().length);
        try {
            bridge.invoke(new Impl(), "not an impl");
        } catch (ClassCastException e) {
            System.out.println("ClassCastException " + e.getMessage());
        } catch (Exception e) {
            System.out.println(e + " cause " + e.getCause());
        }
    }
}

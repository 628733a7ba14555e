// StackWalker without lambdas: frames with classes, methods, descriptors, lines and bytecode
// indexes; options (class references, reflection frames); skip and limit; deep stacks fetched
// in several batches; getCallerClass directly, through reflection and from main.
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

public class StackWalkerFrames {
    static final StackWalker PLAIN = StackWalker.getInstance();
    static final StackWalker CLASSES = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    static final StackWalker REFLECT = StackWalker.getInstance(EnumSet.of(StackWalker.Option.SHOW_REFLECT_FRAMES, StackWalker.Option.RETAIN_CLASS_REFERENCE));

    static class Describe implements Function<Stream<StackWalker.StackFrame>, List<String>> {
        final boolean classes;
        Describe(boolean classes) { this.classes = classes; }
        public List<String> apply(Stream<StackWalker.StackFrame> s) {
            List<String> out = new ArrayList<String>();
            Iterator<StackWalker.StackFrame> it = s.iterator();
            while (it.hasNext()) {
                StackWalker.StackFrame f = it.next();
                String line = f.getClassName() + "." + f.getMethodName() + f.getDescriptor() + " line " + f.getLineNumber() + " bci " + f.getByteCodeIndex() + " native " + f.isNativeMethod() + " file " + f.getFileName() + " | " + f + " | " + f.toStackTraceElement();
                if (classes) line += " class " + f.getDeclaringClass().getSimpleName();
                out.add(line);
            }
            return out;
        }
    }

    static class Count implements Function<Stream<StackWalker.StackFrame>, Integer> {
        public Integer apply(Stream<StackWalker.StackFrame> s) {
            int n = 0;
            Iterator<StackWalker.StackFrame> it = s.iterator();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        }
    }

    static class Top implements Function<Stream<StackWalker.StackFrame>, Boolean> {
        public Boolean apply(Stream<StackWalker.StackFrame> s) {
            Iterator<StackWalker.StackFrame> it = s.iterator();
            for (int i = 0; i < 2 && it.hasNext(); i++) it.next();
            return it.hasNext();
        }
    }

    static void print(List<String> lines) {
        for (String l : lines) System.out.println("  " + l);
    }

    static int deep(int n) {
        if (n > 0) return deep(n - 1);
        int all = PLAIN.walk(new Count());
        List<String> limited = PLAIN.walk(new Function<Stream<StackWalker.StackFrame>, List<String>>() {
            public List<String> apply(Stream<StackWalker.StackFrame> s) {
                List<String> out = new ArrayList<String>();
                Iterator<StackWalker.StackFrame> it = s.iterator();
                for (int i = 0; i < 95 && it.hasNext(); i++) it.next();
                while (it.hasNext() && out.size() < 10) out.add(it.next().getMethodName() + ":" + it.hasNext());
                return out;
            }
        });
        System.out.println("deep frames " + all + " skip 95 limit 10 " + limited);
        return all;
    }

    public static Class<?> whoCalls() {
        return CLASSES.getCallerClass();
    }

    public static List<String> reflectFrames() {
        return REFLECT.walk(new Describe(true));
    }

    static class Inner {
        Inner() {
            System.out.println("constructor frames");
            print(PLAIN.walk(new Describe(false)));
            System.out.println("caller of constructor " + CLASSES.getCallerClass().getName());
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("plain frames");
        print(PLAIN.walk(new Describe(false)));
        System.out.println("class frames");
        print(CLASSES.walk(new Describe(true)));
        new Inner();
        System.out.println("skip 2 " + CLASSES.walk(new Top()));
        deep(120);
        System.out.println("caller direct " + whoCalls().getName());
        Method m = StackWalkerFrames.class.getMethod("whoCalls");
        System.out.println("caller through reflection " + ((Class<?>) m.invoke(null)).getName());
        System.out.println("reflection frames shown");
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) StackWalkerFrames.class.getMethod("reflectFrames").invoke(null);
        print(shown);
        try {
            PLAIN.walk(new Function<Stream<StackWalker.StackFrame>, Object>() {
                public Object apply(Stream<StackWalker.StackFrame> s) {
                    return s.iterator().next().getDeclaringClass();
                }
            });
        } catch (UnsupportedOperationException e) {
            System.out.println("UnsupportedOperationException " + e.getMessage());
        }
        try {
            PLAIN.getCallerClass();
        } catch (UnsupportedOperationException e) {
            System.out.println("UnsupportedOperationException " + e.getMessage());
        }
        try {
            System.out.println(CLASSES.getCallerClass());
        } catch (IllegalCallerException e) {
            System.out.println("IllegalCallerException " + e.getMessage());
        }
        final Stream<?>[] escaped = new Stream<?>[1];
        PLAIN.walk(new Function<Stream<StackWalker.StackFrame>, Object>() {
            public Object apply(Stream<StackWalker.StackFrame> s) {
                escaped[0] = s;
                return null;
            }
        });
        try {
            escaped[0].iterator().hasNext();
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException " + e.getMessage());
        }
        StackTraceElement[] trace = new Throwable().getStackTrace();
        System.out.println("throwable frames " + trace.length + " " + trace[0]);
    }
}

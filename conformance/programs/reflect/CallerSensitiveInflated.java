// Caller-sensitive JDK methods called reflectively past the inflation threshold: the generated
// accessors (subclasses of MethodAccessorImpl) are passed over by Reflection.getCallerClass, so
// Class.forName still resolves through the caller's loader; StackWalker.getCallerClass called
// reflectively finds no caller frame, as in HotSpot.
import java.lang.reflect.*;
public class CallerSensitiveInflated {
    static class Helper {}
    public static void main(String[] a) throws Exception {
        Method forName = Class.class.getMethod("forName", String.class);
        Method getLogger = System.class.getMethod("getLogger", String.class);
        Method walker = StackWalker.class.getMethod("getCallerClass");
        StackWalker w = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            Class<?> c = (Class<?>) forName.invoke(null, "CallerSensitiveInflated$Helper");
            if (i % 8 == 0) sb.append(c.getSimpleName()).append(' ');
            try {
                walker.invoke(w);
            } catch (InvocationTargetException e) {
                if (i % 8 == 0) sb.append(e.getCause().getClass().getSimpleName()).append(':').append(e.getCause().getMessage()).append(' ');
            }
        }
        System.out.println(sb);
    }
}

// waits: #4 StackWalker
// StackWalker: frames of the current thread with method names and line numbers, caller class.
import java.util.List;
import java.util.stream.Collectors;

public class StackWalkerBasic {
    static List<String> frames() {
        return StackWalker.getInstance().walk(s -> s.map(f -> f.getMethodName() + ":" + f.getLineNumber()).collect(Collectors.toList()));
    }

    static void level2() {
        System.out.println(frames());
        System.out.println(StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass().getName());
    }

    static void level1() { level2(); }

    public static void main(String[] args) {
        level1();
        System.out.println(new Throwable().getStackTrace().length);
    }
}

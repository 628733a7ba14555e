// waits: #4 invokedynamic (lambdas in the class library)
// StackWalker with lambdas and streams: frames walked from inside lambdas (lambda proxy
// frames are hidden), SHOW_HIDDEN_FRAMES, forEach, stream operations over frames,
// getCallerClass from lambdas and method references, and stack traces taken in lambdas.
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

public class StackWalkerLambdas {
    static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    static final StackWalker HIDDEN = StackWalker.getInstance(EnumSet.of(StackWalker.Option.SHOW_HIDDEN_FRAMES, StackWalker.Option.RETAIN_CLASS_REFERENCE));

    static List<String> names(StackWalker w) {
        return w.walk(s -> s.map(f -> (f.getDeclaringClass().isHidden() ? "<hidden>" : f.getClassName()) + "." + (f.getDeclaringClass().isHidden() ? "" : f.getMethodName()) + ":" + f.getLineNumber())
                .limit(6).collect(Collectors.toList()));
    }

    static Class<?> caller() {
        return WALKER.getCallerClass();
    }

    public static void main(String[] args) {
        Supplier<List<String>> plain = () -> names(WALKER);
        System.out.println("from lambda " + plain.get());
        Supplier<List<String>> hidden = () -> names(HIDDEN);
        System.out.println("hidden shown " + hidden.get());
        Runnable r = () -> WALKER.forEach(f -> System.out.println("  forEach " + f.getMethodName() + " " + f.getLineNumber()));
        r.run();
        Supplier<Class<?>> viaLambda = () -> caller();
        Supplier<Class<?>> viaReference = StackWalkerLambdas::caller;
        System.out.println("caller from lambda " + viaLambda.get().getName() + " from method reference " + viaReference.get().getName());
        System.out.println("depth " + WALKER.walk(s -> s.count()) + " first " + WALKER.walk(s -> s.findFirst().map(StackWalker.StackFrame::getMethodName).orElse("none")));
        Supplier<StackTraceElement[]> trace = () -> new Throwable().getStackTrace();
        for (StackTraceElement e : trace.get()) System.out.println("  trace " + e);
        System.out.println("skip " + WALKER.walk(s -> s.skip(1).map(StackWalker.StackFrame::getMethodName).collect(Collectors.joining(","))));
    }
}

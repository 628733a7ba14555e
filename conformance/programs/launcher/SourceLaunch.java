// A single-file source-code program (`java File.java args`): javac's source launcher
// (jdk.compiler) compiles the file in memory and runs its first top-level class, here on
// Cortado itself. Several top-level classes, nested classes, records and lambdas compile and
// run; the class loader is the launcher's in-memory loader; an uncaught exception escapes
// through the launcher's reflective call.
// launch: {source} alpha beta
// timeout: 120
import java.util.List;
import java.util.stream.Collectors;

public class SourceLaunch {
    record Point(int x, int y) {
        int dot(Point o) {
            return x * o.x + y * o.y;
        }
    }

    public static void main(String[] args) {
        System.out.println("args: " + List.of(args));
        System.out.println("loader: " + SourceLaunch.class.getClassLoader().getClass().getName());
        System.out.println("parent: " + SourceLaunch.class.getClassLoader().getParent().getName());
        System.out.println("helper loader same: "
                + (Helper.class.getClassLoader() == SourceLaunch.class.getClassLoader()));
        System.out.println("source property: " + System.getProperty("jdk.internal.javac.source"));
        System.out.println("class path: [" + System.getProperty("java.class.path") + "]");
        System.out.println("launcher module in boot layer: "
                + ModuleLayer.boot().findModule("jdk.compiler").isPresent());
        Point p = new Point(3, 4);
        System.out.println(p + " dot itself = " + p.dot(p));
        System.out.println(Helper.squares(5).stream().map(String::valueOf).collect(Collectors.joining(",")));
        String resource = SourceLaunch.class.getName().replace('.', '/') + ".class";
        System.out.println("class file as a resource: "
                + (SourceLaunch.class.getClassLoader().getResource(resource) != null));
        Helper.fail(args.length);
    }
}

class Helper {
    static List<Integer> squares(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).map(i -> i * i).boxed().toList();
    }

    static void fail(int n) {
        throw new IllegalStateException("failing with " + n + " arguments");
    }
}

// A class-path program with application modules added to the boot layer: `-p <dir>
// --add-modules <module>`, and the observable system modules limited by `--limit-modules`.
// Code in the unnamed module reads every module, sees only exported packages, and finds the
// module's services.
// run: -p {modules} --add-modules modlib --limit-modules modlib,java.logging
import java.lang.reflect.Method;
import java.util.List;
import java.util.TreeSet;

public class ModulesFromClassPath {
    public static void main(String[] args) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        for (Module m : ModuleLayer.boot().modules()) {
            names.add(m.getName());
        }
        System.out.println("boot layer: " + names);
        Class<?> greeter = Class.forName("modlib.api.Greeter");
        Module modlib = greeter.getModule();
        System.out.println(greeter.getName() + " in " + modlib.getName()
                + ", loader " + greeter.getClassLoader().getName());
        Module unnamed = ModulesFromClassPath.class.getModule();
        System.out.println("unnamed reads modlib: " + unnamed.canRead(modlib));
        System.out.println("modlib.api exported: " + modlib.isExported("modlib.api", unnamed));
        System.out.println("modlib.internal exported: " + modlib.isExported("modlib.internal", unnamed));
        Method all = greeter.getMethod("all", String.class);
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) all.invoke(null, "class path");
        System.out.println(lines);
        try {
            Class.forName("java.sql.Connection");
            System.out.println("java.sql is observable?");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException: " + e.getMessage());
        }
        Class<?> plain = Class.forName("modlib.internal.PlainGreeter");
        try {
            plain.getConstructor().newInstance();
        } catch (IllegalAccessException e) {
            String message = e.getMessage();
            // The unnamed module prints with its identity hash: leave it out.
            System.out.println(message.substring(0, message.indexOf(" @")));
        }
        System.out.println("java.util.logging: " + java.util.logging.Level.INFO);
    }
}

package modjar;

import java.lang.module.ModuleDescriptor;

public class Start {
    public static void main(String[] args) throws Exception {
        Module self = Start.class.getModule();
        ModuleDescriptor d = self.getDescriptor();
        System.out.println("module " + d.name() + " version " + d.version().map(Object::toString).orElse("none"));
        System.out.println("main class " + d.mainClass().orElse("none"));
        System.out.println("exports " + d.exports().stream().map(e -> e.source()).sorted().toList());
        System.out.println("packages " + new java.util.TreeSet<>(d.packages()));
        System.out.println("location " + self.getLayer().configuration().findModule("modjar")
                .flatMap(m -> m.reference().location()).map(u -> u.getScheme() + ":" + u.getPath().endsWith("/modjar.jar")).orElse("?"));
        System.out.println(new modjar.impl.Helper().describe(args));
        try (java.io.InputStream in = self.getResourceAsStream("modjar/impl/config.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            System.out.println("config " + new java.util.TreeMap<>(p));
        }
        System.out.println("class path " + System.getProperty("java.class.path").isEmpty());
        // Messages and stack traces name a versioned application module with its version.
        Object helper = new modjar.impl.Helper();
        try {
            System.out.println((Runnable) helper);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        StackTraceElement top = new Throwable().getStackTrace()[0];
        System.out.println(top + " module " + top.getModuleName() + "@" + top.getModuleVersion());
        throw new IllegalStateException("escaping " + String.join(",", args));
    }
}

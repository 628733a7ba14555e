package modapp;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws Exception {
        System.out.println("args: " + String.join(" ", args));
        Module self = Main.class.getModule();
        System.out.println("module: " + self.getName() + " named=" + self.isNamed());
        System.out.println("loader: " + Main.class.getClassLoader().getName());
        System.out.println("same loader as modlib: "
                + (modlib.api.Greeter.class.getClassLoader() == Main.class.getClassLoader()));
        ModuleDescriptor d = self.getDescriptor();
        System.out.println("requires: " + d.requires().stream().map(r -> r.name()).sorted().toList());
        System.out.println("packages: " + new java.util.TreeSet<>(d.packages()));
        System.out.println("boot layer has modapp, modlib: "
                + ModuleLayer.boot().findModule("modapp").isPresent() + ", "
                + ModuleLayer.boot().findModule("modlib").isPresent());
        System.out.println("main module property: " + System.getProperty("jdk.module.main"));
        System.out.println("reads modlib: " + self.canRead(modlib.api.Greeter.class.getModule()));
        for (String line : modlib.api.Greeter.all("module path")) {
            System.out.println(line);
        }
        try (InputStream in = Main.class.getResourceAsStream("data/note.txt")) {
            System.out.print("resource: " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Class<?> hidden = Class.forName("modlib.internal.PlainGreeter");
        System.out.println("forName: " + hidden.getName() + " in " + hidden.getModule().getName());
        System.out.println("exported to modapp: "
                + hidden.getModule().isExported("modlib.internal", self));
        try {
            hidden.getConstructor().newInstance();
            System.out.println("constructed a class of an unexported package?");
        } catch (IllegalAccessException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("unnamed module of the class path: "
                + ClassLoader.getSystemClassLoader().getUnnamedModule().isNamed());
    }
}

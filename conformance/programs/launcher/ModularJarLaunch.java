// Launches a modular jar by module name alone: `-p app.jar -m module`. The main class comes
// from the module descriptor's ModuleMainClass attribute, which `jar --main-class` writes, and
// the module version from `--module-version`; classes and resources are read through the jar's
// module reader. Messages and stack traces name the module with its version (modjar@1.2.3).
// jar: --create --file {jars}/modjar.jar --main-class modjar.Start --module-version 1.2.3 -C {modules}/modjar .
// launch: -p {jars}/modjar.jar -m modjar
// args: x y z
public class ModularJarLaunch {
    public static void main(String[] args) {
        System.out.println("not launched through the class path");
    }
}

// Launches a module from the module path (exploded modules): `-p <dir> -m module/class`. The
// application modules (ModulePathLaunch.modules/) join the boot layer, are defined to the
// application class loader, read each other, load services and resources, and keep their
// unexported packages closed.
// launch: -p {modules} -m modapp/modapp.Main one two
public class ModulePathLaunch {
    public static void main(String[] args) {
        System.out.println("not launched through the class path");
    }
}

// Class.forName with explicit loaders: the system loader, the boot loader (null), a custom
// loader delegating to its parent; initialisation on request only; array names; the
// ClassNotFoundException messages of each loader; the built-in loaders' names and parents.
public class ForNameLoaders {
    static class Initialised {
        static { System.out.println("  <clinit> of Initialised"); }
        static int value = 7;
    }

    static class Lazy {
        static { System.out.println("  <clinit> of Lazy"); }
    }

    static class Delegating extends ClassLoader {
        int asked;
        Delegating(ClassLoader parent) { super("delegating", parent); }
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked++;
            return super.loadClass(name, resolve);
        }
    }

    static void tryForName(String name, boolean init, ClassLoader loader) {
        try {
            Class<?> c = Class.forName(name, init, loader);
            ClassLoader l = c.getClassLoader();
            System.out.println(name + " -> " + c.getName() + " loader " + (l == null ? "bootstrap" : l.getName()));
        } catch (ClassNotFoundException e) {
            System.out.println(name + " -> ClassNotFoundException: " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        ClassLoader app = ClassLoader.getSystemClassLoader();
        System.out.println("app loader name " + app.getName() + ", parent " + app.getParent().getName() + ", grandparent " + app.getParent().getParent());
        System.out.println("platform is parent " + (ClassLoader.getPlatformClassLoader() == app.getParent()));
        System.out.println("main class loader is app " + (ForNameLoaders.class.getClassLoader() == app));
        System.out.println("String loader " + String.class.getClassLoader());

        System.out.println("forName without init:");
        Class<?> lazy = Class.forName("ForNameLoaders$Lazy", false, app);
        System.out.println("  got " + lazy.getName());
        System.out.println("forName with init:");
        Class.forName("ForNameLoaders$Initialised", true, app);
        System.out.println("  value " + Initialised.value);
        System.out.println("forName of Lazy again with init:");
        Class.forName("ForNameLoaders$Lazy");

        tryForName("java.lang.String", false, null);
        tryForName("java.util.ArrayList", false, app);
        tryForName("ForNameLoaders", false, null);
        tryForName("no.such.Thing", false, null);
        tryForName("no.such.Thing", false, app);
        tryForName("[Ljava.lang.String;", false, null);
        tryForName("[[I", false, app);
        tryForName("[LForNameLoaders$Lazy;", false, app);
        tryForName("[Lno.such.Thing;", false, app);
        tryForName("[Lno.such.Thing;", false, null);
        tryForName("java/lang/String", false, null);
        tryForName("int", false, null);
        tryForName("sun.nio.cs.ext.ExtendedCharsets", false, null);
        tryForName("sun.nio.cs.ext.ExtendedCharsets", false, app);

        Delegating d = new Delegating(app);
        Class<?> viaCustom = Class.forName("ForNameLoaders$Lazy", false, d);
        System.out.println("custom loader finds the parent's class " + (viaCustom == lazy) + ", asked " + (d.asked > 0));
        int before = d.asked;
        Class.forName("ForNameLoaders$Lazy", false, d);
        System.out.println("second forName asks the loader again " + (d.asked > before));
        tryForName("no.such.Other", false, d);
        System.out.println("loadClass of the system loader: " + app.loadClass("ForNameLoaders$Initialised").getName());
        try {
            app.loadClass("no.such.Loaded");
        } catch (ClassNotFoundException e) {
            System.out.println("loadClass: ClassNotFoundException: " + e.getMessage());
        }
    }
}

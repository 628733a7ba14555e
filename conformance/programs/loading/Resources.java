// Resources through the class loaders: Class.getResource (relative and absolute names),
// ClassLoader.getResource and getResourceAsStream from the class path directory and from the
// JDK image, a missing resource, and a jar built at run time read through a URLClassLoader
// (resources and a class loaded from it). URLs are printed without their host-specific part.
import java.io.File;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

public class Resources {
    public static class InJar {
        public static String where() { return "loaded by " + InJar.class.getClassLoader().getClass().getName(); }
    }

    static String describe(URL url) {
        if (url == null) {
            return "null";
        }
        String s = url.toString();
        int slash = s.lastIndexOf('/');
        return url.getProtocol() + " ..." + s.substring(slash);
    }

    static int length(InputStream in) throws Exception {
        if (in == null) {
            return -1;
        }
        byte[] b = in.readAllBytes();
        in.close();
        return b.length;
    }

    static byte[] classBytes(String name) throws Exception {
        InputStream in = Resources.class.getResourceAsStream(name + ".class");
        byte[] b = in.readAllBytes();
        in.close();
        return b;
    }

    public static void main(String[] args) throws Exception {
        ClassLoader app = Resources.class.getClassLoader();
        System.out.println("relative " + describe(Resources.class.getResource("Resources.class")));
        System.out.println("absolute " + describe(Resources.class.getResource("/Resources$InJar.class")));
        System.out.println("loader " + describe(app.getResource("Resources.class")));
        System.out.println("jdk class " + describe(app.getResource("java/lang/Object.class")));
        System.out.println("jdk class via Class " + describe(Object.class.getResource("Object.class")));
        System.out.println("missing " + describe(app.getResource("no/such/resource.txt")));
        System.out.println("stream length matches file " + (length(app.getResourceAsStream("Resources.class")) == new File(app.getResource("Resources.class").toURI()).length()));
        System.out.println("missing stream " + length(app.getResourceAsStream("nothing-here")));
        System.out.println("system resource " + describe(ClassLoader.getSystemResource("Resources.class")));
        int count = 0;
        Enumeration<URL> all = app.getResources("Resources.class");
        while (all.hasMoreElements()) {
            all.nextElement();
            count++;
        }
        System.out.println("getResources count " + count);

        File jar = new File("built.jar");
        JarOutputStream out = new JarOutputStream(new FileOutputStream(jar));
        out.putNextEntry(new JarEntry("data/hello.txt"));
        out.write("hello from a jar\n".getBytes("UTF-8"));
        out.closeEntry();
        out.putNextEntry(new JarEntry("Resources$InJar.class"));
        out.write(classBytes("Resources$InJar"));
        out.closeEntry();
        out.close();

        URLClassLoader jarLoader = new URLClassLoader(new URL[] { jar.toURI().toURL() }, null);
        URL hello = jarLoader.getResource("data/hello.txt");
        System.out.println("jar resource " + describe(hello) + " protocol " + hello.getProtocol());
        InputStream in = jarLoader.getResourceAsStream("data/hello.txt");
        System.out.print("jar content " + new String(in.readAllBytes(), "UTF-8"));
        in.close();
        System.out.println("jar missing " + describe(jarLoader.getResource("data/none.txt")));
        Class<?> fromJar = jarLoader.loadClass("Resources$InJar");
        System.out.println("class from jar distinct " + (fromJar != InJar.class) + " " + fromJar.getMethod("where").invoke(null));
        jarLoader.close();
    }
}

// A ClassLoader subclass defining classes from bytes read from a file: the defined class's
// loader, name, module and its references resolved through the defining loader; the same
// bytes defined by two loaders are two classes (ClassCastException names both loaders); a
// wrong name, a duplicate definition and a java.* name, with HotSpot's messages (loader
// identity hashes masked).
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.lang.reflect.Method;

public class CustomDefineClass {
    public static class Payload {
        public static String hello() { return "hello from " + Payload.class.getClassLoader().getName() + " helper " + Helper.twice(21); }
        public Object self() { return this; }
    }

    public static class Helper {
        static int twice(int x) { return 2 * x; }
    }

    static class FileLoader extends ClassLoader {
        final File dir;
        boolean askedForHelper;
        FileLoader(String name, File dir) {
            super(name, CustomDefineClass.class.getClassLoader());
            this.dir = dir;
        }
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("CustomDefineClass$Payload") || name.startsWith("CustomDefineClass$Helper")) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        if (name.endsWith("Helper")) {
                            askedForHelper = true;
                        }
                        c = findClass(name);
                    }
                    return c;
                }
            }
            return super.loadClass(name, resolve);
        }
        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            try {
                byte[] b = readFile(new File(dir, name + ".bin"));
                return defineClass(name, b, 0, b.length);
            } catch (java.io.IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
        Class<?> defineRaw(String name, byte[] b) {
            return defineClass(name, b, 0, b.length);
        }
        Class<?> defineRange(String name, byte[] b, int off, int len) {
            return defineClass(name, b, off, len);
        }
    }

    static byte[] readFile(File f) throws java.io.IOException {
        InputStream in = new FileInputStream(f);
        byte[] b = in.readAllBytes();
        in.close();
        return b;
    }

    static void copyClass(String name, File dir) throws Exception {
        InputStream in = CustomDefineClass.class.getResourceAsStream(name + ".class");
        byte[] b = in.readAllBytes();
        in.close();
        FileOutputStream out = new FileOutputStream(new File(dir, name + ".bin"));
        out.write(b);
        out.close();
    }

    static String mask(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            out.append(c);
            i++;
            if (c == '@') {
                int j = i;
                while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0) {
                    j++;
                }
                if (j > i) {
                    out.append("HASH");
                    i = j;
                }
            }
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        File dir = new File("classes-from-files");
        dir.mkdir();
        copyClass("CustomDefineClass$Payload", dir);
        copyClass("CustomDefineClass$Helper", dir);

        FileLoader one = new FileLoader("one", dir);
        Class<?> p1 = one.loadClass("CustomDefineClass$Payload");
        System.out.println("defined " + p1.getName() + " by " + p1.getClassLoader().getName() + ", distinct from the app's " + (p1 != Payload.class));
        System.out.println("package " + p1.getPackageName().isEmpty() + ", module named " + p1.getModule().isNamed() + ", module is the loader's unnamed module " + (p1.getModule() == one.getUnnamedModule()));
        Method hello = p1.getMethod("hello");
        System.out.println(hello.invoke(null));
        System.out.println("Helper resolved through the defining loader " + one.askedForHelper);
        System.out.println("findLoadedClass after definition " + (one.loadClass("CustomDefineClass$Payload") == p1));

        FileLoader two = new FileLoader("two", dir);
        Class<?> p2 = two.loadClass("CustomDefineClass$Payload");
        System.out.println("two loaders, two classes " + (p1 != p2));
        Object o2 = p2.getConstructor().newInstance();
        try {
            Object cast = p1.cast(o2);
            System.out.println("cast succeeded?! " + cast);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + mask(e.getMessage()));
        }
        try {
            Payload p = (Payload) o2;
            System.out.println("checkcast succeeded?! " + p);
        } catch (ClassCastException e) {
            System.out.println("checkcast: " + mask(e.getMessage()));
        }

        byte[] bytes = readFile(new File(dir, "CustomDefineClass$Payload.bin"));
        try {
            one.defineRaw("CustomDefineClass$Payload", bytes);
        } catch (LinkageError e) {
            System.out.println(e.getClass().getName() + ": " + mask(e.getMessage()));
        }
        try {
            new FileLoader("three", dir).defineRaw("Wrong", bytes);
        } catch (NoClassDefFoundError e) {
            System.out.println("NoClassDefFoundError: " + e.getMessage());
        }
        try {
            new FileLoader("four", dir).defineRaw("java.util.Sneaky", bytes);
        } catch (SecurityException e) {
            System.out.println("SecurityException: " + e.getMessage());
        }
        FileLoader five = new FileLoader("five", dir);
        Class<?> unnamed = five.defineRaw(null, bytes);
        System.out.println("null name takes the file's: " + unnamed.getName());
        try {
            five.defineRaw(null, bytes);
        } catch (LinkageError e) {
            System.out.println("again: " + e.getClass().getName() + ": " + mask(e.getMessage()));
        }
        try {
            five.defineRaw("CustomDefineClass$Helper", new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE });
        } catch (ClassFormatError e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            five.defineRaw("X", bytes.clone()).getName();
        } catch (NoClassDefFoundError e) {
            System.out.println("NoClassDefFoundError: " + e.getMessage());
        }
        try {
            new FileLoader("six", dir).defineRaw("CustomDefineClass$Payload", null);
        } catch (NullPointerException e) {
            System.out.println("null bytes: NullPointerException");
        }
        try {
            new FileLoader("seven", dir).defineRange("CustomDefineClass$Payload", bytes, 10, bytes.length);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}

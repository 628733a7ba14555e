// Lookup.defineHiddenClass: hidden classes from a class file's bytes, their names
// (Name/0x...), isHidden, nestmate access to the host's private members, class data, several
// hidden classes from the same bytes, and what cannot find them (Class.forName, getResource).
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.Supplier;

public class HiddenClasses {
    private static String secret() { return "host secret"; }

    public static class Template implements Supplier<String> {
        public String get() { return "template says " + HiddenClasses.secret(); }
    }

    static String mask(String name) {
        return name.replaceAll("0x[0-9a-f]+", "0x...");
    }

    public static void main(String[] args) throws Throwable {
        byte[] bytes;
        try (InputStream in = HiddenClasses.class.getResourceAsStream("HiddenClasses$Template.class")) {
            bytes = in.readAllBytes();
        }
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandles.Lookup hidden = lookup.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
        Class<?> c = hidden.lookupClass();
        System.out.println("name " + mask(c.getName()) + " hidden " + c.isHidden() + " template hidden " + Template.class.isHidden());
        System.out.println("nest host " + c.getNestHost().getName() + " nestmate " + c.isNestmateOf(HiddenClasses.class) + " canonical " + c.getCanonicalName());
        System.out.println("same loader " + (c.getClassLoader() == HiddenClasses.class.getClassLoader()) + " package " + c.getPackageName());
        @SuppressWarnings("unchecked")
        Supplier<String> s = (Supplier<String>) hidden.findConstructor(c, MethodType.methodType(void.class)).invoke();
        System.out.println("instance " + s.get() + " class " + mask(s.getClass().getName()));
        Class<?> again = lookup.defineHiddenClass(bytes, false).lookupClass();
        System.out.println("second distinct " + (again != c) + " same name " + mask(again.getName()).equals(mask(c.getName())));
        try {
            Class.forName(c.getName());
        } catch (ClassNotFoundException e) {
            System.out.println("forName: ClassNotFoundException " + mask(e.getMessage()));
        }
        MethodHandles.Lookup withData = lookup.defineHiddenClassWithClassData(bytes, List.of("alpha", "beta"), true, MethodHandles.Lookup.ClassOption.NESTMATE);
        List<?> data = MethodHandles.classData(withData, "_", List.class);
        System.out.println("class data " + data + " element " + MethodHandles.classDataAt(withData, "_", String.class, 1));
        MethodHandle get = withData.findVirtual(withData.lookupClass(), "get", MethodType.methodType(String.class));
        System.out.println("handle on hidden " + get.invoke(withData.findConstructor(withData.lookupClass(), MethodType.methodType(void.class)).invoke()));
        try {
            Object o = again.getConstructor().newInstance();
            System.out.println("not a nestmate " + ((Supplier<?>) o).get());
        } catch (IllegalAccessError e) {
            System.out.println("IllegalAccessError " + mask(e.getMessage()));
        }
        try {
            lookup.defineHiddenClass(new byte[] {1, 2, 3}, false);
        } catch (ClassFormatError e) {
            System.out.println("ClassFormatError " + e.getMessage());
        }
    }
}

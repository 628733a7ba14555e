// Loader constraints (JVMS 5.3.4): two class loaders that each define their own class named
// LoaderConstraints$Foo may not link across a method, field or overriding whose descriptor names
// Foo. Each case uses fresh loaders: `one` defines the "user" side, `two` the "provider" side,
// and both define Foo unless it is shared through their parent. The messages name the loaders
// with their identity hashes, which are replaced by "@ID" here.
package constraints;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

public class LoaderConstraints {
    public static class Foo {
        public String where() {
            return "Foo of " + getClass().getClassLoader().getName();
        }
    }

    public static class Provider {
        public static Foo FIELD;

        public static void prepare() {
            FIELD = new Foo();
            System.out.println("  provider made " + FIELD.where());
        }

        public static Foo make() {
            return new Foo();
        }

        public static String take(Foo f) {
            return "took " + (f == null ? "null" : f.where());
        }

        public static String makeLocal() {
            return new Foo().where();
        }
    }

    /** Calls a method whose return type is Foo. */
    public static class MethodUser implements Runnable {
        public void run() {
            System.out.println("  user has " + new Foo().where());
            Provider.prepare();
            Foo f = Provider.make();
            System.out.println("  got " + f.where());
        }
    }

    /** Reads a static field of type Foo. */
    public static class FieldUser implements Runnable {
        public void run() {
            System.out.println("  user has " + new Foo().where());
            Provider.prepare();
            Foo f = Provider.FIELD;
            System.out.println("  got " + f.where());
        }
    }

    /** Passes a Foo before the provider's loader has loaded one: the constraint is recorded
     *  and the provider's own Foo is refused when its loader defines it. */
    public static class LateUser implements Runnable {
        public void run() {
            Foo mine = new Foo();
            System.out.println("  user has " + mine.where());
            System.out.println("  " + Provider.take(mine));
            System.out.println("  " + Provider.makeLocal());
        }
    }

    public static class Base {
        public Foo get() {
            return new Foo();
        }

        public static void prepare() {
            System.out.println("  base has " + new Foo().where());
        }
    }

    public static class Sub extends Base {
        @Override
        public Foo get() {
            return null;
        }
    }

    /** Links a subclass (loader one) overriding a method of its superclass (loader two). */
    public static class OverrideUser implements Runnable {
        public void run() {
            System.out.println("  user has " + new Foo().where());
            Base.prepare();
            Base b = new Sub();
            System.out.println("  sub made: " + (b.get() == null));
        }
    }

    public interface Sink {
        void accept(Foo f);

        static void prepare() {
            System.out.println("  sink side has " + new Foo().where());
        }
    }

    public static class SinkImpl implements Sink {
        public void accept(Foo f) {
            System.out.println("  accepted");
        }
    }

    /** Links a class (loader one) implementing an interface (loader two) with Foo in a method. */
    public static class InterfaceUser implements Runnable {
        public void run() {
            System.out.println("  user has " + new Foo().where());
            Sink.prepare();
            Sink s = new SinkImpl();
            s.accept(null);
        }
    }

    /** Defines the classes named `own` itself, asks `peer` for the classes named `peerNames`,
     *  and its parent (the application loader) for the rest. */
    static class Loader extends ClassLoader {
        private final Set<String> own;
        private final Set<String> peerNames;
        private final ClassLoader peer;

        Loader(String name, ClassLoader peer, Set<String> peerNames, String... own) {
            super(name, LoaderConstraints.class.getClassLoader());
            this.own = new HashSet<>(Arrays.asList(own));
            this.peer = peer;
            this.peerNames = peerNames;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c != null) {
                    return c;
                }
                if (own.contains(name)) {
                    String file = name.replace('.', '/') + ".class";
                    try (InputStream in = getParent().getResourceAsStream(file)) {
                        byte[] bytes = in.readAllBytes();
                        return defineClass(name, bytes, 0, bytes.length);
                    } catch (java.io.IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (peer != null && peerNames.contains(name)) {
                    return peer.loadClass(name);
                }
                return super.loadClass(name, resolve);
            }
        }
    }

    static final String P = "constraints.LoaderConstraints$";

    static void scenario(String title, String user, boolean sharedFoo, String... providerSide) {
        System.out.println(title + (sharedFoo ? " (Foo shared)" : ""));
        String[] twoOwn = sharedFoo ? providerSide : append(providerSide, P + "Foo");
        Loader two = new Loader("two", null, Set.of(), twoOwn);
        Set<String> fromTwo = new HashSet<>(Arrays.asList(providerSide));
        String[] oneOwn = sharedFoo
                ? new String[] {P + user, P + "SinkImpl", P + "Sub"}
                : new String[] {P + user, P + "SinkImpl", P + "Sub", P + "Foo"};
        Loader one = new Loader("one", two, fromTwo, oneOwn);
        try {
            Class<?> c = one.loadClass(P + user);
            ((Runnable) c.getDeclaredConstructor().newInstance()).run();
            System.out.println("  completed");
        } catch (LinkageError e) {
            System.out.println("  " + e.getClass().getName() + ": " + clean(e.getMessage()));
        } catch (ReflectiveOperationException e) {
            System.out.println("  unexpected " + e);
        }
    }

    static String[] append(String[] a, String b) {
        String[] r = Arrays.copyOf(a, a.length + 1);
        r[a.length] = b;
        return r;
    }

    static String clean(String message) {
        return message == null ? null : message.replaceAll("@[0-9a-f]+", "@ID");
    }

    public static void main(String[] args) {
        scenario("method return type", "MethodUser", true, P + "Provider");
        scenario("method return type", "MethodUser", false, P + "Provider");
        scenario("static field type", "FieldUser", true, P + "Provider");
        scenario("static field type", "FieldUser", false, P + "Provider");
        scenario("constraint before loading", "LateUser", true, P + "Provider");
        scenario("constraint before loading", "LateUser", false, P + "Provider");
        scenario("overriding across loaders", "OverrideUser", true, P + "Base");
        scenario("overriding across loaders", "OverrideUser", false, P + "Base");
        scenario("interface method across loaders", "InterfaceUser", true, P + "Sink");
        scenario("interface method across loaders", "InterfaceUser", false, P + "Sink");
    }
}

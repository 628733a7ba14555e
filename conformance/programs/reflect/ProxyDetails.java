// waits: #4 invokedynamic (lambdas in the class library)
// Dynamic proxies in detail: public and package-private interfaces (proxy classes in a dynamic
// module or in the interface's package), several interfaces, default methods through
// InvocationHandler.invokeDefault, Object methods, return-value conversions and their errors,
// checked and unchecked exceptions, getInvocationHandler, and the argument checks of
// newProxyInstance.
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class ProxyDetails {
    public interface Shape {
        double area();
        default String describe() { return "shape with area " + area(); }
    }

    interface Named {
        String name();
        int id();
        long big(long base);
        Object echo(Object o, int[] arr, String... rest);
    }

    interface Other {
        String name();
    }

    static class Recorder implements InvocationHandler {
        final List<String> calls = new ArrayList<String>();
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            calls.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + (args == null ? "()" : "(" + args.length + ")"));
            switch (m.getName()) {
                case "area": return 2.5;
                case "describe": return InvocationHandler.invokeDefault(proxy, m, args);
                case "name": return "named";
                case "id": return null;
                case "big": return "not a long";
                case "echo": return args[0];
                case "hashCode": return 42;
                case "equals": return Boolean.FALSE;
                case "toString": return "Recorder proxy";
                default: throw new UnsupportedOperationException(m.getName());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        ClassLoader loader = ProxyDetails.class.getClassLoader();
        Recorder r = new Recorder();
        Shape s = (Shape) Proxy.newProxyInstance(loader, new Class<?>[] {Shape.class}, r);
        Class<?> sc = s.getClass();
        System.out.println("public interface proxy: final " + Modifier.isFinal(sc.getModifiers()) + " public " + Modifier.isPublic(sc.getModifiers()) + " module named " + sc.getModule().isNamed()
                + " package starts jdk.proxy " + sc.getPackageName().startsWith("jdk.proxy") + " super " + sc.getSuperclass().getName() + " interfaces " + sc.getInterfaces().length);
        System.out.println(s.area() + " | " + s.describe() + " | " + s + " | " + s.hashCode() + " | " + s.equals(s));
        Object both = Proxy.newProxyInstance(loader, new Class<?>[] {Named.class, Other.class}, r);
        Named n = (Named) both;
        Class<?> nc = both.getClass();
        System.out.println("package-private proxy: package '" + nc.getPackageName() + "' public " + Modifier.isPublic(nc.getModifiers()) + " same loader " + (nc.getClassLoader() == loader) + " module named " + nc.getModule().isNamed());
        System.out.println(n.name() + " " + ((Other) both).name() + " " + n.echo("e", new int[0]));
        try {
            n.id();
        } catch (NullPointerException e) {
            System.out.println("NullPointerException " + e.getMessage());
        }
        try {
            n.big(1);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException " + e.getMessage());
        }
        System.out.println("calls " + r.calls);
        System.out.println("isProxyClass " + Proxy.isProxyClass(sc) + " " + Proxy.isProxyClass(ProxyDetails.class) + " handler same " + (Proxy.getInvocationHandler(s) == r)
                + " cached class " + (Proxy.newProxyInstance(loader, new Class<?>[] {Shape.class}, r).getClass() == sc));
        try {
            Proxy.getInvocationHandler("not a proxy");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        try {
            Proxy.newProxyInstance(loader, new Class<?>[] {String.class}, r);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        try {
            Proxy.newProxyInstance(loader, new Class<?>[] {Shape.class, Shape.class}, r);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        try {
            Proxy.newProxyInstance(loader, new Class<?>[] {Shape.class}, null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException " + e.getMessage());
        }
        Runnable thrower = (Runnable) Proxy.newProxyInstance(loader, new Class<?>[] {Runnable.class}, new InvocationHandler() {
            public Object invoke(Object proxy, Method m, Object[] a) throws Throwable {
                throw new java.io.IOException("checked from handler");
            }
        });
        try {
            thrower.run();
        } catch (UndeclaredThrowableException e) {
            System.out.println("UndeclaredThrowableException cause " + e.getCause() + " message " + e.getMessage());
        }
        @SuppressWarnings("unchecked")
        Comparable<String> cmp = (Comparable<String>) Proxy.newProxyInstance(null, new Class<?>[] {Comparable.class}, new InvocationHandler() {
            public Object invoke(Object proxy, Method m, Object[] a) {
                return m.getName().equals("compareTo") ? ((String) a[0]).length() : null;
            }
        });
        List<String> list = new ArrayList<String>();
        list.add("ccc");
        System.out.println("boot loader proxy " + cmp.compareTo("four") + " loader " + cmp.getClass().getClassLoader() + " " + Collections.max(list));
    }
}

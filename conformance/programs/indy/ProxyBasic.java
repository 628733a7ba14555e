// waits: #4 java.lang.reflect.Proxy
// Dynamic proxies: an InvocationHandler logging calls, default Object methods, exceptions thrown
// through the proxy (checked ones wrapped in UndeclaredThrowableException).
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;

public class ProxyBasic {
    interface Calculator {
        int add(int a, int b);
        String name();
        void explode() throws java.io.IOException;
        void sneaky();
    }

    public static void main(String[] args) {
        InvocationHandler handler = new InvocationHandler() {
            public Object invoke(Object proxy, Method m, Object[] a) throws Throwable {
                switch (m.getName()) {
                    case "add": return (Integer) a[0] + (Integer) a[1];
                    case "name": return "proxied";
                    case "explode": throw new java.io.IOException("declared");
                    case "sneaky": throw new Exception("undeclared");
                    case "toString": return "ProxyCalculator";
                    case "hashCode": return 1234;
                    case "equals": return proxy == a[0];
                    default: throw new UnsupportedOperationException(m.getName());
                }
            }
        };
        Calculator c = (Calculator) Proxy.newProxyInstance(ProxyBasic.class.getClassLoader(), new Class<?>[] {Calculator.class}, handler);
        System.out.println(c.add(2, 3) + " " + c.name() + " " + c + " " + c.hashCode() + " " + c.equals(c) + " " + Proxy.isProxyClass(c.getClass()));
        try {
            c.explode();
        } catch (java.io.IOException e) {
            System.out.println("declared: " + e.getMessage());
        }
        try {
            c.sneaky();
        } catch (UndeclaredThrowableException e) {
            System.out.println("undeclared wrapped: " + e.getCause().getMessage());
        }
    }
}

// Protection domains and signers of classes: the application class loader defines classes
// with a code source for the class-path entry; boot classes have none (Class answers a domain
// with all permissions); no class is signed.
import java.security.CodeSource;
import java.security.ProtectionDomain;

public class ProtectionDomains {
    static class Nested {}

    static void show(Class<?> c) {
        ProtectionDomain pd = c.getProtectionDomain();
        CodeSource cs = pd.getCodeSource();
        System.out.println(c.getName() + " code source " + (cs == null ? "null" : cs.getLocation().getProtocol() + " dir " + cs.getLocation().getPath().endsWith("/") + " certificates " + cs.getCertificates())
                + " loader " + (pd.getClassLoader() == null ? "null" : pd.getClassLoader().getClass().getSimpleName())
                + " signers " + c.getSigners() + " same as main " + (pd == ProtectionDomains.class.getProtectionDomain()));
    }

    public static void main(String[] args) {
        show(ProtectionDomains.class);
        show(Nested.class);
        show(String.class);
        show(int[].class);
        show(java.sql.Date.class);
        System.out.println("boot domains shared " + (String.class.getProtectionDomain() == Integer.class.getProtectionDomain()));
    }
}

// Deterministic system properties and System methods (no paths, versions or times printed).
public class SystemProperties {
    public static void main(String[] args) {
        String[] keys = {"file.separator", "path.separator", "java.specification.version", "java.vm.specification.version", "java.class.version",
                "java.specification.name", "java.vm.specification.name", "os.name", "file.encoding", "sun.jnu.encoding", "native.encoding",
                "sun.stdout.encoding", "sun.stderr.encoding", "no.such.property", "user.language", "java.io.tmpdir", "sun.io.unicode.encoding",
                "java.vm.specification.vendor", "java.specification.vendor"};
        for (String key : keys) {
            System.out.println(key + "=" + System.getProperty(key));
        }
        System.out.println("line.separator is \\n: " + System.lineSeparator().equals("\n"));
        System.out.println("default: " + System.getProperty("no.such", "fallback"));
        System.setProperty("my.prop", "set");
        System.out.println("my.prop=" + System.getProperty("my.prop"));
        System.clearProperty("my.prop");
        System.out.println("cleared=" + System.getProperty("my.prop"));
        System.out.println("java.home set: " + (System.getProperty("java.home") != null));
        System.out.println("user.dir absolute: " + new java.io.File(System.getProperty("user.dir")).isAbsolute());
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: " + e.getMessage());
        }
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getMessage());
        }
        long t0 = System.nanoTime();
        long t1 = System.nanoTime();
        System.out.println("nanoTime monotonic: " + (t1 >= t0));
        System.out.println("currentTimeMillis after 2020: " + (System.currentTimeMillis() > 1577836800000L));
        System.out.println("env PATH present: " + (System.getenv("PATH") != null));
        System.out.println("env missing: " + System.getenv("CORTADO_SURELY_UNSET_VARIABLE"));
    }
}

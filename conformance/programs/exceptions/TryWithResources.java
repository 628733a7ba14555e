// try-with-resources: close order, suppressed exceptions, exceptions from close only, null resources.
public class TryWithResources {
    static class Res implements AutoCloseable {
        final String name;
        final boolean failClose;

        Res(String name, boolean failClose) {
            this.name = name;
            this.failClose = failClose;
            System.out.println("  open " + name);
        }

        @Override
        public void close() {
            System.out.println("  close " + name);
            if (failClose) throw new IllegalStateException("close " + name);
        }
    }

    public static void main(String[] args) {
        try (Res a = new Res("a", false); Res b = new Res("b", false)) {
            System.out.println("  body");
        }
        try (Res a = new Res("a", true); Res b = new Res("b", true)) {
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) System.out.println("  suppressed " + s.getMessage());
        }
        try (Res a = new Res("only", true)) {
            System.out.println("  body ok");
        } catch (IllegalStateException e) {
            System.out.println("caught from close: " + e.getMessage() + " suppressed " + e.getSuppressed().length);
        }
        try (Res n = null) {
            System.out.println("  null resource body");
        }
        Throwable t = new Exception("main");
        t.addSuppressed(new Exception("s1"));
        t.addSuppressed(new Error("s2"));
        System.out.println(t.getSuppressed().length + " suppressed");
        try {
            t.addSuppressed(t);
        } catch (IllegalArgumentException e) {
            System.out.println("self suppression: " + e.getMessage());
        }
        try {
            t.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
    }
}

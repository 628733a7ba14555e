// Interfaces: default methods, overriding defaults, I.super.m() to pick among conflicting
// defaults, static and private interface methods, interface constants, abstract re-declaration.
public class InterfaceMethods {
    interface Greeter {
        String PREFIX = "Hello";
        String name();
        default String greet() { return PREFIX + ", " + decorate(name()); }
        private String decorate(String s) { return "<" + s + ">"; }
        static Greeter of(String n) {
            return new Greeter() {
                public String name() { return n; }
            };
        }
    }

    interface Loud extends Greeter {
        @Override
        default String greet() { return Greeter.super.greet().toUpperCase() + "!"; }
    }

    interface Polite {
        default String greet() { return "Good day"; }
    }

    static class Both implements Loud, Polite {
        public String name() { return "both"; }
        @Override
        public String greet() { return Loud.super.greet() + " / " + Polite.super.greet(); }
    }

    interface Abstracted extends Polite {
        @Override
        String greet();
    }

    static class Concrete implements Abstracted {
        public String greet() { return "concrete"; }
    }

    static class Plain implements Greeter {
        public String name() { return "plain"; }
    }

    static class Custom implements Greeter {
        public String name() { return "override"; }
        public String greet() { return "custom " + name(); }
    }

    public static void main(String[] args) {
        Greeter[] gs = {new Plain(), new Custom(), new Both(), Greeter.of("static"), new Loud() {
            public String name() { return "anon"; }
        }};
        for (Greeter g : gs) System.out.println(g.greet());
        Polite p = new Concrete();
        System.out.println(p.greet());
        System.out.println(Greeter.PREFIX + " " + (new Both() instanceof Polite));
    }
}

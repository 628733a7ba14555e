// invokespecial: super calls across several levels, private methods not overridden, constructors
// calling overridable methods, super calls to default methods.
public class SuperCalls {
    static class A {
        String m() { return "A.m"; }
        private String p() { return "A.p"; }
        String callP() { return p(); }
        String chain() { return "A"; }
    }

    static class B extends A {
        @Override String m() { return "B.m>" + super.m(); }
        private String p() { return "B.p"; }
        @Override String chain() { return super.chain() + "B"; }
    }

    static class C extends B {
        @Override String m() { return "C.m>" + super.m(); }
        @Override String chain() { return super.chain() + "C"; }
        String skip() { return "C cannot skip B: " + super.m(); }
    }

    interface Named {
        default String name() { return "Named"; }
    }

    static class Impl implements Named {
        public String name() { return "Impl>" + Named.super.name(); }
    }

    static class ToStringer {
        @Override public String toString() { return "ToStringer>" + super.toString().startsWith("SuperCalls$ToStringer@"); }
        @Override public boolean equals(Object o) { return super.equals(o); }
        @Override public int hashCode() { return 7; }
    }

    public static void main(String[] args) {
        A a = new C();
        System.out.println(a.m());
        System.out.println(a.callP());
        System.out.println(a.chain());
        System.out.println(((C) a).skip());
        System.out.println(new Impl().name());
        ToStringer t = new ToStringer();
        System.out.println(t + " " + t.equals(t) + " " + t.equals(new ToStringer()) + " " + t.hashCode());
    }
}

// Interface initialisation rules: implementing classes do not initialise superinterfaces unless
// they declare default methods; a non-constant interface field access initialises the interface.
public class InterfaceInit {
    static int log(String s) {
        System.out.println("  init " + s);
        return 1;
    }

    interface Plain {
        int A = log("Plain.A");
        int CONST = 7;
        void m();
    }

    interface WithDefault {
        int B = log("WithDefault.B");
        default void d() { System.out.println("  default d"); }
    }

    interface SubPlain extends Plain {
        int C = log("SubPlain.C");
    }

    static class Impl implements SubPlain, WithDefault {
        static { log("Impl"); }
        public void m() { System.out.println("  Impl.m"); }
    }

    interface StaticOnly {
        int D = log("StaticOnly.D");
        static void s() { System.out.println("  StaticOnly.s"); }
    }

    public static void main(String[] args) {
        System.out.println("constant: " + Plain.CONST);
        System.out.println("new Impl:");
        Impl impl = new Impl();
        impl.m();
        impl.d();
        System.out.println("Plain.A:");
        System.out.println("  = " + Plain.A);
        System.out.println("SubPlain.C:");
        System.out.println("  = " + SubPlain.C);
        System.out.println("StaticOnly.s():");
        StaticOnly.s();
    }
}

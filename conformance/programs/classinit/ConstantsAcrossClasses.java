// Compile-time constants are inlined and interned across classes; reading them initialises
// nothing; non-constant finals do initialise.
public class ConstantsAcrossClasses {
    static class Holder {
        static { System.out.println("  Holder initialised"); }
        static final String CONST = "shared-constant";
        static final String COMPUTED = new String("computed");
        static final long BIG = 1L << 40;
        static final Object OBJ = null;
    }

    static class Other {
        static final String SAME = "shared-constant";
    }

    public static void main(String[] args) {
        System.out.println(Holder.CONST + " " + Holder.BIG);
        System.out.println("interned across classes: " + (Holder.CONST == Other.SAME));
        System.out.println("reading null final:");
        System.out.println("  " + Holder.OBJ);
        System.out.println(Holder.COMPUTED + " " + (Holder.COMPUTED == "computed"));
    }
}

// Class initialisation order: superclass before subclass, triggers (new, static call, static
// field), non-triggers (constants, X.class, arrays of X, subclass static field via superclass).
public class StaticInitOrder {
    static StringBuilder log = new StringBuilder();

    static void log(String s) {
        System.out.println("  init " + s);
    }

    static class Base {
        static int baseField = value("Base.baseField", 1);
        static { log("Base"); }
        static final int CONSTANT = 99;
        static final String TEXT = "text";
        static final Integer BOXED = value("Base.BOXED", 5);
    }

    static class Derived extends Base {
        static { log("Derived"); }
        static int derivedField = value("Derived.derivedField", 2);
        static void touch() { System.out.println("  Derived.touch"); }
    }

    static class Leaf extends Derived {
        static { log("Leaf"); }
        Leaf() { System.out.println("  Leaf()"); }
    }

    static class Holder {
        static { log("Holder"); }
        static Object obj = new Object();
    }

    static int value(String what, int v) {
        log(what);
        return v;
    }

    public static void main(String[] args) {
        System.out.println("constant: " + Base.CONSTANT + " " + Base.TEXT);
        System.out.println("class literal: " + Leaf.class.getName());
        Leaf[] leaves = new Leaf[3];
        System.out.println("array: " + leaves.length);
        System.out.println("baseField through Derived: " + Derived.baseField);
        System.out.println("BOXED: " + Base.BOXED);
        Derived.touch();
        System.out.println("new Leaf:");
        new Leaf();
        new Leaf();
        System.out.println("Holder.obj non-null: " + (Holder.obj != null));
    }
}

// Object construction order: field initialisers and instance blocks in textual order, super
// constructor first, virtual calls from a super constructor seeing default field values.
public class InstanceInitOrder {
    static class Base {
        int baseField = trace("Base.baseField", 1);
        { trace("Base block", 0); }

        Base() {
            trace("Base()", 0);
            describe();
        }

        void describe() { System.out.println("  Base.describe"); }
    }

    static class Derived extends Base {
        int derivedField = trace("Derived.derivedField", 7);
        final String name;
        { trace("Derived block 1", 0); }

        Derived() {
            this("default");
            trace("Derived()", 0);
        }

        Derived(String name) {
            super();
            this.name = name;
            trace("Derived(String)", 0);
        }

        { trace("Derived block 2", 0); }

        @Override
        void describe() { System.out.println("  Derived.describe sees derivedField=" + derivedField + " name=" + name); }
    }

    static int trace(String what, int v) {
        System.out.println("  " + what);
        return v;
    }

    public static void main(String[] args) {
        System.out.println("new Derived():");
        Derived d = new Derived();
        d.describe();
        System.out.println("new Derived(\"x\"):");
        new Derived("x").describe();
    }
}

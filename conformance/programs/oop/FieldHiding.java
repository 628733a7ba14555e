// Field hiding and static method hiding versus instance method overriding; super.field access;
// static members reached through instances.
public class FieldHiding {
    static class Parent {
        String name = "parent-field";
        static String kind = "parent-static";
        static String staticWho() { return "Parent.staticWho"; }
        String who() { return "Parent.who sees " + name; }
    }

    static class Child extends Parent {
        String name = "child-field";
        static String kind = "child-static";
        static String staticWho() { return "Child.staticWho"; }
        @Override String who() { return "Child.who sees " + name + " and super " + super.name; }
        String both() { return ((Parent) this).name + " / " + this.name; }
    }

    public static void main(String[] args) {
        Parent p = new Child();
        Child c = (Child) p;
        System.out.println(p.name + " | " + c.name);
        System.out.println(p.who() + " | " + c.who());
        System.out.println(Parent.staticWho() + " | " + Child.staticWho());
        System.out.println(Parent.kind + " | " + Child.kind);
        System.out.println(c.both());
        p.name = "changed through parent view";
        System.out.println(c.both());
    }
}

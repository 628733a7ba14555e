// Recursive initialisation: A's initialiser uses B whose initialiser reads A's (still default)
// fields; the same thread re-entering an initialisation in progress proceeds.
public class InitCycle {
    static class A {
        static int a1 = 10;
        static int fromB = B.b;
        static int a2 = 20;
        static { System.out.println("  A done: a1=" + a1 + " fromB=" + fromB + " a2=" + a2); }
    }

    static class B {
        static int b = A.a1 + A.a2 + 1;
        static { System.out.println("  B done: b=" + b + " (A.a2 was still " + A.a2 + ")"); }
    }

    static class Self {
        static Self INSTANCE = new Self();
        static int counter = 5;
        final int seen;
        Self() { seen = counter; }
    }

    public static void main(String[] args) {
        System.out.println("A.fromB = " + A.fromB);
        System.out.println("B.b = " + B.b);
        System.out.println("Self.INSTANCE.seen = " + Self.INSTANCE.seen + ", counter = " + Self.counter);
    }
}

// Inner (non-static) classes, Outer.this, inner classes of inner classes, local classes
// capturing effectively final locals, anonymous classes with initialisers, and class names.
public class InnerClasses {
    private int value = 10;
    private static int counter;

    class Inner {
        int value = 20;

        class Deeper {
            int value = 30;
            String show() {
                return value + " " + this.value + " " + Inner.this.value + " " + InnerClasses.this.value;
            }
        }

        void bump() { InnerClasses.this.value++; }
    }

    static class Nested {
        String hello() { return "nested " + (++counter); }
    }

    interface Counter {
        int next();
    }

    Counter makeCounter(final int start) {
        final int step = 2;
        class Local implements Counter {
            int current = start;
            public int next() {
                current += step;
                return current + value;
            }
        }
        return new Local();
    }

    Counter anonymous(int base) {
        return new Counter() {
            int n;
            {
                n = base * 100;
            }
            public int next() { return ++n; }
        };
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses();
        InnerClasses.Inner inner = outer.new Inner();
        InnerClasses.Inner.Deeper deeper = inner.new Deeper();
        System.out.println(deeper.show());
        inner.bump();
        System.out.println(deeper.show());
        System.out.println(new Nested().hello() + " " + new InnerClasses.Nested().hello());
        Counter c = outer.makeCounter(5);
        System.out.println(c.next() + " " + c.next());
        Counter a = outer.anonymous(3);
        System.out.println(a.next() + " " + a.next());
        System.out.println(inner.getClass().getName() + " | " + deeper.getClass().getName() + " | " + c.getClass().getName() + " | " + a.getClass().getName());
    }
}

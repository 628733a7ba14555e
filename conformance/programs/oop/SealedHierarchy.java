// Sealed classes and interfaces with final, sealed and non-sealed subclasses, dispatched with
// instanceof patterns.
public class SealedHierarchy {
    sealed interface Expr permits Num, Add, Mul, Neg {}
    static final class Num implements Expr {
        final int v;
        Num(int v) { this.v = v; }
    }
    static final class Add implements Expr {
        final Expr l, r;
        Add(Expr l, Expr r) { this.l = l; this.r = r; }
    }
    static sealed class Mul implements Expr permits Square {
        final Expr l, r;
        Mul(Expr l, Expr r) { this.l = l; this.r = r; }
    }
    static final class Square extends Mul {
        Square(Expr e) { super(e, e); }
    }
    static non-sealed class Neg implements Expr {
        final Expr e;
        Neg(Expr e) { this.e = e; }
    }
    static class DoubleNeg extends Neg {
        DoubleNeg(Expr e) { super(new Neg(e)); }
    }

    static int eval(Expr e) {
        if (e instanceof Num n) return n.v;
        if (e instanceof Add a) return eval(a.l) + eval(a.r);
        if (e instanceof Mul m) return eval(m.l) * eval(m.r);
        if (e instanceof Neg n) return -eval(n.e);
        throw new AssertionError();
    }

    static String show(Expr e) {
        if (e instanceof Num n) return Integer.toString(n.v);
        if (e instanceof Add a) return "(" + show(a.l) + " + " + show(a.r) + ")";
        if (e instanceof Square s) return show(s.l) + "^2";
        if (e instanceof Mul m) return show(m.l) + " * " + show(m.r);
        if (e instanceof Neg n) return "-" + show(n.e);
        return "?";
    }

    public static void main(String[] args) {
        Expr e = new Add(new Num(2), new Mul(new Num(3), new Square(new Neg(new Num(4)))));
        System.out.println(show(e) + " = " + eval(e));
        Expr d = new DoubleNeg(new Num(7));
        System.out.println(show(d) + " = " + eval(d));
    }
}

// Evaluation order: && and || short-circuit, ?: , operand and argument order, assignment order.
public class ShortCircuit {
    static StringBuilder log = new StringBuilder();

    static boolean t(String s) { log.append(s); return true; }
    static boolean f(String s) { log.append(s); return false; }
    static int v(String s, int x) { log.append(s); return x; }

    static void show(String what) {
        System.out.println(what + ": " + log);
        log.setLength(0);
    }

    static int three(int a, int b, int c) { return a * 100 + b * 10 + c; }

    public static void main(String[] args) {
        boolean r = f("a") && t("b");
        show("f&&t " + r);
        r = t("a") || f("b");
        show("t||f " + r);
        r = f("a") || t("b") && f("c");
        show("f||t&&f " + r);
        r = f("a") & t("b");
        show("f&t " + r);
        int x = t("c") ? v("x", 1) : v("y", 2);
        show("?: " + x);
        x = v("1", 1) + v("2", 2) * v("3", 3);
        show("1+2*3 " + x);
        x = three(v("a", 1), v("b", 2), v("c", 3));
        show("args " + x);
        int[] arr = new int[3];
        int i = 0;
        arr[i] = i = 2;
        System.out.println("arr[0]=" + arr[0] + " i=" + i);
        int y = 1;
        y += y++ + ++y;
        System.out.println("y=" + y);
        try {
            int[] nul = null;
            nul[v("index", 0)] = v("value", 1);
        } catch (NullPointerException e) {
            show("null array store evaluated");
        }
        try {
            int z = v("left", 1) / v("right", 0);
            System.out.println(z);
        } catch (ArithmeticException e) {
            show("division evaluated both");
        }
    }
}

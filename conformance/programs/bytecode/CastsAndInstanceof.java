// checkcast and instanceof on classes, interfaces and arrays; ClassCastException messages.
import java.io.Serializable;

public class CastsAndInstanceof {
    interface Shape {}
    static class Circle implements Shape {}
    static class Square implements Shape, Cloneable {}

    static void tryCast(Object o, String what) {
        try {
            if (what.equals("Integer")) {
                Integer i = (Integer) o;
                System.out.println("cast ok " + i);
            } else if (what.equals("String[]")) {
                String[] s = (String[]) o;
                System.out.println("cast ok length " + s.length);
            } else if (what.equals("Circle")) {
                Circle c = (Circle) o;
                System.out.println("cast ok circle " + (c != null));
            } else if (what.equals("int[]")) {
                int[] a = (int[]) o;
                System.out.println("cast ok int[] " + a.length);
            }
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Object[] objects = {"s", 1, new Circle(), new Square(), new int[2], new String[3], new Object[1], new Integer[0], new int[1][1], null};
        for (Object o : objects) {
            String name = o == null ? "null" : o.getClass().getName();
            System.out.println(name + ": Object " + (o instanceof Object) + " Shape " + (o instanceof Shape) + " Cloneable " + (o instanceof Cloneable)
                    + " Serializable " + (o instanceof Serializable) + " Object[] " + (o instanceof Object[]) + " Comparable " + (o instanceof Comparable)
                    + " Number[] " + (o instanceof Number[]) + " Object[][] " + (o instanceof Object[][]) + " int[] " + (o instanceof int[]));
        }
        tryCast("str", "Integer");
        tryCast(new Object[1], "String[]");
        tryCast(new String[2], "String[]");
        tryCast(new Square(), "Circle");
        tryCast(new long[1], "int[]");
        tryCast(null, "Circle");
        Shape s = new Circle();
        Object o = s;
        Cloneable c = new int[0];
        System.out.println("array is Cloneable: " + (c instanceof int[]));
    }
}

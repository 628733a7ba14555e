// javac: -g
// Helpful NullPointerException messages (JEP 358) with local variable names (javac -g).
public class NullPointerMessagesG {
    static class Node {
        Node next;
        int value;
        int[] data;
        String name;
    }

    static Node nothing;

    static void check(int which) {
        Node n = new Node();
        Object o = null;
        String s = null;
        try {
            switch (which) {
                case 0: System.out.println(s.length()); break;
                case 1: System.out.println(n.next.value); break;
                case 2: n.next.value = 3; break;
                case 3: System.out.println(n.data[0]); break;
                case 4: n.data[1] = 2; break;
                case 5: System.out.println(n.data.length); break;
                case 6: System.out.println(nothing.name.length()); break;
                case 7: throw null;
                case 8: synchronized (o) { System.out.println("x"); } break;
                case 9: System.out.println(n.name.toUpperCase()); break;
                case 10: System.out.println(((Node) o).next); break;
                case 11: Integer i = null; int x = i; System.out.println(x); break;
                default: System.out.println(n.next.next.value);
            }
        } catch (NullPointerException e) {
            System.out.println(which + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 12; i++) check(i);
        NullPointerException explicit = new NullPointerException();
        System.out.println("explicit: " + explicit.getMessage());
        System.out.println("explicit with message: " + new NullPointerException("mine").getMessage());
    }
}

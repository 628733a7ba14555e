/** Helpful NullPointerException messages, compiled with -g so local names are known. */
public class Npe {
    static class Node { Node next; String name; int[] data; static Node root; }
    static String tLocal() { String text = null; try { return "" + text.length(); } catch (NullPointerException e) { return e.getMessage(); } }
    static String tField() { Node n = new Node(); try { return n.next.name; } catch (NullPointerException e) { return e.getMessage(); } }
    static String tChain() { Node n = new Node(); n.next = new Node(); try { return "" + n.next.next.data.length; } catch (NullPointerException e) { return e.getMessage(); } }
    static String tStatic() { try { return Node.root.name; } catch (NullPointerException e) { return e.getMessage(); } }
    static String tArray() { Node[] nodes = new Node[2]; try { return nodes[1].name; } catch (NullPointerException e) { return e.getMessage(); } }
    static String tArrayElement() { Node n = new Node(); try { n.data[0] = 1; return ""; } catch (NullPointerException e) { return e.getMessage(); } }
    static String tReturnValue() { try { return make().name; } catch (NullPointerException e) { return e.getMessage(); } }
    static Node make() { return null; }
    static String tParameter() { return param(null); }
    static String param(Node p) { try { return p.name; } catch (NullPointerException e) { return e.getMessage(); } }
    static String tThis() { try { synchronized (make()) { return ""; } } catch (NullPointerException e) { return e.getMessage(); } }
    static String tThrowNull() { try { RuntimeException r = null; throw r; } catch (NullPointerException e) { return e.getMessage(); } }
    static String tAssign() { Node n = null; try { n.name = "x"; return ""; } catch (NullPointerException e) { return e.getMessage(); } }
    static String tCast() { Object o = null; try { return "" + ((String) o).length(); } catch (NullPointerException e) { return e.getMessage(); } }
    static String tCastField() { Object o = new Node(); try { return ((Node) o).next.name; } catch (NullPointerException e) { return e.getMessage(); } }
    static native int missing(int x, String s);
    static int tUnsatisfied() { return missing(1, "s"); }
}

// Legacy synchronized collections: Vector, Stack, Hashtable (no null keys or values),
// Enumeration, Properties with defaults.
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Properties;
import java.util.Stack;
import java.util.TreeMap;
import java.util.Vector;

public class LegacyCollections {
    public static void main(String[] args) {
        Vector<Integer> v = new Vector<Integer>(2, 3);
        for (int i = 0; i < 6; i++) v.addElement(i * 2);
        v.insertElementAt(-1, 0);
        v.removeElementAt(3);
        System.out.println(v + " capacity " + v.capacity() + " first " + v.firstElement() + " last " + v.lastElement() + " elementAt " + v.elementAt(2));
        StringBuilder sb = new StringBuilder();
        for (Enumeration<Integer> e = v.elements(); e.hasMoreElements();) sb.append(e.nextElement()).append(' ');
        System.out.println(sb);
        Stack<String> stack = new Stack<String>();
        stack.push("a");
        stack.push("b");
        stack.push("c");
        System.out.println(stack + " peek " + stack.peek() + " pop " + stack.pop() + " search(a) " + stack.search("a") + " empty " + stack.empty());
        try {
            new Stack<String>().pop();
        } catch (java.util.EmptyStackException e) {
            System.out.println("EmptyStackException " + e.getMessage());
        }
        Hashtable<String, Integer> table = new Hashtable<String, Integer>();
        table.put("x", 1);
        table.put("y", 2);
        System.out.println(new TreeMap<String, Integer>(table) + " contains(2) " + table.contains(2) + " get z " + table.get("z"));
        try {
            table.put("n", null);
        } catch (NullPointerException e) {
            System.out.println("Hashtable null value rejected");
        }
        try {
            table.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("Hashtable null key rejected");
        }
        Properties defaults = new Properties();
        defaults.setProperty("color", "blue");
        Properties props = new Properties(defaults);
        props.setProperty("size", "10");
        System.out.println(props.getProperty("color") + " " + props.getProperty("size") + " " + props.getProperty("none", "dflt") + " " + props.size() + " " + new java.util.TreeSet<String>(props.stringPropertyNames()));
    }
}

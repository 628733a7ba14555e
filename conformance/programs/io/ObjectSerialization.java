// waits: #4 reflection (serialization)
// Object serialization round trip: a graph with shared references and cycles, transient and
// static fields, custom writeObject/readObject, NotSerializableException.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

public class ObjectSerialization {
    static class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        String name;
        transient int cached = 99;
        Node next;
        List<Node> children = new ArrayList<Node>();
        Node(String name) { this.name = name; }
    }

    static class Custom implements Serializable {
        private static final long serialVersionUID = 2L;
        int value;
        private void writeObject(ObjectOutputStream out) throws IOException { out.writeInt(value * 2); }
        private void readObject(ObjectInputStream in) throws IOException { value = in.readInt() + 1; }
    }

    static class NotSer {}

    static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bos);
        out.writeObject(o);
        out.close();
        return new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray())).readObject();
    }

    public static void main(String[] args) throws Exception {
        Node a = new Node("a");
        Node b = new Node("b");
        a.next = b;
        b.next = a;
        a.children.add(b);
        a.children.add(b);
        Node copy = (Node) roundTrip(a);
        System.out.println(copy.name + " " + copy.next.name + " cycle " + (copy.next.next == copy) + " shared " + (copy.children.get(0) == copy.children.get(1)) + " same as next " + (copy.children.get(0) == copy.next) + " transient " + copy.cached);
        Custom c = new Custom();
        c.value = 20;
        System.out.println("custom " + ((Custom) roundTrip(c)).value);
        System.out.println(roundTrip("string") + " " + roundTrip(42) + " " + java.util.Arrays.toString((int[]) roundTrip(new int[] {1, 2})));
        try {
            roundTrip(new NotSer());
        } catch (NotSerializableException e) {
            System.out.println("NotSerializableException: " + e.getMessage());
        }
    }
}

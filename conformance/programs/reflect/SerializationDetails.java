// waits: #4 invokedynamic (lambdas in the class library)
// Serialization details: default serialVersionUIDs computed from the class's members and static
// initialiser (which computing them runs), Externalizable, writeReplace/readResolve, enums,
// records, serialPersistentFields, a non-serializable superclass rebuilt through its no-arg
// constructor, and the errors of
// classes that cannot be (de)serialized.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInput;
import java.io.ObjectInputStream;
import java.io.ObjectOutput;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class SerializationDetails {
    static class NoUid implements Serializable {
        int a;
        protected String b;
        private transient long c;
        static int counter;
        NoUid() {}
        public void m(int x) {}
        private static void s() {}
    }

    static class WithStaticInit implements Serializable {
        static final List<String> NAMES = new ArrayList<String>();
        static { NAMES.add("x"); }
        int v;
    }

    static class ConstantOnly implements Serializable {
        static final int K = 4;
        int v;
    }

    static class Base {
        int baseValue = 7;
        Base() { baseValue = 11; }
    }

    static class Derived extends Base implements Serializable {
        private static final long serialVersionUID = 5L;
        int own;
    }

    static class Ext implements Externalizable {
        String text = "default";
        public Ext() {}
        public void writeExternal(ObjectOutput out) throws IOException { out.writeUTF(text.toUpperCase()); }
        public void readExternal(ObjectInput in) throws IOException { text = in.readUTF() + "!"; }
    }

    static class ExtNoCtor implements Externalizable {
        ExtNoCtor(int x) {}
        public void writeExternal(ObjectOutput out) {}
        public void readExternal(ObjectInput in) {}
    }

    static class Replaced implements Serializable {
        private static final long serialVersionUID = 1L;
        int v;
        Replaced(int v) { this.v = v; }
        private Object writeReplace() { return new Proxy(v * 10); }
    }

    static class Proxy implements Serializable {
        private static final long serialVersionUID = 1L;
        int stored;
        Proxy(int s) { stored = s; }
        private Object readResolve() { return new Replaced(stored + 1); }
    }

    enum Level { LOW, HIGH { int x() { return 1; } } }

    record Point(int x, String label) implements Serializable {
        Point {
            if (x < 0) throw new IllegalArgumentException("negative " + x);
        }
    }

    static class Persistent implements Serializable {
        private static final long serialVersionUID = 3L;
        private static final ObjectStreamField[] serialPersistentFields = {new ObjectStreamField("kept", int.class)};
        int kept = 1;
        int dropped = 2;
    }

    static class Loud implements Serializable {
        static { System.out.println("Loud initialised"); }
        int v;
    }

    static class Broken implements Serializable {
        static int zero = 1 / Integer.parseInt("0");
        int v;
    }

    static class Holder implements Serializable {
        private static final long serialVersionUID = 9L;
        Object inner = new Object();
    }

    static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bos);
        out.writeObject(o);
        out.close();
        return new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray())).readObject();
    }

    static void uid(Class<?> c) {
        ObjectStreamClass d = ObjectStreamClass.lookup(c);
        if (d == null) {
            System.out.println(c.getSimpleName() + " not serializable");
            return;
        }
        StringBuilder fields = new StringBuilder();
        for (ObjectStreamField f : d.getFields()) fields.append(' ').append(f.getName()).append(':').append(f.getTypeCode());
        System.out.println(c.getSimpleName() + " uid " + d.getSerialVersionUID() + " fields" + fields);
    }

    public static void main(String[] args) throws Exception {
        for (Class<?> c : new Class<?>[] {NoUid.class, WithStaticInit.class, ConstantOnly.class, Derived.class, Ext.class, Level.class, Point.class, Persistent.class,
                String.class, Integer.class, ArrayList.class, HashMap.class, TreeMap.class, int[].class, Object.class, Thread.class}) uid(c);
        ObjectStreamClass loud = ObjectStreamClass.lookup(Loud.class);
        System.out.println("looked up Loud");
        System.out.println("Loud uid " + loud.getSerialVersionUID());
        try {
            System.out.println(ObjectStreamClass.lookup(Broken.class).getSerialVersionUID());
        } catch (ExceptionInInitializerError ex) {
            System.out.println("ExceptionInInitializerError " + ex.getCause());
        }
        Derived d = new Derived();
        d.baseValue = 99;
        d.own = 3;
        Derived dc = (Derived) roundTrip(d);
        System.out.println("derived base " + dc.baseValue + " own " + dc.own);
        Ext e = new Ext();
        e.text = "abc";
        System.out.println("externalizable " + ((Ext) roundTrip(e)).text);
        System.out.println("replaced " + ((Replaced) roundTrip(new Replaced(4))).v);
        System.out.println("enum " + (roundTrip(Level.HIGH) == Level.HIGH) + " " + roundTrip(Level.LOW));
        System.out.println("record " + roundTrip(new Point(3, "p")));
        Persistent p = new Persistent();
        p.kept = 5;
        p.dropped = 6;
        Persistent pc = (Persistent) roundTrip(p);
        System.out.println("persistent kept " + pc.kept + " dropped " + pc.dropped);
        Map<String, List<Integer>> map = new TreeMap<String, List<Integer>>();
        map.put("a", Arrays.asList(1, 2));
        map.put("b", new ArrayList<Integer>());
        System.out.println("collections " + roundTrip(map) + " " + Arrays.deepToString((Object[]) roundTrip(new Object[] {new int[] {1}, "s", null, 2.5})));
        try {
            roundTrip(new Holder());
        } catch (NotSerializableException ex) {
            System.out.println("NotSerializableException " + ex.getMessage());
        }
        try {
            roundTrip(new ExtNoCtor(1));
        } catch (InvalidClassException ex) {
            System.out.println("InvalidClassException " + ex.getMessage());
        }
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bos);
        out.writeObject(new Point(1, "ok"));
        out.close();
        byte[] bytes = bos.toByteArray();
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == 0 && bytes[i + 1] == 0 && bytes[i + 2] == 0 && bytes[i + 3] == 1) { bytes[i + 3] = (byte) 0xff; bytes[i] = (byte) 0xff; bytes[i + 1] = (byte) 0xff; bytes[i + 2] = (byte) 0xff; break; }
        }
        try {
            System.out.println(new ObjectInputStream(new ByteArrayInputStream(bytes)).readObject());
        } catch (Exception ex) {
            System.out.println(ex.getClass().getName() + " " + ex.getMessage() + " cause " + ex.getCause());
        }
    }
}

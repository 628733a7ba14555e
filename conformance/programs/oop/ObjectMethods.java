// java.lang.Object methods: default equals, toString through an overridden hashCode, getClass,
// clone (Cloneable and not), wait/notify ownership rules covered elsewhere.
public class ObjectMethods {
    static class Fixed {
        @Override public int hashCode() { return 0xCAFE; }
    }

    static class Copyable implements Cloneable {
        int[] data = {1, 2};
        String name = "orig";
        @Override public Copyable clone() {
            try {
                return (Copyable) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class NotCopyable {
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    public static void main(String[] args) {
        Fixed f = new Fixed();
        System.out.println(f + " " + f.equals(f) + " " + f.equals(new Fixed()) + " " + f.getClass().getName() + " " + (f.getClass() == Fixed.class));
        Copyable a = new Copyable();
        Copyable b = a.clone();
        b.name = "copy";
        b.data[0] = 99;
        System.out.println(a.name + " " + b.name + " shared array " + (a.data == b.data) + " " + a.data[0] + " distinct " + (a != b) + " same class " + (a.getClass() == b.getClass()));
        try {
            new NotCopyable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        Object o = new Object();
        System.out.println(o.equals(o) + " " + o.equals(new Object()) + " " + o.getClass().getName() + " super of Object: " + Object.class.getSuperclass());
        System.out.println(Integer.class.getSuperclass().getName() + " " + int[].class.getSuperclass().getName() + " " + Runnable.class.getSuperclass() + " " + int.class.getSuperclass());
        System.out.println(new int[0].getClass() + " | " + String.class + " | " + Runnable.class + " | " + int.class + " | " + void.class);
    }
}

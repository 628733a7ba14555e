// javac: --add-exports java.base/jdk.internal.access=ALL-UNNAMED --add-exports java.base/jdk.internal.reflect=ALL-UNNAMED
// run: --add-exports java.base/jdk.internal.access=ALL-UNNAMED --add-exports java.base/jdk.internal.reflect=ALL-UNNAMED
import jdk.internal.access.SharedSecrets;
import jdk.internal.reflect.ConstantPool;
import java.util.Arrays;
public class ReflectConstantPool {
    static final long BIG = 1234567890123L;
    static final double PI = 3.25;
    static final float F = 1.5f;
    static final int I = 99999;
    public static void main(String[] a) {
        ConstantPool cp = SharedSecrets.getJavaLangAccess().getConstantPool(ReflectConstantPool.class);
        int size = cp.getSize();
        System.out.println(size > 20);
        for (int i = 0; i < size; i++) {
            StringBuilder b = new StringBuilder().append(i).append(' ').append(cp.getTagAt(i));
            try {
                switch (cp.getTagAt(i)) {
                    case UTF8: b.append(' ').append(cp.getUTF8At(i)); break;
                    case INTEGER: b.append(' ').append(cp.getIntAt(i)); break;
                    case LONG: b.append(' ').append(cp.getLongAt(i)); break;
                    case FLOAT: b.append(' ').append(cp.getFloatAt(i)); break;
                    case DOUBLE: b.append(' ').append(cp.getDoubleAt(i)); break;
                    case STRING: b.append(' ').append(cp.getStringAt(i)); break;
                    case CLASS: b.append(' ').append(cp.getClassAt(i).getName()); break;
                    case FIELDREF: case METHODREF: case INTERFACEMETHODREF:
                        b.append(' ').append(Arrays.toString(cp.getMemberRefInfoAt(i))).append(' ').append(cp.getClassRefIndexAt(i)).append(' ').append(cp.getNameAndTypeRefIndexAt(i)); break;
                    case NAMEANDTYPE: b.append(' ').append(Arrays.toString(cp.getNameAndTypeRefInfoAt(i))); break;
                    default: break;
                }
            } catch (RuntimeException e) { b.append(' ').append(e); }
            System.out.println(b);
        }
        try { cp.getIntAt(1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { cp.getUTF8At(size + 5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        System.out.println("ok " + "x");
    }
}

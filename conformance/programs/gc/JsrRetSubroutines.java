import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.function.BiFunction;

/**
 * Old (version 49) class files whose code calls `jsr`/`ret` subroutines, assembled here and
 * defined by a class loader, run while collections move objects: a reference stays on the
 * caller's operand stack across a subroutine that allocates, another lives only in a local,
 * one local holds a reference, then an int, then a reference again, and another holds the
 * subroutine's return address (which is no reference). Under the collector's stress mode every
 * allocation collects, so each of these slots must be found (or skipped) precisely.
 */
public class JsrRetSubroutines {
    static final class Loader extends ClassLoader {
        Class<?> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    /**
     * apply(a, b): calls the subroutine twice with `a` on the operand stack; the subroutine
     * allocates an Object[100] into local 4 and stores b and a into it; between the calls
     * local 4 holds the int 5. Returns the second array.
     */
    static final byte[] SUBROUTINES = {
        0x2b,                         //  0: aload_1
        (byte) 0xa8, 0x00, 0x0f,      //  1: jsr 16
        0x57,                         //  4: pop
        0x08,                         //  5: iconst_5
        0x36, 0x04,                   //  6: istore 4
        0x2b,                         //  8: aload_1
        (byte) 0xa8, 0x00, 0x07,      //  9: jsr 16
        0x57,                         // 12: pop
        0x19, 0x04,                   // 13: aload 4
        (byte) 0xb0,                  // 15: areturn
        0x4e,                         // 16: astore_3 (the return address)
        0x10, 0x64,                   // 17: bipush 100
        (byte) 0xbd, 0x00, 0x04,      // 19: anewarray java/lang/Object
        0x3a, 0x04,                   // 22: astore 4
        0x19, 0x04,                   // 24: aload 4
        0x03,                         // 26: iconst_0
        0x2c,                         // 27: aload_2
        0x53,                         // 28: aastore
        0x19, 0x04,                   // 29: aload 4
        0x04,                         // 31: iconst_1
        0x2b,                         // 32: aload_1
        0x53,                         // 33: aastore
        (byte) 0xa9, 0x03,            // 34: ret 3
    };

    /** A class `name` (version 49) implementing BiFunction with `apply` running `code`. */
    static byte[] assemble(String name, byte[] code, int maxStack, int maxLocals) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(49);
        String[] utf8 = {
            name, "java/lang/Object", "java/util/function/BiFunction", "<init>", "()V", "Code",
            "apply", "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
        };
        out.writeShort(14);
        out.writeByte(1); out.writeUTF(utf8[0]);   // 1
        out.writeByte(7); out.writeShort(1);       // 2: this class
        out.writeByte(1); out.writeUTF(utf8[1]);   // 3
        out.writeByte(7); out.writeShort(3);       // 4: Object
        out.writeByte(1); out.writeUTF(utf8[2]);   // 5
        out.writeByte(7); out.writeShort(5);       // 6: BiFunction
        out.writeByte(1); out.writeUTF(utf8[3]);   // 7
        out.writeByte(1); out.writeUTF(utf8[4]);   // 8
        out.writeByte(12); out.writeShort(7); out.writeShort(8); // 9: <init>:()V
        out.writeByte(10); out.writeShort(4); out.writeShort(9); // 10: Object.<init>
        out.writeByte(1); out.writeUTF(utf8[5]);   // 11: Code
        out.writeByte(1); out.writeUTF(utf8[6]);   // 12: apply
        out.writeByte(1); out.writeUTF(utf8[7]);   // 13: its descriptor
        out.writeShort(0x21);
        out.writeShort(2);
        out.writeShort(4);
        out.writeShort(1);
        out.writeShort(6);
        out.writeShort(0);
        out.writeShort(2);
        byte[] init = {0x2a, (byte) 0xb7, 0x00, 0x0a, (byte) 0xb1};
        method(out, 7, 8, init, 1, 1);
        method(out, 12, 13, code, maxStack, maxLocals);
        out.writeShort(0);
        return bytes.toByteArray();
    }

    static void method(DataOutputStream out, int name, int descriptor, byte[] code, int maxStack,
            int maxLocals) throws IOException {
        out.writeShort(1);
        out.writeShort(name);
        out.writeShort(descriptor);
        out.writeShort(1);
        out.writeShort(11);
        out.writeInt(12 + code.length);
        out.writeShort(maxStack);
        out.writeShort(maxLocals);
        out.writeInt(code.length);
        out.write(code);
        out.writeShort(0);
        out.writeShort(0);
    }

    @SuppressWarnings("unchecked")
    static BiFunction<Object, Object, Object> load(String name, byte[] code, int maxStack,
            int maxLocals) throws Exception {
        Class<?> c = new Loader().define(name, assemble(name, code, maxStack, maxLocals));
        return (BiFunction<Object, Object, Object>) c.getDeclaredConstructor().newInstance();
    }

    /**
     * apply(a, b) whose two paths reach pc 5 with stack heights 0 and 1: neither a verifier nor
     * the reference-map analysis accepts it. Not called by main: HotSpot runs such code when
     * verification is off, Cortado refuses to link it (runtime/tests/precise_roots.rs).
     */
    static final byte[] INCONSISTENT = {
        0x2b,                         // 0: aload_1
        (byte) 0xc7, 0x00, 0x04,      // 1: ifnonnull 5
        0x2b,                         // 4: aload_1
        0x2b,                         // 5: aload_1
        (byte) 0xb0,                  // 6: areturn
    };

    /** Loads the inconsistent class and calls it. */
    static void linkInconsistent() throws Exception {
        load("Inconsistent", INCONSISTENT, 2, 3).apply("x", "y");
    }

    /** Calls the subroutine code `n` times; the checksum of the results, -1 if one is wrong. */
    static long run(BiFunction<Object, Object, Object> f, int n, Object[] keep) {
        long checksum = 0;
        for (int i = 0; i < n; i++) {
            String a = "a" + i;
            StringBuilder b = new StringBuilder("b").append(i);
            Object[] r = (Object[]) f.apply(a, b);
            if (r[0] != b || r[1] != a || r.length != 100) {
                return -1;
            }
            keep[i & 7] = r;
            checksum += r[0].toString().length() * 31 + r[1].hashCode();
        }
        return checksum;
    }

    /** Loads the subroutine class and runs it `n` times (for the runtime's own tests). */
    static long run(int n) throws Exception {
        return run(load("OldSubroutines", SUBROUTINES, 4, 5), n, new Object[8]);
    }

    public static void main(String[] args) throws Exception {
        BiFunction<Object, Object, Object> f = load("OldSubroutines", SUBROUTINES, 4, 5);
        System.out.println("class file version 49, " + f.getClass().getName());
        Object[] keep = new Object[8];
        System.out.println("300 calls, checksum " + run(f, 300, keep));
        Object[] last = (Object[]) keep[299 & 7];
        System.out.println("last: " + last[0] + " " + last[1] + " " + last[2]);
    }
}

// Bulk transfers between arrays and buffers of the other byte order (Unsafe.copySwapMemory):
// char, short, int, long, float and double views, heap and direct, overlapping compaction.
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;

public class BufferByteOrder {
    static String hex(ByteBuffer b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < b.limit(); i++) s.append(String.format("%02x", b.get(i) & 0xff));
        return s.toString();
    }

    static void run(ByteBuffer bytes, String kind) {
        ByteOrder other = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        bytes.order(other);
        bytes.asCharBuffer().put(new char[] {'a', '\u00e9', '\u4e2d', '\uffff'});
        bytes.position(8);
        bytes.slice().order(other).asIntBuffer().put(new int[] {0x01020304, -2});
        bytes.position(16);
        bytes.slice().order(other).asLongBuffer().put(new long[] {0x0102030405060708L});
        bytes.position(24);
        bytes.slice().order(other).asDoubleBuffer().put(new double[] {Math.PI});
        bytes.position(32);
        bytes.slice().order(other).asShortBuffer().put(new short[] {(short) 0x8001, 0x7f});
        bytes.clear();
        System.out.println(kind + " " + other + " " + hex(bytes));
        char[] chars = new char[4];
        bytes.asCharBuffer().get(chars);
        int[] ints = new int[2];
        bytes.position(8);
        bytes.slice().order(other).asIntBuffer().get(ints);
        long[] longs = new long[1];
        bytes.position(16);
        bytes.slice().order(other).asLongBuffer().get(longs);
        double[] doubles = new double[1];
        bytes.position(24);
        bytes.slice().order(other).asDoubleBuffer().get(doubles);
        System.out.println("  back " + new String(chars).codePoints().boxed().toList() + " " + Arrays.toString(ints) + " "
            + Long.toHexString(longs[0]) + " " + doubles[0]);
        bytes.clear();
        CharBuffer view = bytes.asCharBuffer();
        view.position(1);
        view.compact();
        System.out.println("  compacted " + hex(bytes));
    }

    public static void main(String[] args) {
        run(ByteBuffer.allocate(40), "heap");
        run(ByteBuffer.allocateDirect(40), "direct");
        IntBuffer big = IntBuffer.wrap(new int[] {1, 2, 3});
        System.out.println("int wrap order " + big.order());
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN);
        b.asIntBuffer().put(big);
        System.out.println("big endian ints " + hex(b));
        LongBuffer lb = ByteBuffer.allocateDirect(16).order(ByteOrder.BIG_ENDIAN).asLongBuffer();
        lb.put(new long[] {-1L, 0x1122334455667788L});
        long[] out = new long[2];
        lb.flip();
        lb.get(out);
        System.out.println("direct longs " + Long.toHexString(out[0]) + " " + Long.toHexString(out[1]));
        DoubleBuffer db = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).asDoubleBuffer();
        db.put(new double[] {-0.0});
        db.flip();
        System.out.println("double " + Double.doubleToRawLongBits(db.get()));
    }
}

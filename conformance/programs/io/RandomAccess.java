// RandomAccessFile: seek, read/write at positions, length changes, getFilePointer, setLength.
import java.io.IOException;
import java.io.RandomAccessFile;

public class RandomAccess {
    public static void main(String[] args) throws IOException {
        RandomAccessFile raf = new RandomAccessFile("raf.bin", "rw");
        for (int i = 0; i < 10; i++) raf.writeInt(i * 11);
        System.out.println("length " + raf.length() + " pointer " + raf.getFilePointer());
        raf.seek(12);
        System.out.println("int at 12: " + raf.readInt() + " pointer " + raf.getFilePointer());
        raf.seek(4);
        raf.writeInt(-1);
        raf.seek(0);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(raf.readInt()).append(' ');
        System.out.println(sb);
        raf.seek(100);
        raf.write(7);
        System.out.println("extended length " + raf.length());
        raf.seek(60);
        System.out.println("gap byte " + raf.read());
        raf.setLength(8);
        System.out.println("truncated " + raf.length() + " pointer " + raf.getFilePointer() + " read at end " + raf.read());
        raf.seek(0);
        byte[] b = new byte[8];
        raf.readFully(b);
        System.out.println(java.util.Arrays.toString(b));
        raf.close();
        RandomAccessFile ro = new RandomAccessFile("raf.bin", "r");
        try {
            ro.write(1);
        } catch (IOException e) {
            System.out.println("write to read-only: " + e.getMessage());
        }
        ro.close();
        try {
            new RandomAccessFile("raf.bin", "x");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(new java.io.File("raf.bin").delete());
    }
}

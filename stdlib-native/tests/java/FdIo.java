import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import jdk.internal.access.JavaIOFileDescriptorAccess;
import jdk.internal.access.SharedSecrets;
import jdk.internal.misc.Unsafe;

/**
 * The java.io stream natives on descriptors opened by the caller: the JDK's own
 * FileInputStream, FileOutputStream and RandomAccessFile over a FileDescriptor whose fd field
 * is set through SharedSecrets (no java.io.File, so no booted System is needed). main runs the
 * same methods on HotSpot over files it opens itself.
 */
public class FdIo {
    // FileDescriptor is initialised first: SharedSecrets would otherwise initialise it through
    // MethodHandles, which is not what these tests are about.
    static final boolean FD_READY = FileDescriptor.in.valid();
    static final JavaIOFileDescriptorAccess FDA = SharedSecrets.getJavaIOFileDescriptorAccess();

    static FileDescriptor wrap(int fd) {
        FileDescriptor d = new FileDescriptor();
        FDA.set(d, fd);
        return d;
    }

    static long checksum(byte[] b, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) sum = sum * 31 + b[i];
        return sum;
    }

    /** Reads a file of 10000 bytes (byte i = i * 7) opened read-only. */
    public static String read(int fd) throws IOException {
        FileInputStream in = new FileInputStream(wrap(fd));
        int avail = in.available();
        long skipped = in.skip(10);
        int first = in.read();
        byte[] buf = new byte[20000];
        int n = in.read(buf, 5, 20000 - 5);
        int eof = in.read(buf, 0, 10);
        int eof1 = in.read();
        int zero = in.read(buf, 3, 0);
        String bounds;
        try {
            in.read(buf, 19999, 2);
            bounds = "no exception";
        } catch (IndexOutOfBoundsException e) {
            bounds = "IOOBE " + e.getMessage();
        }
        return avail + " " + skipped + " " + first + " " + n + " " + eof + " " + eof1 + " " + zero
            + " " + checksum(buf, buf.length) + " " + in.available() + " " + bounds;
    }

    /** Writes 9001 bytes then 3 more to a file opened for writing (truncated). */
    public static String write(int fd) throws IOException {
        FileOutputStream out = new FileOutputStream(wrap(fd));
        byte[] data = new byte[10000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 3);
        out.write(data, 100, 9000);
        out.write(321);
        out.write(new byte[] {1, 2, 3});
        out.write(data, 0, 0);
        return "written";
    }

    /** RandomAccessFile over an empty file opened read-write. */
    public static String randomAccess(int fd) throws Exception {
        Unsafe u = Unsafe.getUnsafe();
        RandomAccessFile raf = (RandomAccessFile) u.allocateInstance(RandomAccessFile.class);
        u.putReference(raf, u.objectFieldOffset(RandomAccessFile.class, "fd"), wrap(fd));
        raf.write(new byte[] {10, 20, 30, 40, 50, 60});
        long p1 = raf.getFilePointer();
        raf.seek(2);
        int b = raf.read();
        raf.write(99);
        raf.seek(100);
        raf.write(7);
        long len = raf.length();
        raf.setLength(4);
        long p2 = raf.getFilePointer();
        long len2 = raf.length();
        raf.seek(0);
        byte[] all = new byte[8];
        int n = raf.read(all, 0, 8);
        int eof = raf.read();
        raf.setLength(6);
        long p3 = raf.getFilePointer();
        String negative;
        try {
            raf.seek(-1);
            negative = "no exception";
        } catch (IOException e) {
            negative = e.getMessage();
        }
        String s = p1 + " " + b + " " + len + " " + p2 + " " + len2 + " " + n + " " + eof + " " + p3
            + " " + raf.length() + " " + negative;
        for (int i = 0; i < n; i++) s = s + " " + all[i];
        return s;
    }

    /** A stream whose descriptor is -1, and closing a descriptor. */
    public static String closed(int fd) throws IOException {
        String s = "";
        FileInputStream in = new FileInputStream(new FileDescriptor());
        try {
            in.read();
        } catch (IOException e) {
            s = s + e.getMessage();
        }
        try {
            new FileOutputStream(new FileDescriptor()).write(new byte[3], 0, 3);
        } catch (IOException e) {
            s = s + "|" + e.getMessage();
        }
        FileDescriptor d = wrap(fd);
        boolean before = d.valid();
        FDA.close(d);
        s = s + "|" + before + " " + d.valid() + " " + FDA.get(d);
        return s;
    }

    public static void main(String[] args) throws Exception {
        System.out.println(read(FDA.get(new FileInputStream(args[0]).getFD())));
        System.out.println(write(FDA.get(new FileOutputStream(args[1]).getFD())));
        System.out.println(randomAccess(FDA.get(new RandomAccessFile(args[2], "rw").getFD())));
        System.out.println(closed(FDA.get(new FileInputStream(args[0]).getFD())));
    }
}

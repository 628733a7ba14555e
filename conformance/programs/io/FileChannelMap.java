// FileChannel beyond reads and writes: memory-mapped regions (read-only, read-write written
// back to the file, private copies that leave it alone, a mapping at an unaligned position),
// transferTo/transferFrom between channels, and a file lock.
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;

public class FileChannelMap {
    public static void main(String[] args) throws IOException {
        Path p = Paths.get("mapped.bin");
        byte[] data = new byte[10000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 251);
        }
        Files.write(p, data);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer ro = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            System.out.println("read-only " + ro.isReadOnly() + " capacity " + ro.capacity() + " byte 300 " + ro.get(300) + " int at 4 " + ro.getInt(4));
            MappedByteBuffer rw = ch.map(FileChannel.MapMode.READ_WRITE, 0, 16);
            rw.put(0, (byte) 99).putInt(4, 0x01020304);
            rw.force();
            MappedByteBuffer pv = ch.map(FileChannel.MapMode.PRIVATE, 100, 10);
            pv.put(0, (byte) -1);
            System.out.println("private sees its store " + pv.get(0) + " shared view sees the file " + ro.get(100));
            MappedByteBuffer odd = ch.map(FileChannel.MapMode.READ_ONLY, 4097, 5);
            System.out.println("unaligned " + odd.get(0) + " " + odd.get(4) + " remaining " + odd.remaining());
            try {
                ro.put(0, (byte) 1);
            } catch (java.nio.ReadOnlyBufferException e) {
                System.out.println("ReadOnlyBufferException");
            }
        }
        byte[] back = Files.readAllBytes(p);
        System.out.println("file after: " + back[0] + " " + back[4] + " " + back[5] + " " + back[6] + " " + back[7] + " byte 100 " + back[100]);

        Path copy = Paths.get("copy.bin");
        try (FileChannel in = FileChannel.open(p, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long n = in.transferTo(1000, 5000, out);
            System.out.println("transferTo " + n + " out size " + out.size() + " in position " + in.position());
            FileLock lock = out.lock();
            System.out.println("lock valid " + lock.isValid() + " shared " + lock.isShared());
            lock.release();
            System.out.println("released valid " + lock.isValid());
        }
        try (FileChannel in = FileChannel.open(p, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            long n = out.transferFrom(in, 5000, 100);
            System.out.println("transferFrom " + n + " size " + out.size());
        }
        byte[] c = Files.readAllBytes(copy);
        System.out.println("copy first " + c[0] + " at 5000 " + c[5000] + " length " + c.length);
        Files.delete(p);
        Files.delete(copy);
        System.out.println(new String("done".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}

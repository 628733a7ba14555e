import java.nio.ByteBuffer;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * CRC32 and Adler32 (loading their library through the JDK's NativeLibraries) and the process
 * environment through System.getenv.
 */
public class ZipEnv {
    static {
        // Without a full boot (System.initPhase1), properties come straight from the
        // SystemProps natives.
        if (System.getProperties() == null) {
            System.setProperties(null);
        }
    }

    public static String checksums() {
        byte[] data = new byte[100000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 13 + (i >> 7));
        CRC32 crc = new CRC32();
        crc.update(data, 3, 70000);
        crc.update(255);
        long c1 = crc.getValue();
        Adler32 adler = new Adler32();
        adler.update(data, 0, data.length);
        adler.update(7);
        long a1 = adler.getValue();
        ByteBuffer direct = ByteBuffer.allocateDirect(5000);
        direct.put(data, 0, 5000);
        direct.flip();
        CRC32 crc2 = new CRC32();
        crc2.update(direct);
        direct.rewind();
        Adler32 adler2 = new Adler32();
        adler2.update(direct);
        return c1 + " " + a1 + " " + crc2.getValue() + " " + adler2.getValue();
    }

    public static String environment() {
        return System.getenv("HOME") + " " + System.getenv("PATH") + " " + System.getenv("CORTADO_NO_SUCH_VARIABLE");
    }

    public static void main(String[] args) {
        System.out.println(checksums());
        System.out.println(environment());
    }
}

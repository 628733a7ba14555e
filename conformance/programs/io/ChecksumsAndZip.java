// java.util.zip: CRC32 and Adler32 checksums, Deflater/Inflater and GZIP round trips of a
// generated megabyte, compressed sizes are deterministic for a given zlib level.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;

public class ChecksumsAndZip {
    public static void main(String[] args) throws IOException, DataFormatException {
        byte[] data = new byte[1 << 20];
        for (int i = 0; i < data.length; i++) data[i] = (byte) ((i * 31) ^ (i >> 7));
        CRC32 crc = new CRC32();
        crc.update(data);
        Adler32 adler = new Adler32();
        adler.update(data, 0, data.length);
        System.out.println("crc32 " + Long.toHexString(crc.getValue()) + " adler32 " + Long.toHexString(adler.getValue()));
        CRC32 small = new CRC32();
        small.update("The quick brown fox".getBytes());
        System.out.println("crc32 of text " + Long.toHexString(small.getValue()));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length];
        int compressed = deflater.deflate(buffer);
        deflater.end();
        Inflater inflater = new Inflater();
        inflater.setInput(buffer, 0, compressed);
        byte[] restored = new byte[data.length];
        int n = inflater.inflate(restored);
        inflater.end();
        System.out.println("deflate round trip " + n + " equal " + java.util.Arrays.equals(data, restored) + " finished");
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        GZIPOutputStream gz = new GZIPOutputStream(bos);
        gz.write(data);
        gz.close();
        GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bos.toByteArray()));
        byte[] back = in.readAllBytes();
        System.out.println("gzip round trip " + back.length + " equal " + java.util.Arrays.equals(data, back));
        Inflater bad = new Inflater();
        bad.setInput(new byte[] {1, 2, 3, 4});
        try {
            bad.inflate(new byte[10]);
        } catch (DataFormatException e) {
            System.out.println("DataFormatException: " + e.getMessage());
        }
    }
}

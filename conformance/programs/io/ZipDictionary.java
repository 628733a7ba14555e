import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Deflate and inflate with a preset dictionary (Deflater/Inflater.setDictionary). */
public class ZipDictionary {
    public static void main(String[] args) throws DataFormatException {
        byte[] dictionary = "the quick brown fox jumps over the lazy dog".getBytes();
        byte[] input = "the lazy dog and the quick brown fox, the quick brown fox and the lazy dog".getBytes();
        Deflater deflater = new Deflater();
        deflater.setDictionary(dictionary, 4, dictionary.length - 4);
        deflater.setInput(input);
        deflater.finish();
        byte[] packed = new byte[256];
        int packedLength = deflater.deflate(packed);
        System.out.println("deflater adler " + Long.toHexString(deflater.getAdler()));
        System.out.println("packed " + packedLength + " bytes");
        deflater.end();

        Inflater inflater = new Inflater();
        inflater.setInput(packed, 0, packedLength);
        byte[] out = new byte[256];
        int n = inflater.inflate(out);
        System.out.println("needs dictionary " + inflater.needsDictionary() + " after " + n + " bytes");
        System.out.println("wanted adler " + Long.toHexString(inflater.getAdler()));
        try {
            inflater.setDictionary(dictionary, 40, 10);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bad range: " + e.getClass().getName());
        }
        inflater.setDictionary(dictionary, 4, dictionary.length - 4);
        n = inflater.inflate(out);
        System.out.println("inflated " + n + " bytes, equal " + Arrays.equals(input, Arrays.copyOf(out, n)));
        inflater.end();
    }
}

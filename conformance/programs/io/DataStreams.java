// DataOutputStream/DataInputStream round trip of every type through a file and a byte array,
// modified UTF-8 (writeUTF), EOFException at the end.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.Arrays;

public class DataStreams {
    static void write(DataOutputStream out) throws IOException {
        out.writeBoolean(true);
        out.writeByte(-2);
        out.writeShort(-30000);
        out.writeChar('\u4e2d');
        out.writeInt(0xdeadbeef);
        out.writeLong(Long.MIN_VALUE + 1);
        out.writeFloat(Float.NaN);
        out.writeDouble(-0.0);
        out.writeUTF("modified \u0000 utf \u00e9 \ud83d\ude00");
        out.writeBytes("ab");
        out.writeChars("c");
    }

    static void read(DataInputStream in) throws IOException {
        System.out.println(in.readBoolean() + " " + in.readByte() + " " + in.readShort() + " " + (int) in.readChar() + " " + Integer.toHexString(in.readInt()) + " " + in.readLong() + " " + in.readFloat() + " " + in.readDouble());
        String s = in.readUTF();
        System.out.println(s.length() + " " + s.replace('\u0000', '0') + " " + (char) in.readUnsignedByte() + (char) in.readByte() + " " + in.readChar());
        try {
            in.readInt();
        } catch (EOFException e) {
            System.out.println("EOFException " + e.getMessage());
        }
    }

    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        write(out);
        out.flush();
        byte[] data = bytes.toByteArray();
        System.out.println("size " + data.length + " " + out.size() + " head " + Arrays.toString(Arrays.copyOf(data, 12)));
        read(new DataInputStream(new ByteArrayInputStream(data)));
        DataOutputStream fout = new DataOutputStream(new FileOutputStream("data.dat"));
        write(fout);
        fout.close();
        DataInputStream fin = new DataInputStream(new FileInputStream("data.dat"));
        read(fin);
        fin.close();
        System.out.println(new java.io.File("data.dat").delete());
    }
}

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;

/** Prints the raw bits of the Math methods HotSpot replaces by its stubs for each input line "x y" (hex bits). */
public class MathIntrinsicDump {
    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new FileReader(args[0]))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split(" ");
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16));
                double y = Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16));
                double[] v = {
                    Math.sin(x), Math.cos(x), Math.tan(x), Math.exp(x), Math.log(x), Math.log10(x),
                    Math.pow(x, y),
                };
                for (int i = 0; i < v.length; i++) {
                    if (i > 0) out.append(' ');
                    out.append(Long.toHexString(Double.doubleToRawLongBits(v[i])));
                }
                out.append('\n');
            }
        }
        System.out.print(out);
    }
}

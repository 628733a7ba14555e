import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;

/** Prints the raw bits of StrictMath's native functions (and exp, which sinh and cosh use) for each input line "x y" (hex bits). */
public class StrictMathDump {
    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new FileReader(args[0]))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split(" ");
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16));
                double y = Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16));
                double[] v = {
                    StrictMath.sin(x), StrictMath.cos(x), StrictMath.tan(x), StrictMath.asin(x),
                    StrictMath.acos(x), StrictMath.atan(x), StrictMath.log(x), StrictMath.log10(x),
                    StrictMath.sqrt(x), StrictMath.IEEEremainder(x, y), StrictMath.atan2(x, y),
                    StrictMath.sinh(x), StrictMath.cosh(x), StrictMath.tanh(x), StrictMath.expm1(x),
                    StrictMath.log1p(x), StrictMath.exp(x),
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

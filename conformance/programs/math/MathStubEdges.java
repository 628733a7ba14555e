// Math.sin/cos/tan/exp/log/log10/pow at the edges of HotSpot's x86-64 stubs, raw bits: huge
// trigonometric arguments (Payne-Hanek reduction) and arguments next to multiples of pi/2,
// subnormal and tiny arguments, NaN payloads, exp's overflow and subnormal boundaries, pow near
// 1 with big exponents, pow results in the subnormal range and at overflow, negative bases.
public class MathStubEdges {
    static String bits(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    static void unary(double x) {
        System.out.println(bits(x) + ": " + bits(Math.sin(x)) + " " + bits(Math.cos(x)) + " " + bits(Math.tan(x)) + " "
            + bits(Math.exp(x)) + " " + bits(Math.log(x)) + " " + bits(Math.log10(x)));
    }

    public static void main(String[] args) {
        double[] xs = {Double.MAX_VALUE, -Double.MAX_VALUE, 1e300, 6381956970095103.0 * Math.pow(2, 797), 1e22, 1e16,
            90112.0, 90111.99999999999, 12800.0, 65536.0 * Math.PI, 1e-300, Double.MIN_VALUE, -Double.MIN_VALUE,
            Double.MIN_NORMAL, 4.9e-320, 0x1p-252, 0x1p-29, 0.1015625, -0.0, 0.0,
            Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000001234L),
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 709.782712893384, 709.7827128933841, -708.3964185322641,
            -745.1332191019411, -745.1332191019412, -744.44007192138, -1000.0, 1023.9, 1.0, 0.9999999999999999,
            1.0000000000000002, 2.0, 10.0, 100.0};
        for (double x : xs) {
            unary(x);
        }
        for (int k = 1; k < 4000; k += 7) {
            double x = k * (Math.PI / 2) * (1 << (k % 30));
            unary(x);
            unary(Math.nextUp(x));
        }
        double[] bases = {1.0000001, 0.9999999, 1.0 + 0x1p-52, 1.0 - 0x1p-53, 1.03, 0.97, 2.0, 0.5, 10.0, 1e-5, 1e300, 1e-310,
            -2.0, -0.5, -1.0, -1e-310, -1e300, -1.0000001};
        double[] exponents = {1e9, -1e9, 4096.0, -4096.0, 1e15, 3.0, -3.0, 4.0, 1075.0, -1075.0, 1024.5, -1074.5, 0.5, 1.5,
            1e-10, -1e-20, 1e-300, 1023.0, 1022.9999999, 1e18, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            Double.longBitsToDouble(0x7ff0000000000007L), -0.0, 2.0, 0.5, 9007199254740993.0, -9007199254740991.0};
        for (double b : bases) {
            StringBuilder line = new StringBuilder(bits(b)).append(":");
            for (double e : exponents) {
                line.append(' ').append(bits(Math.pow(b, e)));
            }
            System.out.println(line);
        }
        // Results around the subnormal range and overflow.
        for (int i = 0; i < 200; i++) {
            double y = -1020.0 - i * 0.3;
            System.out.println(bits(Math.pow(2.0 + i * 1e-3, y)) + " " + bits(Math.pow(0.5, -y)) + " " + bits(Math.pow(2.0, -y - 0.1)));
        }
    }
}

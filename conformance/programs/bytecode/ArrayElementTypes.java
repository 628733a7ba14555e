// Array loads and stores of every element type: baload on boolean and byte arrays, caload
// zero-extension, saload sign-extension, truncation on store, float/double NaN storage.
public class ArrayElementTypes {
    public static void main(String[] args) {
        boolean[] z = {true, false};
        z[1] = !z[0] | z[1];
        byte[] b = new byte[2];
        b[0] = (byte) 0xff;
        b[1] = (byte) 300;
        char[] c = new char[2];
        c[0] = (char) -1;
        c[1] = (char) 65601;
        short[] s = new short[2];
        s[0] = (short) 0x8000;
        s[1] = (short) 0x12345;
        int[] i = {Integer.MIN_VALUE, -1};
        long[] l = {Long.MIN_VALUE, 1L << 63 >>> 1};
        float[] f = {Float.NaN, -0.0f};
        double[] d = {Double.MIN_VALUE, Double.longBitsToDouble(0x7ff8000000000001L)};
        System.out.println(z[0] + " " + z[1] + " " + b[0] + " " + b[1] + " " + (int) c[0] + " " + (int) c[1] + " " + s[0] + " " + s[1] + " " + i[0] + " " + i[1] + " " + l[0] + " " + l[1]);
        System.out.println(f[0] + " " + f[1] + " " + (1 / f[1]) + " " + d[0] + " " + Double.isNaN(d[1]));
        int sum = 0;
        for (byte x : b) sum += x;
        for (char x : c) sum += x;
        for (short x : s) sum += x;
        System.out.println("sum " + sum);
        Object[] objs = {z, b, c, s, i, l, f, d};
        int total = 0;
        for (Object o : objs) {
            if (o instanceof boolean[]) total += ((boolean[]) o).length;
            else if (o instanceof byte[]) total += ((byte[]) o).length * 10;
            else if (o instanceof char[]) total += ((char[]) o).length * 100;
            else if (o instanceof long[]) total += 1000;
        }
        System.out.println("dispatch " + total);
        byte[][] grid = new byte[3][3];
        grid[1][2] = 127;
        grid[1][2]++;
        System.out.println("byte grid wrap " + grid[1][2]);
    }
}

// Default values, lengths and class names of arrays of every type.
public class ArrayDefaults {
    public static void main(String[] args) {
        boolean[] z = new boolean[2];
        byte[] b = new byte[2];
        char[] c = new char[2];
        short[] s = new short[2];
        int[] i = new int[2];
        long[] l = new long[2];
        float[] f = new float[2];
        double[] d = new double[2];
        Object[] o = new Object[2];
        String[] str = new String[2];
        System.out.println(z[1] + " " + b[1] + " " + (int) c[1] + " " + s[1] + " " + i[1] + " " + l[1] + " " + f[1] + " " + d[1] + " " + o[1] + " " + str[1]);
        Object[] all = {z, b, c, s, i, l, f, d, o, str, new int[0][0], new Runnable[0]};
        for (Object a : all) {
            Class<?> k = a.getClass();
            System.out.println(k.getName() + " component " + k.getComponentType().getName() + " isArray " + k.isArray()
                    + " super " + k.getSuperclass().getName());
        }
        int[] empty = {};
        System.out.println("empty length " + empty.length + " " + new String[0].length);
        byte[] big = new byte[1 << 20];
        long sum = 0;
        for (byte x : big) sum += x;
        System.out.println("1 MiB zeroed: " + (sum == 0) + " length " + big.length);
    }
}

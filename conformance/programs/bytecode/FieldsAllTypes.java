// getfield/putfield/getstatic/putstatic of every type, defaults, volatile and final fields.
public class FieldsAllTypes {
    static boolean sz;
    static byte sb;
    static char sc;
    static short ss;
    static int si;
    static long sj;
    static float sf;
    static double sd;
    static Object sl;
    boolean z;
    byte b;
    char c;
    short s;
    int i;
    long j;
    float f;
    double d;
    String l;
    volatile long vj = -1L;
    volatile double vd = 0.25;
    final int fi = 42;

    public static void main(String[] args) {
        System.out.println(sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sj + " " + sf + " " + sd + " " + sl);
        FieldsAllTypes o = new FieldsAllTypes();
        System.out.println(o.z + " " + o.b + " " + (int) o.c + " " + o.s + " " + o.i + " " + o.j + " " + o.f + " " + o.d + " " + o.l + " " + o.vj + " " + o.vd + " " + o.fi);
        sz = true; sb = -5; sc = 'q'; ss = -300; si = 1 << 30; sj = 1L << 40; sf = 2.5f; sd = -1e-5; sl = "static";
        o.z = true; o.b = (byte) 200; o.c = '\u0416'; o.s = (short) 40000; o.i = -7; o.j = Long.MIN_VALUE; o.f = Float.NaN; o.d = Double.NEGATIVE_INFINITY; o.l = "inst";
        o.vj = Long.MAX_VALUE; o.vd = -0.0;
        System.out.println(sz + " " + sb + " " + sc + " " + ss + " " + si + " " + sj + " " + sf + " " + sd + " " + sl);
        System.out.println(o.z + " " + o.b + " " + (int) o.c + " " + o.s + " " + o.i + " " + o.j + " " + o.f + " " + o.d + " " + o.l + " " + o.vj + " " + o.vd);
        FieldsAllTypes n = null;
        try {
            System.out.println(n.i);
        } catch (NullPointerException e) {
            System.out.println("getfield on null: NullPointerException");
        }
        try {
            n.j = 3;
        } catch (NullPointerException e) {
            System.out.println("putfield on null: NullPointerException");
        }
    }
}

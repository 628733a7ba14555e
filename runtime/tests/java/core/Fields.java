/** Static and instance fields of every type, inheritance of fields, hiding, constants. */
public class Fields {
    static boolean sz; static byte sb; static char sc; static short ss; static int si; static long sl; static float sf; static double sd; static Object so;
    static final String CONST = "constant";
    static final int ICONST = 12345;
    static final long LCONST = 0x123456789abcdefL;
    boolean z; byte b; char c; short s; int i; long l; float f; double d; Object o; String str = "init";

    static class Base { int x = 1; static int sx = 10; int get() { return x; } }
    static class Derived extends Base { int x = 2; long y = 3; int getDerived() { return x + super.x; } }

    static int tStatics() {
        sz = true; sb = (byte) 200; sc = 'Z'; ss = (short) 70000; si = -5; sl = 1L << 40; sf = 1.5f; sd = -0.25; so = "s";
        return (sz ? 1 : 0) + sb + sc + ss + si + (int) (sl >> 30) + (int) (sf * 4) + (int) (sd * 8) + ((String) so).length();
    }
    static String tInstance() {
        Fields f = new Fields();
        f.z = true; f.b = -1; f.c = 'q'; f.s = -2; f.i = 100; f.l = -1L; f.f = 2.5f; f.d = 1e100; f.o = f;
        return f.z + " " + f.b + " " + (int) f.c + " " + f.s + " " + f.i + " " + f.l + " " + (f.o == f) + " " + f.str + " " + (f.d > 1e99) + " " + (f.f * 2);
    }
    static int tDefaults() {
        Fields f = new Fields();
        return (f.z ? 1 : 0) + f.b + f.c + f.s + f.i + (int) f.l + (int) f.f + (int) f.d + (f.o == null ? 1000 : 0);
    }
    static int tHiding() { Derived d = new Derived(); Base b = d; return d.x * 100 + b.x * 10 + d.getDerived() + (int) d.y * 1000 + b.get() * 10000 + Derived.sx; }
    static String tConstants() { return CONST + ICONST + LCONST; }
    static long tLongField() { Fields f = new Fields(); f.l = Long.MIN_VALUE; f.l--; return f.l; }
}

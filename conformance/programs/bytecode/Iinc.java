// iinc (including the wide form), compound assignments on locals, fields, array elements.
public class Iinc {
    static int field;
    int instanceField;
    static long lfield;

    public static void main(String[] args) {
        int i = 0;
        i += 127;
        i += 128;
        i -= 32768;
        i += 32767;
        i += 100000;
        System.out.println("i=" + i);
        int j = 5;
        int k = j++ + ++j;
        System.out.println("j=" + j + " k=" + k);
        j = j++;
        System.out.println("j after j=j++: " + j);
        field += 3;
        field *= 7;
        field <<= 2;
        field %= 50;
        System.out.println("field=" + field);
        Iinc o = new Iinc();
        o.instanceField -= 9;
        o.instanceField++;
        System.out.println("instanceField=" + o.instanceField);
        int[] arr = {1, 2, 3};
        int idx = 0;
        arr[idx++] += 10;
        arr[idx++] *= arr[idx];
        System.out.println("arr=" + arr[0] + "," + arr[1] + "," + arr[2] + " idx=" + idx);
        long[] la = {10L, 20L};
        int li = 0;
        la[li++] += 5L;
        lfield += la[0]++;
        System.out.println("la=" + la[0] + "," + la[1] + " lfield=" + lfield);
        double[] da = {1.5};
        da[0] /= 2;
        System.out.println("da=" + da[0]);
        char[] ca = {'a'};
        ca[0] += 1;
        ca[0]++;
        System.out.println("ca=" + ca[0]);
        short s = 10;
        s >>= 1;
        s ^= 0x7fff;
        System.out.println("s=" + s);
    }
}

// run: -Xmx32m -Xmn1m
// Reference arrays filled by System.arraycopy and Arrays.copyOf keep their elements across
// young collections when the destination is old and the elements young (the card barrier of
// a bulk copy); a copy stopped by an ArrayStoreException keeps the part it copied; overlapping
// copies inside one array too.
import java.util.Arrays;

public class ArraycopyBarrier {
    static Object sink;

    static final class Box {
        final int value;
        Box(int value) { this.value = value; }
    }

    static void churn() {
        for (int i = 0; i < 60; i++) sink = new byte[32 * 1024];
        sink = null;
    }

    static long sum(Object[] a, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) s += a[i] == null ? -1 : ((Box) a[i]).value;
        return s;
    }

    public static void main(String[] args) {
        Object[] big = new Object[20_000];
        churn();
        for (int chunk = 0; chunk < 20; chunk++) {
            Object[] young = new Object[1000];
            for (int i = 0; i < young.length; i++) young[i] = new Box(chunk * 1000 + i);
            System.arraycopy(young, 0, big, chunk * 1000, young.length);
            if (chunk % 4 == 0) churn();
        }
        churn();
        churn();
        System.out.println("old array filled by arraycopy: sum " + sum(big, 0, big.length));

        System.arraycopy(big, 0, big, 1, 19_999);
        churn();
        System.out.println("overlapping copy: first " + ((Box) big[1]).value + " last " + ((Box) big[19_999]).value + " sum " + sum(big, 1, big.length));

        Object[] copy = Arrays.copyOf(big, 30_000);
        for (int i = 20_000; i < 30_000; i++) copy[i] = new Box(i);
        churn();
        System.out.println("Arrays.copyOf: sum " + sum(copy, 0, copy.length));

        String[] strings = new String[20_000];
        churn();
        Object[] mixed = new Object[10];
        for (int i = 0; i < 10; i++) mixed[i] = i == 6 ? (Object) Integer.valueOf(6) : (Object) ("s" + i);
        try {
            System.arraycopy(mixed, 0, strings, 1000, 10);
        } catch (ArrayStoreException e) {
            System.out.println(e.getMessage());
        }
        mixed = null;
        churn();
        churn();
        StringBuilder sb = new StringBuilder();
        for (int i = 998; i < 1012; i++) sb.append(strings[i]).append(' ');
        System.out.println("partial copy kept: " + sb);
    }
}

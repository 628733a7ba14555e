// waits: #4 record toString/equals/hashCode are invokedynamic (ObjectMethods)
// Records with generated toString, equals and hashCode, including arrays, nulls, floats and
// nested records; reflection on record components.
import java.util.Arrays;

public class RecordsGenerated {
    record Empty() {}
    record Pair<A, B>(A first, B second) {}
    record Numbers(int i, long l, double d, float f, boolean b, char c, byte y, short s) {}
    record WithArray(int[] data) {}

    public static void main(String[] args) {
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Pair<String, Integer> p = new Pair<>("a", 1);
        System.out.println(p + " " + p.equals(new Pair<>("a", 1)) + " " + (p.hashCode() == new Pair<>("a", 1).hashCode()) + " " + new Pair<>(null, null));
        Numbers n = new Numbers(1, 2L, Double.NaN, -0.0f, true, 'c', (byte) 3, (short) 4);
        System.out.println(n + " " + n.equals(new Numbers(1, 2L, Double.NaN, -0.0f, true, 'c', (byte) 3, (short) 4)) + " " + n.equals(new Numbers(1, 2L, Double.NaN, 0.0f, true, 'c', (byte) 3, (short) 4)));
        int[] data = {1, 2};
        WithArray w = new WithArray(data);
        System.out.println(w.equals(new WithArray(data)) + " " + w.equals(new WithArray(new int[] {1, 2})) + " " + w.toString().startsWith("WithArray[data=[I@"));
        for (java.lang.reflect.RecordComponent rc : Numbers.class.getRecordComponents()) System.out.print(rc.getName() + ":" + rc.getType() + " ");
        System.out.println();
        System.out.println(new Pair<>(new Pair<>(1, 2), Arrays.asList(3)));
    }
}

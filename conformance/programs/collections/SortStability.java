// Sorting is stable: equal keys keep their input order for Collections.sort, List.sort and
// Arrays.sort of objects; large inputs take the merge path.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

public class SortStability {
    static final class Item {
        final int key;
        final int order;
        Item(int key, int order) { this.key = key; this.order = order; }
        @Override public String toString() { return key + "." + order; }
    }

    static class ByKey implements Comparator<Item> {
        public int compare(Item a, Item b) { return Integer.compare(a.key, b.key); }
    }

    static boolean stable(List<Item> items) {
        for (int i = 1; i < items.size(); i++) {
            Item a = items.get(i - 1), b = items.get(i);
            if (a.key > b.key || (a.key == b.key && a.order > b.order)) return false;
        }
        return true;
    }

    public static void main(String[] args) {
        Random r = new Random(1234);
        List<Item> small = new ArrayList<Item>();
        for (int i = 0; i < 20; i++) small.add(new Item(r.nextInt(4), i));
        Collections.sort(small, new ByKey());
        System.out.println(small + " stable " + stable(small));
        List<Item> big = new ArrayList<Item>();
        for (int i = 0; i < 5000; i++) big.add(new Item(r.nextInt(50), i));
        big.sort(new ByKey());
        System.out.println("big stable " + stable(big) + " first " + big.get(0) + " last " + big.get(big.size() - 1));
        Item[] arr = new Item[300];
        for (int i = 0; i < arr.length; i++) arr[i] = new Item(r.nextInt(3), i);
        Arrays.sort(arr, new ByKey());
        System.out.println("array stable " + stable(Arrays.asList(arr)) + " middle " + arr[150]);
        Integer[] boxed = new Integer[1000];
        for (int i = 0; i < boxed.length; i++) boxed[i] = r.nextInt(1000) - 500;
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println("reverse boxed " + boxed[0] + " " + boxed[999]);
    }
}

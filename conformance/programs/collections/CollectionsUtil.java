// java.util.Collections: sort, reverse, shuffle with a seeded Random, rotate, swap, min/max,
// frequency, nCopies, unmodifiable and synchronized wrappers, binarySearch, emptyList.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class CollectionsUtil {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<Integer>();
        for (int i = 0; i < 12; i++) list.add(i);
        Collections.shuffle(list, new Random(42));
        System.out.println("shuffled " + list);
        Collections.sort(list);
        Collections.reverse(list);
        System.out.println("reversed " + list);
        Collections.rotate(list, 3);
        System.out.println("rotated " + list);
        Collections.swap(list, 0, 11);
        System.out.println("swapped " + list + " min " + Collections.min(list) + " max " + Collections.max(list) + " max by reverse " + Collections.max(list, Collections.reverseOrder()));
        Collections.sort(list, Collections.reverseOrder());
        System.out.println("reverseOrder sort " + list);
        Collections.sort(list);
        System.out.println("binarySearch 7 " + Collections.binarySearch(list, 7) + " 20 " + Collections.binarySearch(list, 20));
        List<String> words = Arrays.asList("a", "b", "a", "c", "a");
        System.out.println("frequency " + Collections.frequency(words, "a") + " nCopies " + Collections.nCopies(3, "xy") + " disjoint " + Collections.disjoint(words, Arrays.asList("z")));
        List<Integer> ro = Collections.unmodifiableList(list);
        try {
            ro.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable add: " + e);
        }
        System.out.println("empty " + Collections.emptyList() + " " + Collections.emptyMap() + " singleton " + Collections.singletonList(5) + " " + Collections.singleton("s"));
        List<Integer> sync = Collections.synchronizedList(new ArrayList<Integer>());
        sync.add(3);
        System.out.println("sync " + sync);
        List<Integer> filled = new ArrayList<Integer>(Collections.nCopies(4, 0));
        Collections.fill(filled, 9);
        Collections.addAll(filled, 1, 2);
        System.out.println("filled " + filled + " indexOfSubList " + Collections.indexOfSubList(filled, Arrays.asList(9, 1)));
        Random r = new Random(7);
        System.out.println("random " + r.nextInt() + " " + r.nextInt(100) + " " + r.nextLong() + " " + r.nextDouble() + " " + r.nextBoolean() + " " + r.nextFloat() + " " + r.nextGaussian());
    }
}

// ArrayList: add/insert/remove by index and by value, set, subList, contains, sort (natural
// order), toArray, equals/hashCode, trimming, and IndexOutOfBoundsException messages.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class ArrayListOps {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<Integer>();
        for (int i = 0; i < 10; i++) list.add(i * i);
        list.add(0, -1);
        list.add(5, 500);
        System.out.println(list + " size " + list.size());
        System.out.println("remove(index 2) " + list.remove(2) + ", remove(Integer 81) " + list.remove(Integer.valueOf(81)) + ", remove(absent) " + list.remove(Integer.valueOf(1234)));
        System.out.println("set " + list.set(0, 7) + " -> " + list);
        System.out.println("contains 16 " + list.contains(16) + " indexOf 500 " + list.indexOf(500) + " lastIndexOf 7 " + list.lastIndexOf(7));
        List<Integer> sub = list.subList(2, 5);
        sub.set(0, 111);
        System.out.println("sub " + sub + " list " + list);
        sub.clear();
        System.out.println("after sub.clear " + list);
        Collections.sort(list);
        System.out.println("sorted " + list);
        Object[] arr = list.toArray();
        Integer[] typed = list.toArray(new Integer[0]);
        System.out.println(arr.length + " " + typed.getClass().getName() + " " + typed[typed.length - 1]);
        List<Integer> other = new ArrayList<Integer>(list);
        System.out.println("equals " + list.equals(other) + " hash " + (list.hashCode() == other.hashCode()) + " " + list.hashCode());
        other.add(null);
        System.out.println("with null " + other + " containsNull " + other.contains(null));
        ArrayList<String> strs = new ArrayList<String>(100);
        strs.add("a");
        strs.trimToSize();
        strs.ensureCapacity(50);
        strs.addAll(java.util.Arrays.asList("b", "c"));
        strs.addAll(1, java.util.Arrays.asList("x", "y"));
        strs.removeAll(java.util.Arrays.asList("y"));
        strs.retainAll(java.util.Arrays.asList("a", "b", "x"));
        System.out.println(strs + " isEmpty " + strs.isEmpty());
        try {
            list.get(100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            list.add(-1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            list.subList(3, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new ArrayList<Object>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        list.clear();
        System.out.println("cleared " + list + " " + list.size());
    }
}

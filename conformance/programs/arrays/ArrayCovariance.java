// Array covariance, assignability between array classes, arrays in generic collections.
import java.util.ArrayList;
import java.util.List;

public class ArrayCovariance {
    public static void main(String[] args) {
        String[] strings = {"b", "a"};
        Object[] objects = strings;
        System.out.println(objects.getClass().getName() + " " + (objects instanceof String[]));
        Class<?>[] classes = {Object[].class, String[].class, CharSequence[].class, int[].class, Object.class, Cloneable.class, java.io.Serializable.class, long[].class};
        for (Class<?> to : classes) {
            StringBuilder sb = new StringBuilder(to.getName()).append(" <- ");
            for (Class<?> from : classes) {
                sb.append(to.isAssignableFrom(from) ? '1' : '0');
            }
            System.out.println(sb);
        }
        List<int[]> list = new ArrayList<int[]>();
        list.add(new int[] {1});
        list.add(new int[] {2, 3});
        int total = 0;
        for (int[] arr : list) total += arr.length;
        System.out.println("total " + total);
        Integer[][] boxes = new Integer[2][2];
        Number[][] numbers = boxes;
        Object[] flat = numbers;
        System.out.println(flat.length + " " + numbers[0].getClass().getName());
    }
}

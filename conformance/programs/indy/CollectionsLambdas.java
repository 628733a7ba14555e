// waits: #4 invokedynamic (lambdas in collection APIs)
// Collection APIs taking lambdas: removeIf, replaceAll, forEach, Map.computeIfAbsent/merge/
// compute, Iterable.forEach, List.sort with a lambda.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class CollectionsLambdas {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<Integer>(Arrays.asList(5, 3, 8, 1, 9, 2));
        list.removeIf(x -> x % 3 == 0);
        list.replaceAll(x -> x * 10);
        list.sort((a, b) -> b - a);
        System.out.println(list);
        Map<String, Integer> counts = new TreeMap<String, Integer>();
        for (String w : "to be or not to be".split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        Map<Integer, List<String>> byLen = new TreeMap<Integer, List<String>>();
        for (String w : Arrays.asList("ox", "cat", "dog", "horse", "be")) byLen.computeIfAbsent(w.length(), k -> new ArrayList<String>()).add(w);
        System.out.println(byLen);
        counts.compute("be", (k, v) -> v == null ? 0 : v * 100);
        counts.computeIfPresent("or", (k, v) -> null);
        System.out.println(counts);
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
        list.forEach(x -> sb.append(x).append(','));
        System.out.println(sb);
    }
}

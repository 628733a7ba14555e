// waits: #4 invokedynamic (streams)
// Streams: map/filter/reduce/collect, sorted, distinct, limit/skip, flatMap, IntStream ranges,
// groupingBy into TreeMaps, joining, partitioning, statistics; sequential only.
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class StreamsBasic {
    public static void main(String[] args) {
        List<String> words = Arrays.asList("delta", "alpha", "charlie", "bravo", "echo", "alpha", "foxtrot");
        System.out.println(words.stream().filter(w -> w.length() == 5).map(String::toUpperCase).sorted().collect(Collectors.toList()));
        System.out.println(words.stream().distinct().count() + " " + words.stream().mapToInt(String::length).sum() + " " + words.stream().anyMatch(w -> w.startsWith("e")) + " " + words.stream().allMatch(w -> w.length() > 3));
        System.out.println(IntStream.rangeClosed(1, 10).filter(i -> i % 2 == 1).boxed().collect(Collectors.toList()) + " " + IntStream.range(0, 5).map(i -> i * i).sum() + " " + IntStream.of(3, 1, 2).max().getAsInt());
        Map<Integer, List<String>> byLength = words.stream().distinct().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        System.out.println(byLength);
        System.out.println(words.stream().collect(Collectors.joining(", ", "[", "]")));
        Map<Boolean, Long> parts = words.stream().collect(Collectors.partitioningBy(w -> w.compareTo("c") < 0, Collectors.counting()));
        System.out.println(parts);
        System.out.println(Stream.of(Arrays.asList(1, 2), Arrays.asList(3), Arrays.<Integer>asList()).flatMap(List::stream).map(i -> i * 10).reduce(0, Integer::sum));
        System.out.println(Stream.iterate(1, i -> i * 3).limit(6).skip(2).collect(Collectors.toList()));
        System.out.println(IntStream.rangeClosed(1, 100).summaryStatistics());
        System.out.println(words.stream().sorted((a, b) -> b.compareTo(a)).findFirst().get() + " " + words.stream().min(String::compareTo).orElse("none"));
        System.out.println(Arrays.stream(new double[] {1.5, 2.5, 3.0}).average().getAsDouble() + " " + Stream.of("a", "b", "c").collect(Collectors.toMap(s -> s, String::hashCode, (a, b) -> a, TreeMap::new)));
        System.out.println("a-b-c".chars().filter(Character::isLetter).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
    }
}

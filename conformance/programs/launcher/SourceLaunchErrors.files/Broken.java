import java.util.List;

public class Broken {
    public static void main(String[] args) {
        List<String> names = List.of("a", "b");
        int n = names;
        undefined(n);
    }
}

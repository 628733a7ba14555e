// String.split with single-character, non-regex separators (the fast path that needs no
// regex engine): limits, leading and trailing empty strings, no match.
import java.util.Arrays;

public class StringSplitFast {
    public static void main(String[] args) {
        String[] inputs = {"a,b,c", ",a,,b,", "", ",", ",,,", "no separators", "a,b,c,d,e"};
        int[] limits = {0, -1, 1, 2, 3};
        for (String in : inputs) {
            StringBuilder sb = new StringBuilder("[" + in + "]");
            for (int limit : limits) sb.append(" ").append(limit).append(":").append(Arrays.toString(in.split(",", limit)));
            System.out.println(sb);
        }
        System.out.println(Arrays.toString("x y  z".split(" ")) + " " + Arrays.toString("a|b".split("\\|")) + " " + Arrays.toString("1.2.3".split("\\.")) + " " + Arrays.toString("tab\tsep".split("\t")));
        System.out.println(Arrays.toString("\u00e9,\u4e2d,x".split(",")) + " " + Arrays.toString("a:b:c".split(":", 2)));
    }
}

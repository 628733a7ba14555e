// run: -Xmx32m
// Strings interned before collections are the same objects after them; literals and
// intern() agree; identity hash codes of interned strings stay.
import java.util.ArrayList;
import java.util.List;

public class InternAcrossCollections {
    public static void main(String[] args) {
        List<String> interned = new ArrayList<String>();
        int[] hashes = new int[200];
        for (int i = 0; i < 200; i++) {
            String s = new String("key-" + i).intern();
            interned.add(s);
            hashes[i] = System.identityHashCode(s);
        }
        String literal = "key-7";
        for (int round = 0; round < 5; round++) {
            List<int[]> junk = new ArrayList<int[]>();
            for (int j = 0; j < 2000; j++) {
                junk.add(new int[1000]);
                if (junk.size() > 100) junk.clear();
            }
            System.gc();
        }
        int same = 0;
        int stable = 0;
        for (int i = 0; i < 200; i++) {
            String again = ("key-" + i).intern();
            if (again == interned.get(i)) same++;
            if (System.identityHashCode(again) == hashes[i]) stable++;
        }
        System.out.println("same after collections: " + same + ", hashes stable: " + stable);
        System.out.println("literal is the interned one: " + (literal == interned.get(7)));
        String late = new String("late-string");
        System.gc();
        System.out.println("late intern keeps the receiver: " + (late.intern() == late) + ", literal agrees: " + ("late-string" == late));
    }
}

// run: -Xmx64m
// The string table holds interned strings weakly: an interned string nothing else reaches is
// collected, and interning an equal string afterwards makes the new one canonical; strings
// still reachable (held, or literals of loaded classes) keep their identity across
// collections, including literals of classes loaded after the collections.
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

public class InternedStringsCollected {
    static final class LateLiterals {
        static String held() { return "held-7"; }
        static String dropped() { return "dropped-3"; }
    }

    static String make(String prefix, int i) {
        return new StringBuilder(prefix).append('-').append(i).toString();
    }

    static List<WeakReference<String>> internAndDrop(String prefix, int n) {
        List<WeakReference<String>> refs = new ArrayList<WeakReference<String>>();
        for (int i = 0; i < n; i++) {
            String s = make(prefix, i);
            if (s.intern() != s) System.out.println("not canonical: " + s);
            refs.add(new WeakReference<String>(s));
        }
        return refs;
    }

    public static void main(String[] args) {
        List<String> held = new ArrayList<String>();
        for (int i = 0; i < 100; i++) {
            String s = make("held", i);
            held.add(s.intern());
        }
        List<WeakReference<String>> dropped = internAndDrop("dropped", 100);
        String literal = "literal-value";
        for (int round = 0; round < 3; round++) {
            List<int[]> junk = new ArrayList<int[]>();
            for (int j = 0; j < 3000; j++) {
                junk.add(new int[256]);
                if (junk.size() > 200) junk.clear();
            }
            System.gc();
        }
        int collected = 0;
        for (WeakReference<String> w : dropped) if (w.get() == null) collected++;
        System.out.println("dropped interned strings collected: " + collected);

        int same = 0;
        for (int i = 0; i < 100; i++) if (make("held", i).intern() == held.get(i)) same++;
        System.out.println("held interned strings keep identity: " + same);

        int fresh = 0;
        for (int i = 0; i < 100; i++) {
            String again = make("dropped", i);
            if (again.intern() == again) fresh++;
        }
        System.out.println("re-interned after collection is the new string: " + fresh);

        String l = make("literal", 0).replace("0", "value");
        System.out.println("literal matches intern: " + (l.intern() == literal));
        System.out.println("late literal is the held one: " + (LateLiterals.held() == held.get(7)));
        String d3 = make("dropped", 3).intern();
        System.gc();
        System.out.println("late literal is the current canonical: " + (LateLiterals.dropped() == d3));

        // Young collections alone (allocation churn, no System.gc()) drop young interned strings.
        List<WeakReference<String>> young = internAndDrop("young", 100);
        int cleared = 0;
        for (int round = 0; round < 200 && cleared < 100; round++) {
            for (int j = 0; j < 100; j++) sink = new int[4096];
            cleared = 0;
            for (WeakReference<String> w : young) if (w.get() == null) cleared++;
        }
        sink = null;
        System.out.println("collected by young collections: " + cleared);
        int canonical = 0;
        for (int i = 0; i < 100; i++) {
            String again = make("young", i);
            if (again.intern() == again) canonical++;
        }
        System.out.println("re-interned after young collections is the new string: " + canonical);
    }

    static Object sink;
}

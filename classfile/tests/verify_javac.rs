//! javac-compiled classes of many shapes verify clean, and their reference maps say which
//! slots hold references.

mod common;
mod verify_support;

use classfile::ClassFile;
use classfile::verifier::{reference_map, verify_class, verify_class_with_maps};
use verify_support::{DirHierarchy, class_files, javac};

const SOURCES: &[(&str, &str)] = &[
    (
        "demo/Shapes.java",
        r#"package demo;
import java.util.*;
import java.util.function.*;

public class Shapes<T extends Comparable<T>> implements Iterable<T> {
    private final List<T> items = new ArrayList<>();
    protected long total;
    double ratio;
    static int counter;

    public Shapes() { this(null); }
    public Shapes(T first) {
        super();
        if (first != null) items.add(first);
    }
    Shapes(int n, boolean flag) {
        this(flag ? null : (T) null);
        total = n > 0 ? n : -n;
    }

    public Iterator<T> iterator() { return items.iterator(); }

    public T max() {
        T best = null;
        for (T t : items) if (best == null || t.compareTo(best) > 0) best = t;
        return best;
    }

    static int sw(int k, String s) {
        switch (k) {
            case 1: return 10;
            case 2: case 3: return 20;
            case 1000: return 30;
            default: break;
        }
        switch (s) {
            case "a": return 1;
            case "b": return 2;
            default: return 3;
        }
    }

    static long arith(long a, double d, float f, int[] xs, long[][] grid) {
        long sum = a;
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < grid.length; j++) {
                if (grid[j] == null) continue;
                sum += xs[i] * grid[j][0];
                if (sum > 1000) break;
            }
        }
        d = d * f + sum;
        return (long) d ^ (sum >>> 3);
    }

    synchronized void sync(Object lock) {
        synchronized (lock) { counter++; }
    }

    String tryIt(String s) {
        StringBuilder b = new StringBuilder();
        try {
            b.append(Integer.parseInt(s));
        } catch (NumberFormatException | NullPointerException e) {
            b.append("bad:").append(e.getMessage());
            return b.toString();
        } finally {
            b.append('!');
        }
        try (java.io.StringReader r = new java.io.StringReader(s)) {
            b.append((char) r.read());
        } catch (java.io.IOException e) {
            throw new RuntimeException(e);
        }
        return b.toString();
    }

    int lambdas(List<String> in) {
        Function<String, Integer> len = String::length;
        Supplier<Shapes<String>> make = Shapes::new;
        BiFunction<Integer, Integer, Integer> add = (x, y) -> x + y + counter;
        Runnable r = () -> total++;
        r.run();
        return in.stream().map(len).reduce(0, add::apply) + make.get().items.size();
    }

    Object[] arrays(int n) {
        int[][] m = new int[n][n + 1];
        String[] s = new String[n];
        Object[] o = s;
        char[] c = {'a', 'b'};
        boolean[] z = new boolean[2];
        z[0] = c[1] == 'b';
        m[0][0] = s.length + (z[0] ? 1 : 0);
        return n > 2 ? o : new Object[] { m, c, z, m.clone() };
    }

    static Object ternaryInit(boolean b, String s) {
        return new StringBuilder(b ? s : String.valueOf(s.length())).append(b ? 1 : 2L);
    }

    enum Color { RED, GREEN }
    record Point(int x, int y) { Point { if (x < 0) throw new IllegalArgumentException(); } }
    interface Visitor<R> { R visit(Point p); default R twice(Point p) { visit(p); return visit(p); } }

    class Inner { int get() { return items.size() + (int) total; } }

    static String pattern(Object o) {
        if (o instanceof String s && !s.isEmpty()) return s;
        return switch (o.hashCode() % 3) { case 0 -> "zero"; case 1 -> { String t = "one"; yield t; } default -> "many"; };
    }

    protected Object clone() throws CloneNotSupportedException { return super.clone(); }
}
"#,
    ),
    (
        "demo/Sub.java",
        r#"package demo;
public class Sub extends Shapes<String> {
    Sub() { super("x"); total = 3; }
    long peek(Sub other) { return other.total + this.total; }
    Object copy() throws CloneNotSupportedException { return clone(); }
    static Object deep(Object[] a) { return a.clone(); }
    long loop(long n) {
        long acc = 1; double d = 2.0;
        do { acc *= n--; d /= 2; } while (n > 0 && d > 0.001);
        return acc;
    }
}
"#,
    ),
];

#[test]
fn javac_classes_verify_clean_with_reference_maps() {
    let out = javac("shapes", SOURCES, &["-g"]);
    let hierarchy = DirHierarchy::new(&[&out]);
    let classes = class_files(&out);
    let names: Vec<&String> = classes.iter().map(|(n, _)| n).collect();
    assert!(classes.len() >= 6, "{names:?}");
    let mut methods = 0;
    for (name, bytes) in &classes {
        let cf = ClassFile::parse(bytes).unwrap();
        verify_class(&cf, &hierarchy).unwrap_or_else(|e| panic!("{name}: {e}"));
        let maps = verify_class_with_maps(&cf, &hierarchy).unwrap();
        for (i, (method, map)) in cf.methods.iter().zip(&maps).enumerate() {
            let Some(code) = method.code() else { continue };
            methods += 1;
            let map = map.as_ref().expect("code has maps");
            assert!(map.at(0).is_some(), "{name}.{}: entry map", method.name);
            // The permissive analysis agrees on the entry state and covers every reachable pc.
            let inferred = reference_map(&cf, i).unwrap();
            let entry = inferred.at(0).unwrap();
            assert_eq!(entry.stack_size(), 0);
            if !method.is_static() {
                assert!(
                    entry.is_local_ref(0),
                    "{name}.{}: this is a reference",
                    method.name
                );
            }
            assert!(inferred.pcs().len() <= code.code.len());
            for pc in map.pcs() {
                let (a, b) = (map.at(*pc).unwrap(), inferred.at(*pc));
                if let Some(b) = b {
                    assert_eq!(
                        a.stack_size(),
                        b.stack_size(),
                        "{name}.{} @{pc}",
                        method.name
                    );
                    for s in 0..a.stack_size() {
                        assert_eq!(
                            a.is_stack_ref(s),
                            b.is_stack_ref(s),
                            "{name}.{} @{pc} stack {s}",
                            method.name
                        );
                    }
                }
            }
        }
    }
    assert!(methods > 30, "{methods}");
}

#[test]
fn reference_maps_track_locals_and_stack() {
    let src = r#"public class Maps {
    static int f(String s, int n, long l, Object[] a) {
        int k = n;
        String t = s + k;
        return t.length() + a.length + (int) l;
    }
}
"#;
    let out = javac("maps", &[("Maps.java", src)], &[]);
    let bytes = std::fs::read(out.join("Maps.class")).unwrap();
    let cf = ClassFile::parse(&bytes).unwrap();
    let hierarchy = DirHierarchy::new(&[&out]);
    let index = cf.methods.iter().position(|m| m.name == "f").unwrap();
    let maps = verify_class_with_maps(&cf, &hierarchy).unwrap();
    let map = maps[index].as_ref().unwrap();
    let entry = map.at(0).unwrap();
    let refs: Vec<usize> = entry.ref_locals().collect();
    assert_eq!(refs, vec![0, 4], "s and a are references, n and l are not");
    let last = *map.pcs().last().unwrap();
    let at_return = map.at(last).unwrap();
    assert!(at_return.is_local_ref(6), "t is live as a reference");
    assert!(!at_return.is_local_ref(5), "k is an int");
    assert_eq!(at_return.stack_size(), 1);
    assert!(!at_return.is_stack_ref(0));
    let inferred = reference_map(&cf, index).unwrap();
    assert_eq!(
        inferred.at(last).unwrap().ref_locals().collect::<Vec<_>>(),
        vec![0, 4, 6]
    );
}

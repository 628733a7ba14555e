//! Differential test against HotSpot 17: javac-compiled classes with one to three bytes of their
//! method's code, stack map or limits changed are verified by us and, in one JVM, by HotSpot (defining each
//! variant in a fresh class loader and linking it). Both must accept or reject each variant
//! alike, with the same exception class and the same first message line.

mod common;
mod verify_support;

use std::collections::HashMap;
use std::process::Command;

use classfile::ClassFile;
use classfile::verifier::verify_class;
use common::ClassBuilder;
use verify_support::{DirHierarchy, class_files, javac, jdk_tool};

const SOURCES: &[(&str, &str)] = &[(
    "Sample.java",
    r#"import java.util.*;
public class Sample implements Runnable {
    private int count;
    protected long total;
    static String name = "x";

    public Sample() { this(1); }
    Sample(int c) { super(); count = c > 0 ? c : -c; }

    public void run() { count++; }

    static int loops(int[] xs, long[] ys) {
        int sum = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] % 2 == 0) continue;
            sum += xs[i] * (int) ys[i % ys.length];
        }
        return sum;
    }

    static String guarded(String s) {
        try {
            return s.trim() + Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return "nan";
        } finally {
            name = s;
        }
    }

    static double mix(double d, float f, long l, Object o) {
        if (o instanceof String) d += ((String) o).length();
        Object[] arr = new Object[] { o, d };
        synchronized (arr) { d *= f; }
        return d / l + arr.length;
    }

    static int swap(int k) {
        switch (k) {
            case 1: return 5;
            case 7: return 9;
            case 300: return 1;
            default: return k;
        }
    }

    List<String> build(int n) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) { b.append(i); out.add(b.toString()); }
        Runnable r = () -> count++;
        r.run();
        Iterator<String> it = out.iterator();
        while (it.hasNext()) if (it.next().isEmpty()) it.remove();
        return out;
    }

    public static void main(String[] args) { System.out.println(new Sample().build(3)); }
}
"#,
)];

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The mutable regions of each method of a class: its code array, its stack map and its
/// max_stack/max_locals words, as byte ranges of the file.
fn regions(bytes: &[u8]) -> Vec<Vec<std::ops::Range<usize>>> {
    let class = ClassFile::parse(bytes).unwrap();
    let base = bytes.as_ptr() as usize;
    let mut out = Vec::new();
    for method in &class.methods {
        if let Some(code) = method.code() {
            let start = code.code.as_ptr() as usize - base;
            let mut method_regions = vec![start..start + code.code.len(), start - 8..start - 4];
            if let Some(map) = code.stack_map_table {
                let at = map.bytes.as_ptr() as usize - base;
                method_regions.push(at..at + map.bytes.len());
            }
            out.push(method_regions);
        }
    }
    out
}

const HARNESS: &str = r#"import java.nio.file.*;
import java.util.*;
public class Harness {
    static class Loader extends ClassLoader {
        Loader() { super(Harness.class.getClassLoader()); }
        Class<?> define(byte[] b) { return defineClass(null, b, 0, b.length); }
    }
    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Paths.get(args[0]))) {
            for (Path p : dir) files.add(p);
        }
        Collections.sort(files);
        for (Path p : files) {
            String verdict;
            try {
                Class<?> c = new Loader().define(Files.readAllBytes(p));
                c.getDeclaredMethods();
                verdict = "OK";
            } catch (Throwable t) {
                String m = String.valueOf(t.getMessage());
                int nl = m.indexOf('\n');
                verdict = t.getClass().getName() + "\t" + (nl < 0 ? m : m.substring(0, nl));
            }
            System.out.println(p.getFileName() + "\t" + verdict);
        }
    }
}
"#;

/// A class with protected members from another package, constructors calling `this()` and
/// `super()` with conditional arguments, and more control flow.
const RICH_SOURCES: &[(&str, &str)] = &[(
    "Rich.java",
    r#"import java.io.*;
public class Rich extends FilterInputStream {
    private final long[][] grid;
    protected double weight;

    public Rich(InputStream in, int n) {
        super(n > 0 ? in : new ByteArrayInputStream(new byte[] { 1, 2 }));
        grid = new long[n < 1 ? 1 : n][3];
    }

    Rich(boolean empty) { this(empty ? null : System.in, empty ? 0 : 4); }

    int peek(Rich other) throws IOException {
        InputStream mine = this.in;
        return mine.read() + other.in.available();
    }

    static String kind(Object o) {
        if (o instanceof String s && s.length() > 2) return s.substring(1);
        switch (String.valueOf(o)) {
            case "a": return "A";
            case "bb": return "B";
            default: return o == null ? "null" : o.getClass().getName();
        }
    }

    double total(int limit) {
        double sum = weight;
        outer:
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                if (grid[i][j] > limit) break outer;
                sum += grid[i][j] * 0.5f;
            }
        }
        return sum;
    }

    synchronized byte[] drain() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = read()) >= 0) out.write(b);
        } catch (EOFException e) {
            out.write(-1);
        } finally {
            close();
        }
        Runnable r = () -> weight += out.size();
        r.run();
        return out.toByteArray();
    }

    public static void main(String[] args) throws Exception {
        System.out.println(kind(args.length) + new Rich(true).total(3));
    }
}
"#,
)];

/// Source without invokedynamic, for old class-file versions.
const OLD_SOURCES: &[(&str, &str)] = &[(
    "Old.java",
    r#"import java.util.*;
public class Old extends AbstractList<Object> implements Cloneable {
    private Object[] items = new Object[4];
    private int size;
    protected long version;

    public Old() { super(); }
    Old(int n) { this(); items = new Object[n < 1 ? 1 : n]; }

    public Object get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("" + i);
        return items[i];
    }

    public int size() { return size; }

    public boolean add(Object o) {
        if (size == items.length) {
            Object[] grown = new Object[size * 2];
            System.arraycopy(items, 0, grown, 0, size);
            items = grown;
        }
        items[size++] = o;
        version++;
        return true;
    }

    static long sum(long[] xs, double scale) {
        long total = 0;
        for (int i = 0; i < xs.length; i++) total += (long) (xs[i] * scale);
        return total;
    }

    static String describe(Object o) {
        StringBuffer b = new StringBuffer();
        try {
            b.append(o.toString());
        } catch (RuntimeException e) {
            b.append("?");
        } finally {
            b.append(';');
        }
        synchronized (b) {
            return o instanceof Number ? b.toString() + ((Number) o).intValue() : b.toString();
        }
    }

    static int pick(int k, char c) {
        switch (k) {
            case 0: return c;
            case 1: case 2: return c + 1;
            case 40: return -c;
            default: return k * 2;
        }
    }

    public static void main(String[] args) { System.out.println(describe(new Old(3))); }
}
"#,
)];

/// Mutates `count` variants of each class compiled from `sources` (with the class-file version
/// set to `major` if given), has both verifiers judge them, and compares.
fn compare_with_hotspot(
    sources: &[(&str, &str)],
    flags: &[&str],
    major: Option<u16>,
    count: usize,
    seed: u64,
) {
    let tag = format!("diff{}", major.unwrap_or(0));
    let out = javac(&tag, sources, flags);
    compare_variants(&tag, class_files(&out), major, count, seed);
}

/// Mutates `count` variants of each of `originals` (with the class-file version set to `major`
/// if given), has both verifiers judge them, and compares.
fn compare_variants(
    tag: &str,
    originals: Vec<(String, Vec<u8>)>,
    major: Option<u16>,
    count: usize,
    seed: u64,
) {
    let harness = javac(&format!("harness-{tag}"), &[("Harness.java", HARNESS)], &[]);
    let hierarchy = DirHierarchy::new(&[]);
    let variants_dir = std::env::temp_dir().join(format!(
        "cortado-verify-variants-{}-{tag}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&variants_dir);
    std::fs::create_dir_all(&variants_dir).unwrap();
    // DIFF_SEED explores other variants than the fixed ones.
    let seed = std::env::var("DIFF_SEED")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .map_or(seed, |s| seed ^ s);
    let mut rng = Rng(seed);
    let mut ours = HashMap::new();
    for (name, bytes) in &originals {
        let mut bytes = bytes.clone();
        if let Some(major) = major {
            bytes[6..8].copy_from_slice(&major.to_be_bytes());
        }
        let regions = regions(&bytes);
        for i in 0..count {
            let mut variant = bytes.clone();
            // One to three changed bytes in one method's code, stack map or limits (HotSpot
            // verifies methods in the order of their names' symbol addresses, so a variant with
            // faults in two methods could fail either way).
            let method = &regions[rng.below(regions.len())];
            for _ in 0..1 + rng.below(3) {
                let region = &method[rng.below(method.len())];
                let at = region.start + rng.below(region.len());
                variant[at] = rng.next() as u8;
            }
            // Only variants the parser accepts reach the verifier (HotSpot's parser is tested
            // elsewhere).
            let Ok(cf) = ClassFile::parse(&variant) else {
                continue;
            };
            let verdict = match verify_class(&cf, &hierarchy) {
                Ok(()) => "OK".to_owned(),
                Err(e) => {
                    if std::env::var("VERBOSE").is_ok() {
                        println!("{name}-{i:04}: {}", e.exception_message());
                    }
                    format!("{}\t{}", e.kind.class_name().replace('/', "."), e.message)
                }
            };
            let file = format!("{}-{i:04}", name.replace('/', "_"));
            std::fs::write(variants_dir.join(&file), &variant).unwrap();
            ours.insert(file, verdict);
        }
    }
    let output = Command::new(jdk_tool("java"))
        .args(["-Xshare:auto", "-cp"])
        .arg(&harness)
        .arg("Harness")
        .arg(&variants_dir)
        .output()
        .expect("run java");
    let text = String::from_utf8_lossy(&output.stdout);
    let mut compared = 0;
    let mut rejected = 0;
    let mut mismatches = Vec::new();
    for line in text.lines() {
        let Some((file, verdict)) = line.split_once('\t') else {
            continue;
        };
        let Some(mine) = ours.get(file) else { continue };
        compared += 1;
        if verdict != "OK" {
            rejected += 1;
        }
        if verdict != mine {
            mismatches.push(format!("{file}:\n  HotSpot: {verdict}\n  ours:    {mine}"));
        }
    }
    println!(
        "version {major:?}: {compared} variants compared, {rejected} rejected by HotSpot, {} mismatches",
        mismatches.len()
    );
    for m in mismatches.iter().take(40) {
        println!("{m}");
    }
    if std::env::var("KEEP_VARIANTS").is_err() {
        let _ = std::fs::remove_dir_all(&variants_dir);
    }
    assert!(
        compared >= ours.len() * 9 / 10,
        "HotSpot judged only {compared} of {}",
        ours.len()
    );
    assert!(
        rejected > compared / 4,
        "the mutations must exercise the verifier"
    );
    assert!(
        mismatches.is_empty(),
        "{} verdicts differ from HotSpot's",
        mismatches.len()
    );
}

/// A version 49 class whose methods use subroutines (`jsr`/`ret`), nested and with handlers.
fn subroutine_class() -> Vec<u8> {
    let mut b = ClassBuilder::new("Subs");
    b.major = 49;
    let main = b.code(0, 1, &[0xb1], &[], vec![]);
    b.method(0x0009, "main", "([Ljava/lang/String;)V", vec![main]);
    let a = [
        0x1a, 0x99, 0x00, 0x09, 0xa8, 0x00, 0x0c, 0x1a, 0xac, 0x00, 0xa8, 0x00, 0x06, 0x02, 0xac,
        0x00, 0x4c, 0x84, 0x00, 0x02, 0x1a, 0x3d, 0xa9, 0x01,
    ];
    let a = b.code(2, 3, &a, &[], vec![]);
    b.method(0x0009, "a", "(I)I", vec![a]);
    let code = [
        0x2a, 0x4c, 0xa8, 0x00, 0x08, 0x2b, 0xb0, 0x4d, 0x2c, 0xbf, 0x4d, 0xa8, 0x00, 0x06, 0xa9,
        0x02, 0x00, 0x4e, 0x01, 0x4c, 0xa9, 0x03,
    ];
    let code = b.code(2, 4, &code, &[[0, 5, 7, 0]], vec![]);
    b.method(
        0x0009,
        "b",
        "(Ljava/lang/Object;)Ljava/lang/Object;",
        vec![code],
    );
    b.build()
}

#[test]
fn subroutine_verdicts_match_hotspot() {
    let class = subroutine_class();
    let cf = ClassFile::parse(&class).unwrap();
    verify_class(&cf, &DirHierarchy::new(&[])).expect("the seed verifies");
    compare_variants(
        "subs",
        vec![("Subs".to_owned(), class)],
        None,
        2500,
        0x1405_7b7e_f767_814f,
    );
}

#[test]
fn type_checker_verdicts_match_hotspot() {
    compare_with_hotspot(SOURCES, &[], None, 2500, 0x9e37_79b9_7f4a_7c15);
}

#[test]
fn protected_access_and_constructor_verdicts_match_hotspot() {
    compare_with_hotspot(RICH_SOURCES, &[], Some(61), 2500, 0x94d0_49bb_1331_11eb);
}

#[test]
fn inference_verifier_verdicts_match_hotspot() {
    compare_with_hotspot(
        OLD_SOURCES,
        &["--release", "8", "-XDstringConcat=inline"],
        Some(49),
        2500,
        0x2545_f491_4f6c_dd1d,
    );
}

#[test]
fn version_50_failover_verdicts_match_hotspot() {
    compare_with_hotspot(
        OLD_SOURCES,
        &["--release", "8", "-XDstringConcat=inline"],
        Some(50),
        1500,
        0x5851_f42d_4c95_7f2d,
    );
}

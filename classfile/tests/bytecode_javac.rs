//! Decoding the code of real javac-compiled methods, checked against `javap -c`, and of
//! every method of the JDK's `java.base`.

mod bytecode_support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use bytecode_support::{Listed, MethodCode, javap_code_blocks, jdk_modules, jdk_tool, run};
use classfile::bytecode::{DecodedCode, Decoder, Instruction, decode_method};

const SOURCE: &str = r#"
import java.util.*;
import java.util.function.*;

public class Sample {
    interface Shape { double area(); default String name() { return "shape"; } }
    record Circle(double r) implements Shape { public double area() { return Math.PI * r * r; } }
    enum Color { RED, GREEN, BLUE }
    static int counter;
    private final Object lock = new Object();

    static int manyLocals(int x) {
        long a0=0,a1=1,a2=2,a3=3,a4=4,a5=5,a6=6,a7=7,a8=8,a9=9,b0=0,b1=1,b2=2,b3=3,b4=4,b5=5,b6=6,b7=7,b8=8,b9=9;
        long c0=0,c1=1,c2=2,c3=3,c4=4,c5=5,c6=6,c7=7,c8=8,c9=9,d0=0,d1=1,d2=2,d3=3,d4=4,d5=5,d6=6,d7=7,d8=8,d9=9;
        long e0=0,e1=1,e2=2,e3=3,e4=4,e5=5,e6=6,e7=7,e8=8,e9=9,f0=0,f1=1,f2=2,f3=3,f4=4,f5=5,f6=6,f7=7,f8=8,f9=9;
        long g0=0,g1=1,g2=2,g3=3,g4=4,g5=5,g6=6,g7=7,g8=8,g9=9,h0=0,h1=1,h2=2,h3=3,h4=4,h5=5,h6=6,h7=7,h8=8,h9=9;
        long i0=0,i1=1,i2=2,i3=3,i4=4,i5=5,i6=6,i7=7,i8=8,i9=9,j0=0,j1=1,j2=2,j3=3,j4=4,j5=5,j6=6,j7=7,j8=8,j9=9;
        long k0=0,k1=1,k2=2,k3=3,k4=4,k5=5,k6=6,k7=7,k8=8,k9=9,l0=0,l1=1,l2=2,l3=3,l4=4,l5=5,l6=6,l7=7,l8=8,l9=9;
        long m0=0,m1=1,m2=2,m3=3,m4=4,m5=5,m6=6,m7=7,m8=8,m9=9;
        int z = x; z += 1000; z++; z -= 70000; Object o = null; double dd = 1.5; float ff = 2.5f; long ll = 3;
        for (int i = 0; i < 3; i++) { z += i; }
        switch (z) { case 1: z = 2; break; case 2: z = 3; break; case 3: z = 9; break; default: z = 0; }
        switch (z) { case 100: z = 1; break; case -5: z = 2; break; case 1 << 20: z = 4; break; }
        int[][] grid = new int[z][2]; boolean[] flags = new boolean[3]; char[] cs = new char[1];
        return z + (o == null ? 1 : 0) + (int) dd + (int) ff + (int) ll + grid.length + flags.length + cs.length
            + (int) (a0 + m9);
    }

    static String strings(String s, Color c) {
        switch (s) { case "a": return "A"; case "bb": return "B"; default: break; }
        switch (c) { case RED: return "r"; case BLUE: return "b"; default: return "?"; }
    }

    int exceptions(int[] xs) {
        synchronized (lock) {
            try { return xs[0] / xs[1]; }
            catch (ArithmeticException | ArrayIndexOutOfBoundsException e) { return -1; }
            finally { counter++; }
        }
    }

    static Object patterns(Object o) {
        if (o instanceof String str && !str.isEmpty()) return str.length();
        if (o instanceof Shape sh) return sh.area() > 1 ? sh.name() : null;
        return o;
    }

    static long arithmetic(long a, int b, double c, float d, short e, byte f, char g) {
        a = a << b >>> 3 >> 1; b = (b ^ 0x7fffffff) | (b & 12345) % 7;
        c = c * d / e - f + g; d = (float) -c; e = (short) b; f = (byte) e; g = (char) f;
        boolean cmp = a < b || c > d || d <= c || c != c;
        return a + b + (long) c + (long) d + e + f + g + (cmp ? 1L : 0L) + Long.MAX_VALUE;
    }

    static List<Supplier<Integer>> lambdas(List<Integer> xs) {
        List<Supplier<Integer>> out = new ArrayList<>();
        for (Integer x : xs) { out.add(() -> x * 2); }
        xs.forEach(System.out::println);
        Runnable r = () -> counter++; r.run();
        Comparator<String> byLength = Comparator.comparingInt(String::length);
        return xs.isEmpty() ? out : Collections.unmodifiableList(out);
    }

    static String concat(String a, int b, Object c) { return a + b + c + 'x' + 1.5; }

    static int bigTable(int k) {
        switch (k) {
            case 0: return 10; case 1: return 11; case 2: return 12; case 3: return 13;
            case 4: return 14; case 5: return 15; case 6: return 16; case 7: return 17;
            case 9: return 19; case 10: return 20; default: return -1;
        }
    }

    static int yields(Color c) {
        return switch (c) { case RED -> 1; case GREEN -> { int t = 5; yield t * 2; } case BLUE -> 3; };
    }

    static void longJump(int n) {
        int s = 0;
        while (n-- > 0) {
            s += n * 31 + (s >>> 3) ^ n; s += n * 31 + (s >>> 3) ^ n; s += n * 31 + (s >>> 3) ^ n;
            s += n * 31 + (s >>> 3) ^ n; s += n * 31 + (s >>> 3) ^ n; s += n * 31 + (s >>> 3) ^ n;
        }
        counter = s;
    }
}
"#;

fn compile_sample() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cortado-bytecode-javac-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let source = dir.join("Sample.java");
    std::fs::write(&source, SOURCE).unwrap();
    run(Command::new(jdk_tool("javac"))
        .arg("-d")
        .arg(&dir)
        .arg(&source));
    dir
}

fn class_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "class") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Checks one decoded method against its `javap -c` listing.
fn compare(method: &MethodCode, decoded: &DecodedCode<'_>, listed: &[Listed]) {
    let context = format!("{}{}", method.name, method.descriptor);
    assert_eq!(decoded.len(), listed.len(), "{context}");
    for ((pc, instruction), listed) in decoded.instructions().iter().zip(listed) {
        assert_eq!(*pc, listed.pc, "{context}");
        match instruction {
            Instruction::TableSwitch(switch) => {
                assert!(listed.text.starts_with("tableswitch"), "{context} @{pc}");
                let mut cases: Vec<(Option<i32>, u32)> = (switch.low..=switch.high)
                    .map(Some)
                    .zip(switch.targets())
                    .collect();
                cases.push((None, switch.default));
                assert_eq!(cases, listed.cases, "{context} @{pc}");
            }
            Instruction::LookupSwitch(switch) => {
                assert!(listed.text.starts_with("lookupswitch"), "{context} @{pc}");
                let mut cases: Vec<(Option<i32>, u32)> = switch
                    .pairs()
                    .map(|(key, target)| (Some(key), target))
                    .collect();
                cases.push((None, switch.default));
                assert_eq!(cases, listed.cases, "{context} @{pc}");
            }
            _ => assert_eq!(instruction.to_string(), listed.text, "{context} @{pc}"),
        }
    }
}

/// Decodes every method of the given class files and compares them with `javap -c -p`.
fn decode_and_compare(classes: &[PathBuf]) -> usize {
    let listing = run(Command::new(jdk_tool("javap"))
        .args(["-c", "-p"])
        .args(classes));
    let mut blocks = javap_code_blocks(&listing).into_iter();
    let mut methods = 0;
    for class in classes {
        for method in bytecode_support::methods_with_code(&std::fs::read(class).unwrap()) {
            let decoded = decode_method(&method.code)
                .unwrap_or_else(|e| panic!("{} {}: {e:?}", class.display(), method.name));
            let listed = blocks.next().expect("javap lists every method with code");
            compare(&method, &decoded, &listed);
            methods += 1;
        }
    }
    assert!(
        blocks.next().is_none(),
        "javap listed more code than the class files hold"
    );
    methods
}

#[test]
fn javac_sample_matches_javap() {
    let dir = compile_sample();
    let classes = class_files(&dir);
    assert_eq!(classes.len(), 5, "{classes:?}");
    let methods = decode_and_compare(&classes);
    assert!(methods >= 25, "only {methods} methods");
    // The sample exercises the rarer forms.
    let mut seen = std::collections::HashSet::new();
    for class in &classes {
        for method in bytecode_support::methods_with_code(&std::fs::read(class).unwrap()) {
            for (_, instruction) in decode_method(&method.code).unwrap().instructions() {
                seen.insert(
                    instruction
                        .to_string()
                        .split(' ')
                        .next()
                        .unwrap()
                        .to_owned(),
                );
            }
        }
    }
    for mnemonic in [
        "iinc_w",
        "lstore_w",
        "iload_w",
        "tableswitch",
        "lookupswitch",
        "multianewarray",
        "newarray",
        "invokeinterface",
        "invokedynamic",
        "monitorenter",
        "athrow",
        "ldc2_w",
        "checkcast",
        "instanceof",
        "dcmpg",
        "dcmpl",
        "lushr",
        "i2c",
    ] {
        assert!(seen.contains(mnemonic), "{mnemonic} not produced: {seen:?}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `java.base` extracted from the JDK image, cached in Cargo's target directory for tests.
fn java_base() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("jdk17-java.base");
        if !cache.join("java.base/java/lang/Object.class").exists() {
            // Extract beside the cache and rename, so a concurrent run never sees half of it.
            let partial = cache.with_extension(format!("partial-{}", std::process::id()));
            run(Command::new(jdk_tool("jimage"))
                .args(["extract", "--include", "regex:/java.base/.*", "--dir"])
                .arg(&partial)
                .arg(jdk_modules()));
            if std::fs::rename(&partial, &cache).is_err() {
                std::fs::remove_dir_all(&partial).unwrap();
            }
        }
        cache.join("java.base")
    })
}

#[test]
fn jdk_classes_match_javap() {
    let base = java_base();
    let classes: Vec<PathBuf> = [
        "java/util/HashMap.class",
        "java/lang/String.class",
        "java/lang/Character.class",
        "java/lang/invoke/MethodHandles.class",
        "java/util/concurrent/ConcurrentHashMap.class",
        "java/math/BigDecimal.class",
        "java/util/regex/Pattern.class",
    ]
    .iter()
    .map(|c| base.join(c))
    .collect();
    let methods = decode_and_compare(&classes);
    assert!(methods > 700, "only {methods} methods");
}

#[test]
fn every_java_base_method_decodes() {
    let classes = class_files(java_base());
    assert!(classes.len() > 5000, "only {} classes", classes.len());
    let mut codes = Vec::new();
    for class in &classes {
        codes.extend(bytecode_support::methods_with_code(
            &std::fs::read(class).unwrap(),
        ));
    }
    let start = std::time::Instant::now();
    let (mut instructions, mut bytes) = (0, 0);
    for method in &codes {
        let decoded = decode_method(&method.code)
            .unwrap_or_else(|e| panic!("{}{}: {e:?}", method.name, method.descriptor));
        instructions += decoded.len();
        bytes += method.code.len();
    }
    let elapsed = start.elapsed();
    eprintln!(
        "decode_method: {} methods, {instructions} instructions, {bytes} bytes in {elapsed:?} ({:.0} MB/s)",
        codes.len(),
        bytes as f64 / elapsed.as_secs_f64() / 1e6
    );
    let start = std::time::Instant::now();
    let mut iterated = 0;
    for method in &codes {
        iterated += Decoder::new(&method.code).filter(Result::is_ok).count();
    }
    let elapsed = start.elapsed();
    assert_eq!(iterated, instructions);
    eprintln!(
        "Decoder iterator: {iterated} instructions in {elapsed:?} ({:.1} ns per instruction)",
        elapsed.as_nanos() as f64 / iterated as f64
    );
    assert!(codes.len() > 50_000, "only {} methods", codes.len());
}

//! Linkage errors on separately compiled classes (a client compiled against one version of a
//! library, run against another), compared with HotSpot; verification errors; class
//! circularity.

mod common;

use std::path::Path;

use common::TempDir;
use common::java::{actual, expected, java_sources, javac, vm};

fn sources(dir: &str) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(java_sources().join(dir))
        .expect("sources")
        .map(|e| e.expect("entry").path())
        .collect()
}

/// Everything compiled from v1, then v2's Lib, Iface and I2 (and Client2, which uses them)
/// compiled over it: Client still expects v1's Lib, Impl lacks v2's `Iface.added`, and C now
/// inherits two default `m` methods.
fn build() -> TempDir {
    let dir = TempDir::new("linkage");
    javac(dir.path(), &sources("linkage/v1"), &[]);
    javac(dir.path(), &sources("harness"), &[]);
    let cp = dir.path().to_string_lossy().into_owned();
    javac(dir.path(), &sources("linkage/v2"), &["-cp", &cp]);
    dir
}

#[test]
fn linkage_errors_match_hotspot() {
    let dir = build();
    let want = expected(dir.path(), &["Client"]);
    let got = actual(
        &vm(dir.path()),
        dir.path(),
        &["Client", "Client2", "Defaults"],
    );
    let want = [want, expected(dir.path(), &["Client2", "Defaults"])].concat();
    assert_eq!(want, got);
    for error in [
        "NoSuchMethodError",
        "NoSuchFieldError",
        "AbstractMethodError",
        "IllegalAccessError",
        "IncompatibleClassChangeError",
    ] {
        assert!(want.iter().any(|l| l.contains(error)), "{error}: {want:#?}");
    }
}

/// Replaces the first occurrence of `from` by `to` (same length) in a class file.
fn patch(path: &Path, from: &[u8], to: &[u8]) {
    let mut bytes = std::fs::read(path).expect("read");
    let at = bytes
        .windows(from.len())
        .position(|w| w == from)
        .expect("pattern");
    bytes[at..at + to.len()].copy_from_slice(to);
    std::fs::write(path, bytes).expect("write");
}

#[test]
fn verify_error_and_circularity_match_hotspot() {
    let dir = TempDir::new("verify");
    dir.write(
        "Bad.java",
        "public class Bad { static int f() { return 12345; } static int tCall() { return f(); } }",
    );
    dir.write(
        "A.java",
        "public class A extends B { static int tLoad() { return 1; } }",
    );
    dir.write("B.java", "public class B extends Z { }");
    dir.write("Z.java", "public class Z { }");
    dir.write(
        "Main.java",
        "public class Main { static String tBad() { try { return \"\" + Bad.tCall(); } catch (Throwable t) { return t.toString(); } } \
         static String tCircular() { try { return \"\" + A.tLoad(); } catch (Throwable t) { return t.toString(); } } }",
    );
    let files: Vec<_> = ["Bad.java", "A.java", "B.java", "Z.java", "Main.java"]
        .iter()
        .map(|f| dir.path().join(f))
        .collect();
    javac(dir.path(), &files, &[]);
    javac(dir.path(), &sources("harness"), &[]);
    // `sipush 12345; ireturn` becomes `aconst_null; nop; nop; ireturn`.
    patch(
        &dir.path().join("Bad.class"),
        &[0x11, 0x30, 0x39, 0xac],
        &[0x01, 0x00, 0x00, 0xac],
    );
    // B extends Z becomes B extends A: a cycle.
    patch(
        &dir.path().join("B.class"),
        &[0x01, 0x00, 0x01, b'Z'],
        &[0x01, 0x00, 0x01, b'A'],
    );
    let want = expected(dir.path(), &["Main"]).join("\n");
    let got = actual(&vm(dir.path()), dir.path(), &["Main"]).join("\n");
    assert_eq!(want, got);
    assert!(
        want.contains("java.lang.VerifyError: Bad type on operand stack"),
        "{want}"
    );
    assert!(want.contains("ClassCircularityError"), "{want}");
}

/// A version-49 class file (verified by the type-inference verifier) using `jsr`/`ret` and
/// `wide iinc`, which javac no longer emits: `t()` returns 1 + 1000.
fn jsr_class() -> Vec<u8> {
    let mut b: Vec<u8> = vec![0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 49];
    let utf8 = |b: &mut Vec<u8>, s: &str| {
        b.push(1);
        b.extend((s.len() as u16).to_be_bytes());
        b.extend(s.as_bytes());
    };
    b.extend(8u16.to_be_bytes()); // constant pool count
    utf8(&mut b, "Jsr"); // 1
    b.extend([7, 0, 1]); // 2: Class Jsr
    utf8(&mut b, "java/lang/Object"); // 3
    b.extend([7, 0, 3]); // 4: Class Object
    utf8(&mut b, "t"); // 5
    utf8(&mut b, "()I"); // 6
    utf8(&mut b, "Code"); // 7
    b.extend([0x00, 0x21, 0, 2, 0, 4, 0, 0, 0, 0]); // flags, this, super, no interfaces, no fields
    b.extend([0, 1, 0x00, 0x09, 0, 5, 0, 6, 0, 1]); // one public static method t()I with one attribute
    let code: [u8; 16] = [
        0x04, // iconst_1
        0x3b, // istore_0
        0xa8, 0x00, 0x05, // jsr +5 (to 7)
        0x1a, // iload_0
        0xac, // ireturn
        0x4c, // astore_1 (the return address)
        0xc4, 0x84, 0x00, 0x00, 0x03, 0xe8, // wide iinc 0, 1000
        0xa9, 0x01, // ret 1
    ];
    b.extend([0, 7]);
    b.extend((12 + code.len() as u32).to_be_bytes());
    b.extend([0, 2, 0, 2]); // max_stack, max_locals
    b.extend((code.len() as u32).to_be_bytes());
    b.extend(code);
    b.extend([0, 0, 0, 0]); // no handlers, no code attributes
    b.extend([0, 0]); // no class attributes
    b
}

#[test]
fn jsr_ret_and_wide_match_hotspot() {
    let dir = TempDir::new("jsr");
    dir.write("Jsr.class", jsr_class());
    javac(dir.path(), &sources("harness"), &[]);
    let want = expected(dir.path(), &["Jsr"]);
    assert_eq!(want, ["Jsr.t = 1001"]);
    assert_eq!(actual(&vm(dir.path()), dir.path(), &["Jsr"]), want);
}

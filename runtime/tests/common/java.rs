//! Compiling the Java test programs with the machine's JDK 17 `javac`, running them on HotSpot
//! through the `Expect` harness, and running the same methods on Cortado to compare.

use std::path::{Path, PathBuf};
use std::process::Command;

use runtime::{JavaException, Value, Vm};

use super::TempDir;

/// The JDK 17 used as the reference.
pub const JDK: &str = "/usr/lib/jvm/java-17-openjdk-amd64";

/// The directory of checked-in Java sources.
pub fn java_sources() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/java")
}

/// Compiles every `.java` file of `tests/java/<dirs>` (plus the harness) into a fresh
/// directory (string concatenation inline: `invokedynamic` waits on issue 4).
pub fn compile(dirs: &[&str]) -> TempDir {
    compile_with(dirs, &[])
}

/// Like [`compile`] with extra `javac` options.
pub fn compile_with(dirs: &[&str], options: &[&str]) -> TempDir {
    let out = TempDir::new("javac");
    let mut files = Vec::new();
    for d in dirs.iter().chain(std::iter::once(&"harness")) {
        for e in std::fs::read_dir(java_sources().join(d)).expect("java source dir") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "java") {
                files.push(p);
            }
        }
    }
    javac(out.path(), &files, options);
    out
}

/// Runs `javac` on `files` into `out`.
pub fn javac(out: &Path, files: &[PathBuf], extra: &[&str]) {
    let status = Command::new(format!("{JDK}/bin/javac"))
        .arg("-XDstringConcat=inline")
        .arg("-d")
        .arg(out)
        .args(extra)
        .args(files)
        .status()
        .expect("run javac");
    assert!(status.success(), "javac failed");
}

/// A VM over `class_path` with the standard natives.
pub fn vm(class_path: &Path) -> Vm {
    vm_with(class_path, |b| b)
}

/// A VM over `class_path`, further configured by `f`, with `System.initPhase1` done.
pub fn vm_with(class_path: &Path, f: impl FnOnce(runtime::VmBuilder) -> runtime::VmBuilder) -> Vm {
    let builder = Vm::builder()
        .class_path(class_path.to_string_lossy().into_owned())
        .natives(stdlib_native::register);
    let vm = f(builder).build().expect("VM creation");
    vm.init_phase1().expect("System.initPhase1");
    vm
}

/// What HotSpot prints for the `t*` methods of `classes`.
pub fn expected(class_path: &Path, classes: &[&str]) -> Vec<String> {
    let out = Command::new(format!("{JDK}/bin/java"))
        .arg("-cp")
        .arg(class_path)
        .arg("-Xss4m")
        .arg("Expect")
        .args(classes)
        .output()
        .expect("run java");
    assert!(
        out.status.success(),
        "java failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(str::to_string)
        .collect()
}

fn describe(e: &JavaException) -> String {
    let mut s = format!(
        "{}: {}",
        e.class_name,
        e.message.as_deref().unwrap_or("null")
    );
    if let Some(c) = &e.cause {
        s.push_str(" / cause ");
        s.push_str(&describe(c));
    }
    s
}

/// Runs the `t*` methods of `classes` on `vm` in the harness's order, formatted as it does.
pub fn actual(vm: &Vm, class_path: &Path, classes: &[&str]) -> Vec<String> {
    let mut lines = Vec::new();
    for class in classes {
        let bytes = std::fs::read(class_path.join(format!("{}.class", class.replace('.', "/"))))
            .expect("class file");
        let cf = classfile::ClassFile::parse(&bytes).expect("parse");
        let mut methods: Vec<(String, String)> = cf
            .methods
            .iter()
            .filter(|m| m.is_static() && m.name.starts_with('t') && m.descriptor.starts_with("()"))
            .map(|m| (m.name.to_string(), m.descriptor.to_string()))
            .collect();
        methods.sort();
        for (name, desc) in methods {
            let ret = &desc[2..];
            let r = match vm.call_static(class, &name, &desc, &[]) {
                Ok(v) => format_value(vm, ret, v),
                Err(e) => format!("throws {}", describe(&e)),
            };
            lines.push(format!("{class}.{name} = {r}"));
        }
    }
    lines
}

fn format_value(vm: &Vm, ret: &str, v: Value) -> String {
    match (ret, v) {
        ("V", _) => "void".into(),
        ("F", Value::Float(f)) => format!("F{:x}", f.to_bits()),
        ("D", Value::Double(d)) => format!("D{:x}", d.to_bits()),
        ("C", Value::Int(c)) => format!("C{}", c as u16),
        ("Z", Value::Int(z)) => format!("{}", z & 1),
        ("J", Value::Long(l)) => l.to_string(),
        (_, Value::Int(i)) => i.to_string(),
        ("Ljava/lang/String;", Value::Ref(None)) => "null".into(),
        ("Ljava/lang/String;", Value::Ref(Some(s))) => {
            vm.with_thread(|t| runtime::strings::string_value(t, s))
        }
        (r, v) => format!("unformattable {r} {v:?}"),
    }
}

/// Asserts that Cortado and HotSpot agree on every `t*` method of `classes`.
pub fn assert_same_as_hotspot(dirs: &[&str], classes: &[&str]) {
    let dir = compile(dirs);
    let want = expected(dir.path(), classes);
    let vm = vm(dir.path());
    let got = actual(&vm, dir.path(), classes);
    let mut diffs = Vec::new();
    for (w, g) in want.iter().zip(&got) {
        if w != g {
            diffs.push(format!("  hotspot: {w}\n  cortado: {g}"));
        }
    }
    assert_eq!(
        want.len(),
        got.len(),
        "method counts differ:\n{want:#?}\n{got:#?}"
    );
    assert!(
        diffs.is_empty(),
        "{} of {} differ:\n{}",
        diffs.len(),
        want.len(),
        diffs.join("\n")
    );
    assert!(!want.is_empty());
}

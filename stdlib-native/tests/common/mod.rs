//! Helpers shared by the natives' tests: temporary directories, `javac` and `java` of the
//! machine's JDK 17 (the reference), and a VM with this crate's natives.
#![allow(dead_code)] // each test binary uses a different subset

pub mod math_inputs;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The JDK 17 used as the reference.
pub const JDK: &str = "/usr/lib/jvm/java-17-openjdk-amd64";

/// A directory under the system temp dir, removed when dropped.
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// Creates a fresh, empty directory whose name contains `label`.
    pub fn new(label: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "cortado-natives-{label}-{}-{unique}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create temp dir");
        TempDir { path }
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// The checked-in Java source `tests/java/<name>`.
pub fn java_source(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/java")
        .join(name)
}

/// Compiles the named sources of `tests/java` into a fresh directory (string concatenation
/// inline: `invokedynamic` is not needed by these tests).
pub fn compile(names: &[&str]) -> TempDir {
    compile_with(names, &[])
}

/// Like [`compile`] with extra `javac` options (such as `--add-exports`).
pub fn compile_with(names: &[&str], options: &[&str]) -> TempDir {
    let out = TempDir::new("javac");
    let status = Command::new(format!("{JDK}/bin/javac"))
        .arg("-XDstringConcat=inline")
        .args(options)
        .arg("-d")
        .arg(out.path())
        .args(names.iter().map(|n| java_source(n)))
        .status()
        .expect("run javac");
    assert!(status.success(), "javac failed");
    out
}

/// Runs HotSpot's `java -cp class_path main args...` and returns its stdout (it must succeed).
pub fn java(class_path: &Path, main: &str, args: &[&str]) -> String {
    java_with(&[], class_path, main, args)
}

/// Like [`java`] with VM options before the class path.
pub fn java_with(options: &[&str], class_path: &Path, main: &str, args: &[&str]) -> String {
    java_in_env(&[], options, class_path, main, args)
}

/// Like [`java_with`] with environment variables set for the `java` process.
pub fn java_in_env(
    env: &[(&str, &str)],
    options: &[&str],
    class_path: &Path,
    main: &str,
    args: &[&str],
) -> String {
    let out = Command::new(format!("{JDK}/bin/java"))
        .envs(env.iter().copied())
        .args(options)
        .arg("-cp")
        .arg(class_path)
        .arg(main)
        .args(args)
        .output()
        .expect("run java");
    assert!(
        out.status.success(),
        "java failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// A VM over `class_path` with this crate's natives.
pub fn vm(class_path: &Path) -> runtime::Vm {
    runtime::Vm::builder()
        .class_path(class_path.to_string_lossy().into_owned())
        .natives(stdlib_native::register)
        .build()
        .expect("VM creation")
}

//! The programs: the benchmark suite (`benches/java/*.java`, one public class per file, each
//! printing `<Name> ok ...` when its self-check passes) and the start-up programs (Hello World
//! and a generated program that loads several hundred classes), and compiling them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::results::Kind;

/// A program to measure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Program {
    /// Suite program or start-up measurement.
    pub kind: Kind,
    /// The main class (also the program's name).
    pub name: String,
    /// The directory of its compiled classes.
    pub classes: PathBuf,
    /// What standard output must be exactly; `None` for a suite program, whose output must
    /// contain `<Name> ok`.
    pub expected_stdout: Option<String>,
}

impl Program {
    /// Whether a run that exited with `status` and printed `stdout` passed its self-check.
    pub fn passed(&self, status: i32, stdout: &str) -> bool {
        status == 0
            && match &self.expected_stdout {
                Some(exact) => stdout == exact,
                None => stdout.contains(&format!("{} ok", self.name)),
            }
    }
}

/// How many classes the generated start-up program defines.
pub const MANY_CLASSES: usize = 500;

/// The name of the generated start-up program.
pub const MANY_CLASSES_MAIN: &str = "ManyClasses";

/// Java source of a program that loads, links and initialises `count` small classes (each
/// with a static initialiser, a field and two methods implementing one interface) and prints
/// the sum of their values.
pub fn many_classes_source(count: usize) -> String {
    let mut src =
        String::from("interface Part {\n    int value();\n\n    int scaled(int by);\n}\n\n");
    for i in 0..count {
        let _ = write!(
            src,
            "final class C{i:03} implements Part {{\n    static final int BASE = {i} * 7 % 101;\n    private int extra = {};\n\n    public int value() {{\n        return BASE + extra;\n    }}\n\n    public int scaled(int by) {{\n        return value() * by;\n    }}\n}}\n\n",
            i % 13
        );
    }
    src.push_str("public final class ManyClasses {\n    public static void main(String[] args) {\n        Part[] parts = {\n");
    for i in 0..count {
        let _ = writeln!(src, "            new C{i:03}(),");
    }
    src.push_str("        };\n        long sum = 0;\n        for (Part p : parts) {\n            sum += p.scaled(3);\n        }\n        System.out.println(\"ManyClasses \" + parts.length + \" \" + sum);\n    }\n}\n");
    src
}

/// What the generated program prints.
pub fn many_classes_output(count: usize) -> String {
    let sum: usize = (0..count).map(|i| (i * 7 % 101 + i % 13) * 3).sum();
    format!("ManyClasses {count} {sum}\n")
}

/// The suite's programs in `java_dir` (every `*.java`), sorted by name.
pub fn suite_names(java_dir: &Path) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    let entries =
        std::fs::read_dir(java_dir).map_err(|e| format!("{}: {e}", java_dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "java")
            && let Some(stem) = path.file_stem()
        {
            names.push(stem.to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(names)
}

/// Runs `javac` on `sources` into `out` (emptied first), with string concatenation compiled
/// inline (no `invokedynamic`, which Cortado does not run yet).
pub fn javac(javac: &Path, sources: &[PathBuf], out: &Path) -> Result<(), String> {
    if out.exists() {
        std::fs::remove_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let output = Command::new(javac)
        .arg("-XDstringConcat=inline")
        .arg("-d")
        .arg(out)
        .args(sources)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", javac.display()))?;
    if !output.status.success() {
        return Err(format!(
            "javac failed:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}

/// Compiles the suite (`repo/benches/java`) and the start-up programs under `out_dir` and
/// returns every program: the suite's (those whose name is in `filter`, or all when it is
/// empty) and, with `startup`, Hello World and the many-classes program.
pub fn prepare(
    javac_path: &Path,
    repo: &Path,
    out_dir: &Path,
    filter: &[String],
    startup: bool,
) -> Result<Vec<Program>, String> {
    let java_dir = repo.join("benches/java");
    let names: Vec<String> = suite_names(&java_dir)?
        .into_iter()
        .filter(|n| filter.is_empty() || filter.contains(n))
        .collect();
    let mut programs = Vec::new();
    if !names.is_empty() {
        let classes = out_dir.join("classes");
        let sources: Vec<PathBuf> = names
            .iter()
            .map(|n| java_dir.join(format!("{n}.java")))
            .collect();
        javac(javac_path, &sources, &classes)?;
        programs.extend(names.into_iter().map(|name| Program {
            kind: Kind::Suite,
            name,
            classes: classes.clone(),
            expected_stdout: None,
        }));
    }
    if startup {
        let generated = out_dir.join("generated");
        std::fs::create_dir_all(&generated).map_err(|e| e.to_string())?;
        let many = generated.join(format!("{MANY_CLASSES_MAIN}.java"));
        std::fs::write(&many, many_classes_source(MANY_CLASSES)).map_err(|e| e.to_string())?;
        let classes = out_dir.join("startup-classes");
        javac(
            javac_path,
            &[repo.join("examples/Hello.java"), many],
            &classes,
        )?;
        programs.push(Program {
            kind: Kind::Startup,
            name: "Hello".into(),
            classes: classes.clone(),
            expected_stdout: Some("Hello from Cortado\n".into()),
        });
        programs.push(Program {
            kind: Kind::Startup,
            name: MANY_CLASSES_MAIN.into(),
            classes,
            expected_stdout: Some(many_classes_output(MANY_CLASSES)),
        });
    }
    Ok(programs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_classes_source_defines_each_class_once() {
        let src = many_classes_source(12);
        assert_eq!(src.matches("implements Part").count(), 12);
        assert_eq!(src.matches("new C").count(), 12);
        assert!(src.contains("final class C011 implements Part"));
        assert!(src.contains("static final int BASE = 11 * 7 % 101;"));
        assert!(src.contains("public final class ManyClasses"));
    }

    #[test]
    fn many_classes_output_sums_the_values() {
        // C000: 0 + 0; C001: 7 + 1; C002: 14 + 2; each times 3.
        assert_eq!(many_classes_output(3), "ManyClasses 3 72\n");
    }

    #[test]
    fn self_check_of_suite_and_startup_programs() {
        let suite = Program {
            kind: Kind::Suite,
            name: "Json".into(),
            classes: PathBuf::new(),
            expected_stdout: None,
        };
        assert!(suite.passed(0, "Json ok 42\n"));
        assert!(!suite.passed(1, "Json ok 42\n"));
        assert!(!suite.passed(0, "Json: wrong result 41\n"));
        let hello = Program {
            expected_stdout: Some("hi\n".into()),
            ..suite
        };
        assert!(hello.passed(0, "hi\n"));
        assert!(!hello.passed(0, "hi\nthere\n"));
    }

    #[test]
    fn the_suite_has_at_least_twelve_programs() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("java");
        let names = suite_names(&dir).unwrap();
        assert!(names.len() >= 12, "{names:?}");
        assert!(names.iter().any(|n| n == "Json"));
    }
}

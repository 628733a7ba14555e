//! Compiling the programs: one `javac` process per distinct option set.

use crate::jdk::Jdk;
use crate::program::Program;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Compiles `programs` with `jdk`'s `javac` into subdirectories of `classes_root` (emptied
/// first), one per option set, and returns each program's class directory in `programs`' order.
/// A compilation error is returned with `javac`'s output.
pub fn compile_all(
    jdk: &Jdk,
    programs: &[&Program],
    classes_root: &Path,
) -> Result<Vec<PathBuf>, String> {
    if classes_root.exists() {
        fs::remove_dir_all(classes_root)
            .map_err(|error| format!("{}: {error}", classes_root.display()))?;
    }
    let mut option_sets: BTreeMap<&[String], Vec<usize>> = BTreeMap::new();
    for (index, program) in programs.iter().enumerate() {
        option_sets
            .entry(&program.javac_options)
            .or_default()
            .push(index);
    }
    let mut class_dirs = vec![PathBuf::new(); programs.len()];
    for (set_number, (options, members)) in option_sets.into_iter().enumerate() {
        let dir = classes_root.join(format!("set{set_number}"));
        fs::create_dir_all(&dir).map_err(|error| format!("{}: {error}", dir.display()))?;
        let output = Command::new(jdk.javac())
            .arg("-d")
            .arg(&dir)
            .args(["-encoding", "UTF-8", "-nowarn", "-Xlint:none"])
            .args(options)
            .args(members.iter().map(|&index| &programs[index].source))
            .env_remove("JAVA_TOOL_OPTIONS")
            .env_remove("_JAVA_OPTIONS")
            .env_remove("CLASSPATH")
            .output()
            .map_err(|error| format!("{}: {error}", jdk.javac().display()))?;
        if !output.status.success() {
            return Err(format!(
                "javac {} failed ({}):\n{}{}",
                options.join(" "),
                output.status,
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        for index in members {
            class_dirs[index] = dir.clone();
        }
    }
    Ok(class_dirs)
}

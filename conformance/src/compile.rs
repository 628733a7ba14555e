//! Compiling the programs: one `javac` process per distinct option set.
//!
//! Each option set compiles into a directory named after a hash of its options and of its
//! sources (names and contents); a directory completed by an earlier run is reused as is, so
//! an unchanged suite is not recompiled. A full run removes the directories of other hashes.

use crate::jdk::Jdk;
use crate::program::Program;
use std::collections::BTreeMap;
use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The file whose presence marks a class directory as completely compiled.
const COMPLETE: &str = ".complete";

/// Compiles `programs` with `jdk`'s `javac` into subdirectories of `classes_root`, one per
/// option set, and returns each program's class directory in `programs`' order. With `prune`,
/// class directories this call does not use are removed. A compilation error is returned with
/// `javac`'s output.
pub fn compile_all(
    jdk: &Jdk,
    programs: &[&Program],
    classes_root: &Path,
    prune: bool,
) -> Result<Vec<PathBuf>, String> {
    let mut option_sets: BTreeMap<&[String], Vec<usize>> = BTreeMap::new();
    for (index, program) in programs.iter().enumerate() {
        option_sets
            .entry(&program.javac_options)
            .or_default()
            .push(index);
    }
    let mut class_dirs = vec![PathBuf::new(); programs.len()];
    let mut in_use = Vec::new();
    for (options, members) in option_sets {
        let sources: Vec<&Path> = members
            .iter()
            .map(|&index| programs[index].source.as_path())
            .collect();
        let dir = classes_root.join(set_key(jdk, options, &sources)?);
        if !dir.join(COMPLETE).exists() {
            compile_set(jdk, options, &sources, &dir)?;
        }
        for index in members {
            class_dirs[index] = dir.clone();
        }
        in_use.push(dir);
    }
    if prune && classes_root.exists() {
        remove_stale(classes_root, &in_use)?;
    }
    Ok(class_dirs)
}

/// A name covering the JDK, the options and every source's path and contents.
fn set_key(jdk: &Jdk, options: &[String], sources: &[&Path]) -> Result<String, String> {
    let mut hasher = DefaultHasher::new();
    jdk.home.hash(&mut hasher);
    options.hash(&mut hasher);
    for source in sources {
        source.hash(&mut hasher);
        fs::read(source)
            .map_err(|error| format!("{}: {error}", source.display()))?
            .hash(&mut hasher);
    }
    Ok(format!("set-{:016x}", hasher.finish()))
}

fn compile_set(jdk: &Jdk, options: &[String], sources: &[&Path], dir: &Path) -> Result<(), String> {
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    }
    fs::create_dir_all(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    let output = Command::new(jdk.javac())
        .arg("-d")
        .arg(dir)
        .args(["-encoding", "UTF-8", "-nowarn", "-Xlint:none"])
        .args(options)
        .args(sources)
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
    fs::write(dir.join(COMPLETE), "").map_err(|error| format!("{}: {error}", dir.display()))
}

/// Removes the class directories of earlier runs that no option set of this run uses.
fn remove_stale(classes_root: &Path, in_use: &[PathBuf]) -> Result<(), String> {
    let entries = fs::read_dir(classes_root)
        .map_err(|error| format!("{}: {error}", classes_root.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if !in_use.contains(&path) {
            let removed = if path.is_dir() {
                fs::remove_dir_all(&path)
            } else {
                fs::remove_file(&path)
            };
            removed.map_err(|error| format!("{}: {error}", path.display()))?;
        }
    }
    Ok(())
}

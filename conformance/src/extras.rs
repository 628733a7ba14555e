//! What a program needs besides the shared `javac` run: its extra modules (`T.modules/`)
//! compiled into exploded modules, the jars of its `jar:` lines, the placeholders of its
//! command-line words, and the copy of `T.files/` into a run's working directory.
//!
//! Extras are built once into `<root>/<name>-<hash>` (the hash covers the JDK, the module
//! sources and the `jar:` lines) and reused while nothing changed.

use crate::jdk::Jdk;
use crate::program::Program;
use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The file whose presence marks an extras directory as complete.
const COMPLETE: &str = ".complete";

/// The version of how extras are built, part of their hash: bump it when that changes.
const BUILD_FORMAT: u32 = 1;

/// Where a program's command-line placeholders point.
#[derive(Clone, Debug, Default)]
pub struct Places {
    /// `{classes}`: the class directory of the program's option set.
    pub classes: PathBuf,
    /// `{modules}`: the compiled extra modules (one exploded module per subdirectory).
    pub modules: PathBuf,
    /// `{jars}`: the jars the `jar:` lines made.
    pub jars: PathBuf,
    /// `{source}`: the program's source file.
    pub source: PathBuf,
}

impl Places {
    /// `word` with every placeholder replaced.
    pub fn expand(&self, word: &str) -> String {
        let show = |path: &Path| path.display().to_string();
        word.replace("{classes}", &show(&self.classes))
            .replace("{modules}", &show(&self.modules))
            .replace("{jars}", &show(&self.jars))
            .replace("{source}", &show(&self.source))
    }
}

/// Builds the extras of `program` under `root` (when it has any) and returns its places.
pub fn prepare(
    jdk: &Jdk,
    program: &Program,
    classes: &Path,
    root: &Path,
) -> Result<Places, String> {
    let mut places = Places {
        classes: classes.to_path_buf(),
        source: fs::canonicalize(&program.source).unwrap_or_else(|_| program.source.clone()),
        ..Places::default()
    };
    if !program.has_extras() {
        return Ok(places);
    }
    let mut hasher = DefaultHasher::new();
    BUILD_FORMAT.hash(&mut hasher);
    jdk.home.hash(&mut hasher);
    program.jars.hash(&mut hasher);
    if let Some(dir) = &program.modules_dir {
        hash_tree(dir, &mut hasher)?;
    }
    let dir = root.join(format!("{}-{:016x}", program.name, hasher.finish()));
    places.modules = dir.join("modules");
    places.jars = dir.join("jars");
    if dir.join(COMPLETE).exists() {
        return Ok(places);
    }
    if dir.exists() {
        fs::remove_dir_all(&dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    }
    for made in [&places.modules, &places.jars] {
        fs::create_dir_all(made).map_err(|error| format!("{}: {error}", made.display()))?;
    }
    if let Some(sources) = &program.modules_dir {
        compile_modules(jdk, sources, &places.modules)?;
    }
    for words in &program.jars {
        let args: Vec<String> = words.iter().map(|word| places.expand(word)).collect();
        tool(&jdk.jar(), &args, &dir)?;
    }
    fs::write(dir.join(COMPLETE), "").map_err(|error| format!("{}: {error}", dir.display()))?;
    Ok(places)
}

/// `javac --module-source-path sources -d out` over every source file under `sources`; the
/// other files are resources, copied beside the classes.
fn compile_modules(jdk: &Jdk, sources: &Path, out: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    list_files(sources, &mut files)?;
    let (mut files, resources): (Vec<PathBuf>, Vec<PathBuf>) = files
        .into_iter()
        .partition(|file| file.extension().is_some_and(|ext| ext == "java"));
    files.sort();
    for resource in resources {
        let relative = resource.strip_prefix(sources).unwrap_or(&resource);
        let target = out.join(relative);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|error| format!("{}: {error}", parent.display()))?;
        }
        fs::copy(&resource, &target).map_err(|error| format!("{}: {error}", target.display()))?;
    }
    let mut args = vec![
        "--module-source-path".to_string(),
        sources.display().to_string(),
        "-d".to_string(),
        out.display().to_string(),
        "-encoding".to_string(),
        "UTF-8".to_string(),
    ];
    args.extend(files.iter().map(|file| file.display().to_string()));
    tool(&jdk.javac(), &args, sources)
}

fn tool(program: &Path, args: &[String], dir: &Path) -> Result<(), String> {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env_remove("JAVA_TOOL_OPTIONS")
        .env_remove("_JAVA_OPTIONS")
        .env_remove("JDK_JAVA_OPTIONS")
        .env_remove("CLASSPATH")
        .output()
        .map_err(|error| format!("{}: {error}", program.display()))?;
    if !output.status.success() {
        return Err(format!(
            "{} {} failed ({}):\n{}{}",
            program.display(),
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}

/// Every file under `dir`, recursively.
fn list_files(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|error| format!("{}: {error}", dir.display()))?
            .path();
        if path.is_dir() {
            list_files(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

/// Feeds the relative names and contents of every file under `dir` to `hasher`, in name order.
pub fn hash_tree(dir: &Path, hasher: &mut DefaultHasher) -> Result<(), String> {
    let mut files = Vec::new();
    list_files(dir, &mut files)?;
    files.sort();
    for file in files {
        file.strip_prefix(dir).unwrap_or(&file).hash(hasher);
        fs::read(&file)
            .map_err(|error| format!("{}: {error}", file.display()))?
            .hash(hasher);
    }
    Ok(())
}

/// Copies the tree `from` into the existing directory `to`.
pub fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            fs::create_dir_all(&target)?;
            copy_tree(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_expand_everywhere_in_a_word() {
        let places = Places {
            classes: "/c".into(),
            modules: "/m".into(),
            jars: "/j".into(),
            source: "/s/T.java".into(),
        };
        assert_eq!(places.expand("-p={modules}:{jars}/a.jar"), "-p=/m:/j/a.jar");
        assert_eq!(places.expand("{source}"), "/s/T.java");
        assert_eq!(places.expand("{classes}/x {other}"), "/c/x {other}");
    }

    #[test]
    fn trees_are_copied_and_hashed_by_content() {
        let dir = std::env::temp_dir().join(format!("conformance-extras-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("from/sub")).unwrap();
        fs::create_dir_all(dir.join("to")).unwrap();
        fs::write(dir.join("from/a.txt"), "a").unwrap();
        fs::write(dir.join("from/sub/b.txt"), "b").unwrap();
        copy_tree(&dir.join("from"), &dir.join("to")).unwrap();
        assert_eq!(fs::read_to_string(dir.join("to/sub/b.txt")).unwrap(), "b");
        let digest = |path: &Path| {
            let mut hasher = DefaultHasher::new();
            hash_tree(path, &mut hasher).unwrap();
            hasher.finish()
        };
        assert_eq!(digest(&dir.join("from")), digest(&dir.join("to")));
        fs::write(dir.join("to/sub/b.txt"), "c").unwrap();
        assert_ne!(digest(&dir.join("from")), digest(&dir.join("to")));
        fs::remove_dir_all(&dir).unwrap();
    }
}

//! The class path as the launcher sees it: `dir/*` wildcards, and finding the main class.

use std::fs;
use std::io::Read;
use std::path::Path;

/// The separator of class path entries on this platform.
pub const PATH_SEPARATOR: char = ':';

/// Whether `name` ends like a jar file (`.jar` or `.JAR`).
fn is_jar_name(name: &str) -> bool {
    name.ends_with(".jar") || name.ends_with(".JAR")
}

/// Expands the entries `*` and `dir/*` into the jar files of the directory (regular files whose
/// name ends in `.jar` or `.JAR`, in directory order), as `java` does for `-cp` and
/// `CLASSPATH`. An entry whose directory has no jar (or does not exist) stays as written.
pub fn expand_wildcards(class_path: &str) -> String {
    if !class_path.contains('*') {
        return class_path.to_string();
    }
    let entries: Vec<String> = class_path
        .split(PATH_SEPARATOR)
        .map(|entry| {
            let dir = match entry {
                "*" => Some(""),
                _ => entry.strip_suffix("/*"),
            };
            match dir.map(jars_in) {
                Some(jars) if !jars.is_empty() => jars.join(&PATH_SEPARATOR.to_string()),
                _ => entry.to_string(),
            }
        })
        .collect();
    entries.join(&PATH_SEPARATOR.to_string())
}

/// The jar files in `dir` (the current directory when empty), named as `dir/name`.
fn jars_in(dir: &str) -> Vec<String> {
    let listing = if dir.is_empty() { "." } else { dir };
    let Ok(read_dir) = fs::read_dir(listing) else {
        return Vec::new();
    };
    read_dir
        .filter_map(Result::ok)
        .filter(|entry| {
            entry
                .file_type()
                .is_ok_and(|t| t.is_file() || t.is_symlink())
        })
        .filter(|entry| entry.path().is_file())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| is_jar_name(name))
        .map(|name| {
            if dir.is_empty() {
                name
            } else {
                format!("{dir}/{name}")
            }
        })
        .collect()
}

/// A class file found on the class path.
#[derive(Debug)]
pub struct FoundClass {
    /// The class file's bytes.
    pub bytes: Vec<u8>,
    /// Where it was found, for messages: a file path, or `jar!/entry`.
    pub location: String,
}

/// Looks for `internal_name` (`pkg/Name`) in the entries of `class_path` in order: directories
/// and jar files; entries that do not exist or cannot be read are skipped, as the JDK's class
/// loader does.
pub fn find_class(class_path: &str, internal_name: &str) -> Option<FoundClass> {
    let entry_name = format!("{internal_name}.class");
    class_path
        .split(PATH_SEPARATOR)
        .find_map(|entry| find_in_entry(entry, &entry_name))
}

fn find_in_entry(entry: &str, entry_name: &str) -> Option<FoundClass> {
    // An empty entry is the current directory.
    let base = if entry.is_empty() { "." } else { entry };
    let path = Path::new(base);
    if path.is_dir() {
        let file = path.join(entry_name);
        let bytes = fs::read(&file).ok()?;
        return Some(FoundClass {
            bytes,
            location: file.display().to_string(),
        });
    }
    let file = fs::File::open(path).ok()?;
    let mut archive = zip::ZipArchive::new(file).ok()?;
    let mut member = archive.by_name(entry_name).ok()?;
    let mut bytes = Vec::new();
    member.read_to_end(&mut bytes).ok()?;
    Some(FoundClass {
        bytes,
        location: format!("{base}!/{entry_name}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_without_wildcards_are_untouched() {
        assert_eq!(expand_wildcards("a:b/c.jar:"), "a:b/c.jar:");
    }

    #[test]
    fn wildcards_list_jars() {
        let dir = std::env::temp_dir().join(format!("cortado-cp-{}", std::process::id()));
        fs::create_dir_all(dir.join("sub.jar")).unwrap();
        fs::write(dir.join("a.jar"), b"").unwrap();
        fs::write(dir.join("b.JAR"), b"").unwrap();
        fs::write(dir.join("c.zip"), b"").unwrap();
        let d = dir.display().to_string();
        let expanded = expand_wildcards(&format!("x:{d}/*:y"));
        let mut entries: Vec<&str> = expanded.split(':').collect();
        assert_eq!(entries.first(), Some(&"x"));
        assert_eq!(entries.last(), Some(&"y"));
        entries.sort();
        assert_eq!(
            entries,
            [
                format!("{d}/a.jar").as_str(),
                &format!("{d}/b.JAR"),
                "x",
                "y"
            ]
        );
        let empty = dir.join("sub.jar").display().to_string();
        assert_eq!(
            expand_wildcards(&format!("{empty}/*")),
            format!("{empty}/*")
        );
        assert_eq!(expand_wildcards("/nonexistent/*"), "/nonexistent/*");
        fs::remove_dir_all(dir).unwrap();
    }
}

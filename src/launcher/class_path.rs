//! The class path string as the launcher builds it: `dir/*` wildcards.

use std::fs;

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

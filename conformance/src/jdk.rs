//! Finding the reference JDK 17 (`java` and `javac`) without picking any other installed JDK.

use std::fs;
use std::path::{Path, PathBuf};

/// A JDK 17 installation used to compile the programs and as the reference VM.
#[derive(Clone, Debug)]
pub struct Jdk {
    /// The JDK's home directory (the one holding `bin/java` and `release`).
    pub home: PathBuf,
}

impl Jdk {
    /// Finds JDK 17: `JAVA_HOME` when it names a JDK 17, else the first
    /// `/usr/lib/jvm/java-17-openjdk-*` holding `bin/javac`. Other JDKs (such as a newer one also
    /// installed) are never chosen.
    pub fn discover() -> Result<Jdk, String> {
        if let Some(home) = std::env::var_os("JAVA_HOME") {
            let jdk = Jdk {
                home: PathBuf::from(home),
            };
            if jdk.is_jdk17() {
                return Ok(jdk);
            }
        }
        let mut candidates: Vec<PathBuf> = fs::read_dir("/usr/lib/jvm")
            .map_err(|error| {
                format!("no JDK 17 found (JAVA_HOME unset or not 17; /usr/lib/jvm: {error})")
            })?
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| {
                path.file_name()
                    .and_then(|name| name.to_str())
                    .is_some_and(|name| name.starts_with("java-17-openjdk-"))
            })
            .collect();
        candidates.sort();
        candidates
            .into_iter()
            .map(|home| Jdk { home })
            .find(Jdk::is_jdk17)
            .ok_or_else(|| "no JDK 17 found: set JAVA_HOME to a JDK 17".to_string())
    }

    /// The `java` launcher.
    pub fn java(&self) -> PathBuf {
        self.home.join("bin/java")
    }

    /// The `javac` compiler.
    pub fn javac(&self) -> PathBuf {
        self.home.join("bin/javac")
    }

    /// The `jar` tool.
    pub fn jar(&self) -> PathBuf {
        self.home.join("bin/jar")
    }

    /// Whether this is a complete JDK (with `javac`) whose `release` file says version 17.
    fn is_jdk17(&self) -> bool {
        self.javac().is_file() && self.java().is_file() && release_is_17(&self.home.join("release"))
    }
}

fn release_is_17(release: &Path) -> bool {
    fs::read_to_string(release).is_ok_and(|text| {
        text.lines().any(|line| {
            line.strip_prefix("JAVA_VERSION=")
                .is_some_and(|version| version.trim_matches('"').split('.').next() == Some("17"))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_versions() {
        let dir = std::env::temp_dir().join(format!("conformance-jdk-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let release = dir.join("release");
        fs::write(&release, "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"17.0.21\"\n").unwrap();
        assert!(release_is_17(&release));
        fs::write(&release, "JAVA_VERSION=\"25\"\n").unwrap();
        assert!(!release_is_17(&release));
        fs::write(&release, "JAVA_VERSION=\"1.7\"\n").unwrap();
        assert!(!release_is_17(&release));
        fs::remove_dir_all(&dir).unwrap();
    }
}

//! `-version` and friends: the class library's version, then Cortado's VM line.
//!
//! The first two lines describe the JDK class library Cortado runs on, from the `release` file
//! of its JAVA_HOME (as `java` prints them for that JDK); the third names Cortado.

use super::vm_options::VM_NAME;

/// Cortado's version.
const CORTADO_VERSION: &str = env!("CARGO_PKG_VERSION");

/// How Cortado runs bytecode today: only the interpreter exists, whatever `-Xmixed` or
/// `-Xcomp` ask for, so that is what the version line says.
const EXECUTION_MODE: &str = "interpreted mode";

/// The version facts of a JDK's `release` file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LibraryVersion {
    /// `JAVA_VERSION`, e.g. `17.0.15`.
    pub java_version: String,
    /// `JAVA_RUNTIME_VERSION`, e.g. `17.0.15+6-Debian-1deb12u1`.
    pub runtime_version: Option<String>,
    /// `JAVA_VERSION_DATE`, e.g. `2025-04-15`.
    pub version_date: Option<String>,
}

impl LibraryVersion {
    /// Reads the `KEY="value"` lines of a `release` file; `None` without `JAVA_VERSION`.
    pub fn from_release(text: &str) -> Option<LibraryVersion> {
        let value = |key: &str| {
            text.lines().find_map(|line| {
                let (name, value) = line.split_once('=')?;
                (name.trim() == key).then(|| value.trim().trim_matches('"').to_string())
            })
        };
        Some(LibraryVersion {
            java_version: value("JAVA_VERSION")?,
            runtime_version: value("JAVA_RUNTIME_VERSION"),
            version_date: value("JAVA_VERSION_DATE"),
        })
    }

    fn runtime_version(&self) -> &str {
        self.runtime_version.as_deref().unwrap_or(&self.java_version)
    }

    /// ` 2025-04-15`, plus ` LTS` for a runtime version whose optional part says so.
    fn date_suffix(&self) -> String {
        let mut suffix = String::new();
        if let Some(date) = &self.version_date {
            suffix.push(' ');
            suffix.push_str(date);
        }
        let optional = self.runtime_version().split_once('-').map(|(_, opt)| opt);
        if optional.is_some_and(|opt| opt.starts_with("LTS")) {
            suffix.push_str(" LTS");
        }
        suffix
    }
}

/// The three lines of `-version` (`long_form`: `openjdk version "17.0.15" ...`) or `--version`
/// (`openjdk 17.0.15 ...`), each ending with a line break.
pub fn version_text(library: &LibraryVersion, long_form: bool) -> String {
    let first = if long_form {
        format!("openjdk version \"{}\"", library.java_version)
    } else {
        format!("openjdk {}", library.java_version)
    };
    format!(
        "{first}{}\nOpenJDK Runtime Environment (build {})\n{VM_NAME} (build {CORTADO_VERSION}, {EXECUTION_MODE})\n",
        library.date_suffix(),
        library.runtime_version(),
    )
}

/// `-fullversion` (`openjdk full version "..."`) or `--full-version` (`openjdk ...`).
pub fn full_version_text(library: &LibraryVersion, long_form: bool) -> String {
    if long_form {
        format!("openjdk full version \"{}\"\n", library.runtime_version())
    } else {
        format!("openjdk {}\n", library.runtime_version())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEBIAN: &str = "IMPLEMENTOR=\"Debian\"\nJAVA_RUNTIME_VERSION=\"17.0.15+6-Debian-1deb12u1\"\n\
                          JAVA_VERSION=\"17.0.15\"\nJAVA_VERSION_DATE=\"2025-04-15\"\n";

    #[test]
    fn version_lines() {
        let library = LibraryVersion::from_release(DEBIAN).unwrap();
        assert_eq!(
            version_text(&library, true),
            format!(
                "openjdk version \"17.0.15\" 2025-04-15\n\
                 OpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n\
                 Cortado 64-Bit VM (build {CORTADO_VERSION}, interpreted mode)\n"
            )
        );
        assert!(version_text(&library, false).starts_with("openjdk 17.0.15 2025-04-15\n"));
        assert_eq!(
            full_version_text(&library, true),
            "openjdk full version \"17.0.15+6-Debian-1deb12u1\"\n"
        );
    }

    #[test]
    fn missing_fields_and_lts() {
        let library = LibraryVersion::from_release("JAVA_VERSION=\"17\"").unwrap();
        assert!(version_text(&library, true).starts_with(
            "openjdk version \"17\"\nOpenJDK Runtime Environment (build 17)\n"
        ));
        let lts = LibraryVersion::from_release(
            "JAVA_VERSION=\"17.0.8\"\nJAVA_RUNTIME_VERSION=\"17.0.8+7-LTS\"\nJAVA_VERSION_DATE=\"2023-07-18\"",
        )
        .unwrap();
        assert!(version_text(&lts, false).starts_with("openjdk 17.0.8 2023-07-18 LTS\n"));
        assert_eq!(LibraryVersion::from_release("IMPLEMENTOR=x"), None);
    }
}

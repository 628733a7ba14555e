//! `-version` and friends: the class library's version, then Cortado's VM line.
//!
//! The first two lines describe the JDK class library Cortado runs on, from the `release` file
//! of its JAVA_HOME (as `java` prints them for that JDK); the third names Cortado.

use runtime::java_home::ReleaseInfo;

use super::vm_options::VM_NAME;

/// Cortado's version.
const CORTADO_VERSION: &str = env!("CARGO_PKG_VERSION");

/// How Cortado runs bytecode today: only the interpreter exists, whatever `-Xmixed` or
/// `-Xcomp` ask for, so that is what the version line says.
const EXECUTION_MODE: &str = "interpreted mode";

fn runtime_version(library: &ReleaseInfo) -> &str {
    library
        .java_runtime_version
        .as_deref()
        .unwrap_or(&library.java_version)
}

/// ` 2025-04-15`, plus ` LTS` for a runtime version whose optional part says so.
fn date_suffix(library: &ReleaseInfo) -> String {
    let mut suffix = String::new();
    if let Some(date) = &library.java_version_date {
        suffix.push(' ');
        suffix.push_str(date);
    }
    let optional = runtime_version(library).split_once('-').map(|(_, opt)| opt);
    if optional.is_some_and(|opt| opt.starts_with("LTS")) {
        suffix.push_str(" LTS");
    }
    suffix
}

/// The three lines of `-version` (`long_form`: `openjdk version "17.0.15" ...`) or `--version`
/// (`openjdk 17.0.15 ...`), each ending with a line break.
pub fn version_text(library: &ReleaseInfo, long_form: bool) -> String {
    let first = if long_form {
        format!("openjdk version \"{}\"", library.java_version)
    } else {
        format!("openjdk {}", library.java_version)
    };
    format!(
        "{first}{}\nOpenJDK Runtime Environment (build {})\n{VM_NAME} (build {CORTADO_VERSION}, {EXECUTION_MODE})\n",
        date_suffix(library),
        runtime_version(library),
    )
}

/// `-fullversion` (`openjdk full version "..."`) or `--full-version` (`openjdk ...`).
pub fn full_version_text(library: &ReleaseInfo, long_form: bool) -> String {
    if long_form {
        format!("openjdk full version \"{}\"\n", runtime_version(library))
    } else {
        format!("openjdk {}\n", runtime_version(library))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEBIAN: &str = "IMPLEMENTOR=\"Debian\"\nJAVA_RUNTIME_VERSION=\"17.0.15+6-Debian-1deb12u1\"\n\
                          JAVA_VERSION=\"17.0.15\"\nJAVA_VERSION_DATE=\"2025-04-15\"\n";

    #[test]
    fn version_lines() {
        let library = ReleaseInfo::parse(DEBIAN).unwrap();
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
        let library = ReleaseInfo::parse("JAVA_VERSION=\"17\"").unwrap();
        assert!(
            version_text(&library, true)
                .starts_with("openjdk version \"17\"\nOpenJDK Runtime Environment (build 17)\n")
        );
        let lts = ReleaseInfo::parse(
            "JAVA_VERSION=\"17.0.8\"\nJAVA_RUNTIME_VERSION=\"17.0.8+7-LTS\"\nJAVA_VERSION_DATE=\"2023-07-18\"",
        )
        .unwrap();
        assert!(version_text(&lts, false).starts_with("openjdk 17.0.8 2023-07-18 LTS\n"));
        assert_eq!(ReleaseInfo::parse("IMPLEMENTOR=x"), None);
    }
}

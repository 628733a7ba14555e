//! Finding the JDK 17 whose class library Cortado runs on.
//!
//! The order is `--java-home`, then the `JAVA_HOME` environment variable, then the machine's
//! JDK 17 (on Debian, `/usr/lib/jvm/java-17-openjdk*`). An explicit `--java-home` or a set
//! `JAVA_HOME` is authoritative: when it is not a usable JDK 17 the error says why instead of
//! silently running on some other JDK. A directory counts only when it has `lib/modules` and a
//! `release` file whose `JAVA_VERSION` is 17.

use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// The directory where Debian-style systems install JDKs.
pub const DEFAULT_SEARCH_ROOT: &str = "/usr/lib/jvm";
/// The prefix of JDK 17 directory names under [`DEFAULT_SEARCH_ROOT`].
const JDK17_DIR_PREFIX: &str = "java-17-openjdk";
/// The Java feature release Cortado runs.
pub const REQUIRED_FEATURE_VERSION: u32 = 17;

/// The values of a JDK's `release` file that Cortado uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReleaseInfo {
    /// `JAVA_VERSION`, e.g. `17.0.15`.
    pub java_version: String,
    /// `JAVA_RUNTIME_VERSION`, e.g. `17.0.15+6-Debian-1deb12u1`, when present.
    pub java_runtime_version: Option<String>,
    /// `IMPLEMENTOR`, e.g. `Debian`, when present.
    pub implementor: Option<String>,
    /// `JAVA_VERSION_DATE`, e.g. `2025-04-15`, when present.
    pub java_version_date: Option<String>,
}

impl ReleaseInfo {
    /// Parses the `KEY="value"` lines of a `release` file; `None` without `JAVA_VERSION`.
    pub fn parse(text: &str) -> Option<ReleaseInfo> {
        let value = |key: &str| {
            text.lines().find_map(|line| {
                let (name, value) = line.split_once('=')?;
                (name.trim() == key).then(|| value.trim().trim_matches('"').to_string())
            })
        };
        Some(ReleaseInfo {
            java_version: value("JAVA_VERSION")?,
            java_runtime_version: value("JAVA_RUNTIME_VERSION"),
            implementor: value("IMPLEMENTOR"),
            java_version_date: value("JAVA_VERSION_DATE"),
        })
    }

    /// The feature release of `JAVA_VERSION` (`17` for `17.0.15`, `8` for `1.8.0_392`).
    pub fn feature_version(&self) -> Option<u32> {
        let mut numbers = self
            .java_version
            .split(['.', '_', '+', '-'])
            .map(|part| part.parse::<u32>().ok());
        match numbers.next()?? {
            1 => numbers.next()?,
            feature => Some(feature),
        }
    }
}

/// A usable JDK 17 installation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JavaHome {
    root: PathBuf,
    release: ReleaseInfo,
}

/// Where a candidate directory came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CandidateOrigin {
    /// `--java-home`.
    Explicit,
    /// The `JAVA_HOME` environment variable.
    Environment,
    /// The machine's JDK directory (e.g. `/usr/lib/jvm`).
    Search,
}

/// Why a candidate directory is not a usable JDK 17.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// The directory does not exist or is not a directory.
    NotADirectory,
    /// `lib/modules` is missing.
    NoModulesImage,
    /// The `release` file is missing or unreadable.
    NoReleaseFile(String),
    /// The `release` file has no `JAVA_VERSION`.
    NoJavaVersion,
    /// `JAVA_VERSION` names another release.
    WrongVersion(String),
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::NotADirectory => write!(f, "not a directory"),
            Rejection::NoModulesImage => write!(f, "no lib/modules"),
            Rejection::NoReleaseFile(error) => write!(f, "cannot read the release file: {error}"),
            Rejection::NoJavaVersion => write!(f, "the release file has no JAVA_VERSION"),
            Rejection::WrongVersion(version) => write!(
                f,
                "JAVA_VERSION is \"{version}\", Cortado needs a JDK {REQUIRED_FEATURE_VERSION}"
            ),
        }
    }
}

/// One directory that was tried and why it was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RejectedCandidate {
    /// The directory.
    pub path: PathBuf,
    /// How it was found.
    pub origin: CandidateOrigin,
    /// Why it is not usable.
    pub rejection: Rejection,
}

/// No usable JDK 17 was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JavaHomeError {
    /// Every directory tried, in order, with the reason it was rejected.
    pub tried: Vec<RejectedCandidate>,
    /// The search root when the machine's JDKs were searched.
    pub search_root: Option<PathBuf>,
}

impl fmt::Display for JavaHomeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no usable JDK {REQUIRED_FEATURE_VERSION} found")?;
        if let Some(root) = &self.search_root
            && !self
                .tried
                .iter()
                .any(|c| c.origin == CandidateOrigin::Search)
        {
            write!(
                f,
                "; no {}* directory in {}",
                JDK17_DIR_PREFIX,
                root.display()
            )?;
        }
        for candidate in &self.tried {
            let label = match candidate.origin {
                CandidateOrigin::Explicit => "--java-home ",
                CandidateOrigin::Environment => "JAVA_HOME=",
                CandidateOrigin::Search => "",
            };
            write!(
                f,
                "\n  {label}{}: {}",
                candidate.path.display(),
                candidate.rejection
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for JavaHomeError {}

impl JavaHome {
    /// Finds the JDK 17: `explicit` (`--java-home`), else the `JAVA_HOME` environment
    /// variable, else the first `java-17-openjdk*` directory of [`DEFAULT_SEARCH_ROOT`].
    pub fn discover(explicit: Option<&Path>) -> Result<JavaHome, JavaHomeError> {
        JavaHome::discover_with(
            explicit,
            std::env::var_os("JAVA_HOME"),
            Path::new(DEFAULT_SEARCH_ROOT),
        )
    }

    /// [`JavaHome::discover`] with the environment's `JAVA_HOME` and the search root given,
    /// so that they can be chosen by the caller (and by tests). An empty `JAVA_HOME` counts as
    /// unset.
    pub fn discover_with(
        explicit: Option<&Path>,
        java_home_env: Option<OsString>,
        search_root: &Path,
    ) -> Result<JavaHome, JavaHomeError> {
        let given = match (explicit, java_home_env.filter(|value| !value.is_empty())) {
            (Some(path), _) => Some((path.to_path_buf(), CandidateOrigin::Explicit)),
            (None, Some(env)) => Some((PathBuf::from(env), CandidateOrigin::Environment)),
            (None, None) => None,
        };
        if let Some((path, origin)) = given {
            return JavaHome::at(&path).map_err(|rejection| JavaHomeError {
                tried: vec![RejectedCandidate {
                    path,
                    origin,
                    rejection,
                }],
                search_root: None,
            });
        }
        let mut tried = Vec::new();
        for path in jdk17_directories(search_root) {
            match JavaHome::at(&path) {
                Ok(home) => return Ok(home),
                Err(rejection) => tried.push(RejectedCandidate {
                    path,
                    origin: CandidateOrigin::Search,
                    rejection,
                }),
            }
        }
        Err(JavaHomeError {
            tried,
            search_root: Some(search_root.to_path_buf()),
        })
    }

    /// Checks that `root` is a JDK 17 (`lib/modules` and a `release` file with
    /// `JAVA_VERSION="17..."`).
    pub fn at(root: &Path) -> Result<JavaHome, Rejection> {
        if !root.is_dir() {
            return Err(Rejection::NotADirectory);
        }
        if !root.join("lib").join("modules").is_file() {
            return Err(Rejection::NoModulesImage);
        }
        let text = fs::read_to_string(root.join("release"))
            .map_err(|error| Rejection::NoReleaseFile(error.to_string()))?;
        let release = ReleaseInfo::parse(&text).ok_or(Rejection::NoJavaVersion)?;
        if release.feature_version() != Some(REQUIRED_FEATURE_VERSION) {
            return Err(Rejection::WrongVersion(release.java_version));
        }
        Ok(JavaHome {
            root: root.to_path_buf(),
            release,
        })
    }

    /// The JDK's root directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The module image, `lib/modules`.
    pub fn modules_path(&self) -> PathBuf {
        self.root.join("lib").join("modules")
    }

    /// The parsed `release` file.
    pub fn release(&self) -> &ReleaseInfo {
        &self.release
    }
}

/// The `java-17-openjdk*` entries of `search_root`, sorted by name.
fn jdk17_directories(search_root: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(search_root) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with(JDK17_DIR_PREFIX)
        })
        .map(|entry| entry.path())
        .collect();
    paths.sort();
    paths
}

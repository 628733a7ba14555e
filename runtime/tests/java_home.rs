//! Finding the JDK 17, with fake JDK directories in a temporary search root.

mod common;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use common::TempDir;
use runtime::java_home::{CandidateOrigin, JavaHome, Rejection, ReleaseInfo};

/// Makes a fake JDK at `root/name`: a `lib/modules` file (when `modules`) and a release file
/// saying `version` (when given).
fn fake_jdk(root: &TempDir, name: &str, version: Option<&str>, modules: bool) -> PathBuf {
    if modules {
        root.write(&format!("{name}/lib/modules"), b"not read by discovery");
    }
    if let Some(version) = version {
        root.write(
            &format!("{name}/release"),
            format!(
                "IMPLEMENTOR=\"Test Vendor\"\nJAVA_RUNTIME_VERSION=\"{version}+7\"\nJAVA_VERSION=\"{version}\"\n"
            ),
        );
    }
    std::fs::create_dir_all(root.path().join(name)).unwrap();
    root.path().join(name)
}

fn env(path: &Path) -> Option<OsString> {
    Some(path.as_os_str().to_owned())
}

#[test]
fn the_explicit_directory_comes_first() {
    let root = TempDir::new("jh-explicit");
    let explicit = fake_jdk(&root, "mine", Some("17.0.2"), true);
    let from_env = fake_jdk(&root, "env", Some("17.0.9"), true);
    fake_jdk(&root, "java-17-openjdk-amd64", Some("17.0.15"), true);
    let home = JavaHome::discover_with(Some(&explicit), env(&from_env), root.path()).unwrap();
    assert_eq!(home.root(), explicit);
    assert_eq!(home.modules_path(), explicit.join("lib").join("modules"));
    assert_eq!(
        home.release(),
        &ReleaseInfo {
            java_version: "17.0.2".to_string(),
            java_runtime_version: Some("17.0.2+7".to_string()),
            implementor: Some("Test Vendor".to_string()),
            java_version_date: None,
        }
    );
}

#[test]
fn java_home_comes_before_the_search() {
    let root = TempDir::new("jh-env");
    let from_env = fake_jdk(&root, "env", Some("17"), true);
    fake_jdk(&root, "java-17-openjdk-amd64", Some("17.0.15"), true);
    let home = JavaHome::discover_with(None, env(&from_env), root.path()).unwrap();
    assert_eq!(home.root(), from_env);
    // An empty JAVA_HOME counts as unset.
    let home = JavaHome::discover_with(None, Some(OsString::new()), root.path()).unwrap();
    assert_eq!(home.root(), root.path().join("java-17-openjdk-amd64"));
}

#[test]
fn the_search_skips_other_versions_and_incomplete_jdks() {
    let root = TempDir::new("jh-search");
    fake_jdk(&root, "temurin-25-jdk-amd64", Some("25.0.1"), true);
    fake_jdk(&root, "java-11-openjdk-amd64", Some("11.0.20"), true);
    fake_jdk(&root, "java-17-openjdk-aaa-broken", Some("17.0.1"), false);
    fake_jdk(&root, "java-17-openjdk-amd64", Some("17.0.15"), true);
    let home = JavaHome::discover_with(None, None, root.path()).unwrap();
    assert_eq!(home.root(), root.path().join("java-17-openjdk-amd64"));
    assert_eq!(home.release().feature_version(), Some(17));
}

#[test]
fn java_home_of_another_version_is_an_error_that_says_so() {
    let root = TempDir::new("jh-wrong");
    let jdk25 = fake_jdk(&root, "temurin-25-jdk-amd64", Some("25.0.1"), true);
    fake_jdk(&root, "java-17-openjdk-amd64", Some("17.0.15"), true);
    let error = JavaHome::discover_with(None, env(&jdk25), root.path()).unwrap_err();
    assert_eq!(error.tried.len(), 1);
    assert_eq!(error.tried[0].origin, CandidateOrigin::Environment);
    assert_eq!(
        error.tried[0].rejection,
        Rejection::WrongVersion("25.0.1".to_string())
    );
    let message = error.to_string();
    assert!(
        message.contains(&format!("JAVA_HOME={}", jdk25.display())),
        "{message}"
    );
    assert!(message.contains("\"25.0.1\""), "{message}");
    assert!(message.contains("needs a JDK 17"), "{message}");
}

#[test]
fn an_explicit_directory_without_modules_is_an_error() {
    let root = TempDir::new("jh-nomodules");
    let bare = fake_jdk(&root, "bare", Some("17.0.1"), false);
    fake_jdk(&root, "java-17-openjdk-amd64", Some("17.0.15"), true);
    let error = JavaHome::discover_with(Some(&bare), None, root.path()).unwrap_err();
    assert_eq!(error.tried[0].origin, CandidateOrigin::Explicit);
    assert_eq!(error.tried[0].rejection, Rejection::NoModulesImage);
    assert!(error.to_string().contains("--java-home"), "{error}");
    let missing = root.path().join("does-not-exist");
    let error = JavaHome::discover_with(Some(&missing), None, root.path()).unwrap_err();
    assert_eq!(error.tried[0].rejection, Rejection::NotADirectory);
}

#[test]
fn release_files_without_a_version_are_rejected() {
    let root = TempDir::new("jh-release");
    let no_release = fake_jdk(&root, "java-17-openjdk-a", None, true);
    let no_version = fake_jdk(&root, "java-17-openjdk-b", None, true);
    root.write("java-17-openjdk-b/release", "IMPLEMENTOR=\"X\"\n");
    let error = JavaHome::discover_with(None, None, root.path()).unwrap_err();
    let tried: Vec<(&Path, &Rejection)> = error
        .tried
        .iter()
        .map(|c| (c.path.as_path(), &c.rejection))
        .collect();
    assert_eq!(tried.len(), 2);
    assert_eq!(tried[0].0, no_release);
    assert!(matches!(tried[0].1, Rejection::NoReleaseFile(_)));
    assert_eq!(tried[1], (no_version.as_path(), &Rejection::NoJavaVersion));
    let message = error.to_string();
    assert!(message.contains("java-17-openjdk-a") && message.contains("java-17-openjdk-b"));
}

#[test]
fn an_empty_search_root_is_named_in_the_error() {
    let root = TempDir::new("jh-empty");
    fake_jdk(&root, "temurin-25-jdk-amd64", Some("25.0.1"), true);
    let error = JavaHome::discover_with(None, None, root.path()).unwrap_err();
    assert!(error.tried.is_empty());
    let message = error.to_string();
    assert!(
        message.contains(&format!(
            "no java-17-openjdk* directory in {}",
            root.path().display()
        )),
        "{message}"
    );
}

#[test]
fn feature_versions_parse_old_and_new_schemes() {
    let version = |text: &str| {
        ReleaseInfo::parse(&format!("JAVA_VERSION=\"{text}\""))
            .unwrap()
            .feature_version()
    };
    assert_eq!(version("17.0.15"), Some(17));
    assert_eq!(version("17"), Some(17));
    assert_eq!(version("170.1"), Some(170));
    assert_eq!(version("1.8.0_392"), Some(8));
    assert_eq!(version("25-ea"), Some(25));
    assert_eq!(version("banana"), None);
    assert_eq!(ReleaseInfo::parse("IMPLEMENTOR=\"X\""), None);
}

#[test]
fn the_machine_jdk_17_is_found_and_never_the_jdk_25() {
    let home = JavaHome::discover_with(None, None, Path::new("/usr/lib/jvm")).unwrap();
    assert!(
        home.root().to_string_lossy().contains("java-17-openjdk"),
        "{home:?}"
    );
    assert!(home.release().java_version.starts_with("17"));
    assert!(home.modules_path().is_file());
}

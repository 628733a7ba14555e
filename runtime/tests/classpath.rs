//! Directories and the application class path built from `java`-style path strings.

mod common;

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use common::{TempDir, write_jar};
use runtime::classpath::directory::Directory;
use runtime::classpath::{ClassPath, ClassSource};

#[test]
fn directories_never_resolve_above_their_root() {
    let dir = TempDir::new("cp-dir");
    dir.write("root/p/A.class", b"A");
    dir.write("secret.txt", b"outside");
    let root = Directory::new(dir.path().join("root"));
    assert_eq!(root.read("p/A.class").unwrap().unwrap(), b"A");
    assert_eq!(root.read("p/./A.class").unwrap().unwrap(), b"A");
    assert!(root.contains("p"));
    assert_eq!(root.read("p/Missing.class").unwrap(), None);
    for escaping in [
        "../secret.txt",
        "p/../../secret.txt",
        "p/..",
        "..",
        "/etc/passwd",
        "p\\..\\..\\secret.txt",
        "p/\0",
        "",
    ] {
        assert_eq!(root.resolve(escaping), None, "{escaping:?}");
        assert!(!root.contains(escaping), "{escaping:?}");
        assert_eq!(root.read(escaping).unwrap(), None, "{escaping:?}");
    }
    // Reading a directory is an error, not a missing resource.
    assert!(root.read("p").is_err());
}

fn class_path(path: &str, cwd: &Path) -> ClassPath {
    ClassPath::from_path_string_in(OsStr::new(path), cwd)
}

fn entry_paths(class_path: &ClassPath) -> Vec<PathBuf> {
    class_path
        .entries()
        .iter()
        .map(|e| e.path().to_path_buf())
        .collect()
}

fn canonical(path: PathBuf) -> PathBuf {
    std::fs::canonicalize(path).unwrap()
}

#[test]
fn the_first_entry_that_has_a_class_wins() {
    let dir = TempDir::new("cp-order");
    dir.write("first/p/A.class", b"A from first");
    dir.write("second/p/A.class", b"A from second");
    dir.write("second/p/B.class", b"B from second");
    write_jar(
        &dir.path().join("lib.jar"),
        None,
        &[("p/B.class", b"B from jar"), ("p/C.class", b"C from jar")],
    );
    let cp = class_path("first:lib.jar:second", dir.path());
    let root = canonical(dir.path().to_path_buf());
    assert_eq!(
        entry_paths(&cp),
        [
            root.join("first"),
            root.join("lib.jar"),
            root.join("second")
        ]
    );
    let a = cp.find_class("p/A").unwrap().unwrap();
    assert_eq!(a.bytes, b"A from first");
    assert_eq!(*a.source, ClassSource::Directory(root.join("first")));
    assert_eq!(a.source.url(), format!("file:{}/first/", root.display()));
    let b = cp.find_class("p/B").unwrap().unwrap();
    assert_eq!(b.bytes, b"B from jar");
    assert_eq!(b.source.url(), format!("file:{}/lib.jar", root.display()));
    assert_eq!(cp.find_class("p/Missing").unwrap(), None);
    let resource = cp.find_resource("p/C.class").unwrap();
    assert_eq!(
        resource.url(),
        format!("jar:file:{}/lib.jar!/p/C.class", root.display())
    );
    assert_eq!(resource.read().unwrap(), b"C from jar");
    assert_eq!(
        cp.find_resource("p/A.class").unwrap().url(),
        format!("file:{}/first/p/A.class", root.display())
    );
}

#[test]
fn empty_elements_are_the_current_directory_and_missing_ones_are_skipped() {
    let dir = TempDir::new("cp-empty");
    dir.write("p/Here.class", b"here");
    dir.write("garbage.jar", b"not a zip");
    let root = canonical(dir.path().to_path_buf());
    for path in [
        "",
        ":",
        "missing:",
        ":missing",
        "missing.jar::garbage.jar",
        ".",
    ] {
        let cp = class_path(path, dir.path());
        assert_eq!(entry_paths(&cp), std::slice::from_ref(&root), "{path:?}");
        assert_eq!(cp.find_class("p/Here").unwrap().unwrap().bytes, b"here");
    }
    assert!(
        class_path("missing:also/missing", dir.path())
            .entries()
            .is_empty()
    );
}

#[test]
fn wildcards_expand_to_the_jars_of_a_directory() {
    let dir = TempDir::new("cp-wild");
    for name in ["b.jar", "a.JAR", "c.jar"] {
        write_jar(
            &dir.path().join("lib").join(name),
            None,
            &[(&format!("{name}.txt"), b"x")],
        );
    }
    write_jar(&dir.path().join("lib/not-a-jar.zip"), None, &[]);
    write_jar(&dir.path().join("lib/sub/nested.jar"), None, &[]);
    dir.write("lib/p/A.class", b"classes in lib are not on the path");
    let root = canonical(dir.path().join("lib"));
    let cp = class_path("lib/*", dir.path());
    assert_eq!(
        entry_paths(&cp),
        [root.join("a.JAR"), root.join("b.jar"), root.join("c.jar")]
    );
    assert!(cp.find_class("p/A").unwrap().is_none());
    let absolute = format!("{}/*", dir.path().join("lib").display());
    assert_eq!(entry_paths(&class_path(&absolute, Path::new("/"))).len(), 3);
    assert!(class_path("nowhere/*", dir.path()).entries().is_empty());
    // `*` alone is the jars of the current directory.
    let in_lib = class_path("*", &dir.path().join("lib"));
    assert_eq!(entry_paths(&in_lib).len(), 3);
}

#[test]
fn manifest_class_paths_follow_their_jar_transitively_without_loops() {
    let dir = TempDir::new("cp-manifest");
    let jar = |name: &str, class_path: &str, class: &str| {
        let manifest = format!("Manifest-Version: 1.0\nClass-Path: {class_path}\n");
        write_jar(&dir.path().join(name), Some(&manifest), &[(class, b"x")]);
    };
    jar("a.jar", "lib/b.jar lib/c.jar", "A.class");
    jar("lib/b.jar", "../a.jar", "B.class"); // a loop back to a.jar
    jar("lib/c.jar", "d.jar b.jar classes/ notdir/ c.jar", "C.class");
    jar("lib/d.jar", "b.jar", "D.class");
    jar("e.jar", "lib/d.jar", "E.class");
    dir.write("lib/classes/K.class", b"k");
    dir.write("lib/notdir", b"a file named like a directory");
    dir.write("first/F.class", b"f");
    let root = canonical(dir.path().to_path_buf());
    let cp = class_path("first:a.jar:e.jar:lib/d.jar", dir.path());
    assert_eq!(
        entry_paths(&cp),
        [
            root.join("first"),
            root.join("a.jar"),
            root.join("lib/b.jar"),
            root.join("lib/c.jar"),
            root.join("lib/d.jar"),
            root.join("lib/classes"),
            root.join("e.jar"),
        ]
    );
    let k = cp.find_class("K").unwrap().unwrap();
    assert_eq!(*k.source, ClassSource::Directory(root.join("lib/classes")));
}

#[test]
fn a_manifest_entry_without_a_slash_must_be_a_jar() {
    let dir = TempDir::new("cp-manifest-dir");
    let manifest = "Class-Path: classes\n";
    write_jar(&dir.path().join("app.jar"), Some(manifest), &[]);
    dir.write("classes/K.class", b"k");
    let cp = class_path("app.jar", dir.path());
    assert_eq!(cp.entries().len(), 1);
    assert!(cp.find_class("K").unwrap().is_none());
}

#[test]
fn multi_release_jars_on_the_class_path_serve_version_17() {
    let dir = TempDir::new("cp-mr");
    write_jar(
        &dir.path().join("mr.jar"),
        Some("Multi-Release: true\n"),
        &[
            ("p/A.class", b"base"),
            ("META-INF/versions/17/p/A.class", b"seventeen"),
            ("META-INF/versions/21/p/A.class", b"twenty-one"),
        ],
    );
    let cp = class_path("mr.jar", dir.path());
    let resource = cp.find_resource("p/A.class").unwrap();
    assert_eq!(resource.stored_name(), "META-INF/versions/17/p/A.class");
    assert_eq!(resource.name(), "p/A.class");
    assert_eq!(cp.find_class("p/A").unwrap().unwrap().bytes, b"seventeen");
}

#[test]
fn the_effective_path_string_follows_java() {
    let effective = |cp: Option<&str>, env: Option<&str>| {
        ClassPath::effective_path_string(cp.map(OsStr::new), env.map(OsStr::new))
    };
    assert_eq!(
        effective(Some("a.jar"), Some("env.jar")),
        OsString::from("a.jar")
    );
    assert_eq!(effective(None, Some("env.jar")), OsString::from("env.jar"));
    assert_eq!(effective(None, Some("")), OsString::from(""));
    assert_eq!(effective(None, None), OsString::from("."));
}

#[test]
fn source_urls_are_percent_encoded_like_java_file_urls() {
    let jrt = ClassSource::Jrt {
        module: "java.base".to_string(),
    };
    assert_eq!(jrt.url(), "jrt:/java.base");
    assert_eq!(jrt.to_string(), "jrt:/java.base");
    assert_eq!(
        jrt.resource_url("java/lang/Object.class"),
        "jrt:/java.base/java/lang/Object.class"
    );
    let jar = ClassSource::Jar(PathBuf::from("/opt/my apps/é#1.jar"));
    assert_eq!(jar.url(), "file:/opt/my%20apps/%C3%A9%231.jar");
    assert_eq!(
        jar.resource_url("a b.txt"),
        "jar:file:/opt/my%20apps/%C3%A9%231.jar!/a%20b.txt"
    );
    let dir = ClassSource::Directory(PathBuf::from("/work/classes"));
    assert_eq!(dir.url(), "file:/work/classes/");
    assert_eq!(
        dir.resource_url("p/A.class"),
        "file:/work/classes/p/A.class"
    );
}

#[test]
fn a_class_path_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<ClassPath>();
    assert_send_sync::<ClassSource>();
}

//! Module and source-file launches compared with HotSpot's `java` 17 on the same command
//! lines: same stdout, same stderr, same exit status.

mod launcher_support;

use launcher_support::{Run, assert_same, fixtures};

#[test]
fn module_launches() {
    assert_same(&["-p", "mods", "-m", "mhello/mh.Main", "a", "b"]);
    assert_same(&["--module-path", "mods", "--module", "mhello/mh.Main"]);
    assert_same(&["--module-path=mods", "--module=mhello/mh.Main", "x"]);
    assert_same(&["-p", "jars/mhello.jar", "-m", "mhello"]);
    assert_same(&["-p", "jars", "-m", "mhello/mh.Main"]);
    assert_same(&["-p", "mods", "--dry-run", "-m", "mhello/mh.Main"]);
    // A class of the module outside its exported packages is still a main class.
    assert_same(&["-p", "mods", "-m", "mhello/mh.internal.Secret"]);
}

#[test]
fn module_launch_errors() {
    assert_same(&["-p", "mods", "-m", "nope"]);
    assert_same(&["-m", "mhello"]);
    assert_same(&["-p", "mods", "-m", "mhello"]);
    assert_same(&["-p", "plainjars", "-m", "mhello"]);
    assert_same(&["-p", "mods", "-m", "mhello/mh.Nope"]);
    assert_same(&["-p", "mods", "-m", "mhello/mh.NoMain"]);
    assert_same(&["-p", "broken-mods", "-m", "mbroken/mb.B"]);
    assert_same(&["-p", "dups", "-m", "mhello"]);
    assert_same(&[
        "-p",
        "mods",
        "--add-modules",
        "nope",
        "-m",
        "mhello/mh.Main",
    ]);
    assert_same(&[
        "-p",
        "mods",
        "--limit-modules",
        "java.base",
        "-m",
        "mhello/mh.Main",
    ]);
}

#[test]
fn module_options_reach_the_module_system() {
    assert_same(&[
        "-p",
        "mods",
        "--patch-module",
        "mhello=patch/mhello",
        "-m",
        "mhello/mh.Main",
    ]);
    // A patch that puts mhello's package into java.base: the boot layer cannot be built. The
    // JDK finds the clash while iterating a hash set keyed partly by identity hash codes, so
    // which module it names first differs from run to run on HotSpot too: compare with the two
    // names in a fixed order.
    let run = Run::new(&[
        "--patch-module",
        "java.base=patch/mhello",
        "-p",
        "mods",
        "-m",
        "mhello",
    ]);
    let either_order = |text: &str| {
        text.replace(
            "in both module mhello and module java.base",
            "in both module java.base and module mhello",
        )
    };
    let (java, cortado) = (run.java(), run.cortado());
    assert!(
        java.stdout
            .contains("in both module java.base and module mhello")
            || java
                .stdout
                .contains("in both module mhello and module java.base"),
        "{}",
        java.stdout
    );
    assert_eq!(either_order(&cortado.stdout), either_order(&java.stdout));
    assert_eq!((cortado.stderr, cortado.code), (java.stderr, java.code));
    assert_same(&[
        "-p",
        "mods",
        "--add-reads",
        "mhello=java.sql",
        "-m",
        "mhello/mh.Main",
    ]);
    assert_same(&[
        "-p",
        "mods",
        "--add-opens",
        "java.base/java.lang=mhello",
        "-m",
        "mhello/mh.Main",
    ]);
    assert_same(&[
        "--upgrade-module-path",
        "mods",
        "-p",
        "mods",
        "-m",
        "mhello/mh.Main",
    ]);
    assert_same(&[
        "-p",
        "mods",
        "--add-modules=mhello,java.sql",
        "--list-modules",
    ]);
    assert_same(&["-p", "mods:jars", "-m", "mhello"]);
    assert_same(&["--module-path", "mods", "--module", "mhello/"]);
    assert_same(&["-p", "mods", "-m", "/mh.Main"]);
}

#[test]
fn modules_with_a_class_path_program() {
    assert_same(&[
        "-p",
        "mods",
        "--add-modules",
        "mhello",
        "-cp",
        "cls",
        "Hello",
    ]);
    assert_same(&[
        "-p",
        "mods",
        "--add-modules",
        "ALL-MODULE-PATH",
        "-cp",
        "cls",
        "Hello",
    ]);
    assert_same(&["--add-modules", "nope", "-cp", "cls", "Hello"]);
    assert_same(&["-p", "nowhere", "-cp", "cls", "Hello"]);
}

#[test]
fn module_reports() {
    assert_same(&["--list-modules"]);
    assert_same(&["-p", "mods", "--list-modules"]);
    assert_same(&[
        "-p",
        "mods",
        "--limit-modules",
        "java.sql",
        "--list-modules",
    ]);
    assert_same(&["-p", "mods", "--describe-module", "mhello"]);
    assert_same(&["-p", "jars", "-d", "mhello"]);
    // (java.base prints unordered sets: their order changes from run to run.)
    assert_same(&["--describe-module", "java.net.http"]);
    assert_same(&["--describe-module=jdk.zipfs"]);
    assert_same(&["-d", "nope"]);
    assert_same(&["-p", "mods", "--validate-modules"]);
    assert_same(&["-p", "dups", "--validate-modules"]);
    assert_same(&[
        "-p",
        "mods",
        "--show-resolved-modules",
        "-m",
        "mhello/mh.Main",
    ]);
    // The reports come before the main class is looked up.
    assert_same(&["-p", "mods", "--list-modules", "-m", "nope"]);
}

#[test]
fn source_file_launches() {
    let dir = fixtures();
    std::fs::write(
        dir.join("Script.java"),
        "public class Script { public static void main(String[] a) { \
         System.out.println(\"script \" + String.join(\",\", a)); } }",
    )
    .unwrap();
    std::fs::write(dir.join("NotJava.txt"), "class X { }").unwrap();
    assert_same(&["Script.java", "p", "q"]);
    assert_same(&["-cp", "cls", "Script.java"]);
    assert_same(&["--source", "17", "Script.java", "r"]);
    assert_same(&["--source", "17", "NotJava.txt"]);
    assert_same(&["--source", "17", "missing.java"]);
    assert_same(&["--source", "99", "Script.java"]);
    assert_same(&["NotJava.txt"]);
}

#[test]
fn module_resolution_is_shown() {
    // The resolver prints in the order of unordered sets, which differs from run to run:
    // compare the sorted lines.
    let run = Run::new(&[
        "--show-module-resolution",
        "-p",
        "mods",
        "-m",
        "mhello/mh.Main",
    ]);
    let sorted = |text: &str| {
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        lines.sort();
        lines
    };
    let (java, cortado) = (run.java(), run.cortado());
    assert_eq!(sorted(&cortado.stdout), sorted(&java.stdout));
    assert!(
        java.stdout.starts_with("root mhello file:"),
        "{}",
        java.stdout
    );
    assert_eq!((cortado.stderr, cortado.code), (java.stderr, java.code));
}

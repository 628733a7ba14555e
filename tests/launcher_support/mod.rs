//! Running `cortado` and HotSpot's `java` side by side on the same command line.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The JDK 17 whose `java` is the reference and whose class library Cortado runs.
pub const JDK: &str = "/usr/lib/jvm/java-17-openjdk-amd64";

/// What a process printed and its exit status.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
}

/// A command line and its environment.
#[derive(Clone, Debug, Default)]
pub struct Run {
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

impl Run {
    pub fn new(args: &[&str]) -> Run {
        Run {
            args: args.iter().map(|s| s.to_string()).collect(),
            env: Vec::new(),
        }
    }

    pub fn env(mut self, name: &str, value: &str) -> Run {
        self.env.push((name.to_string(), value.to_string()));
        self
    }

    fn run(&self, program: &Path) -> Outcome {
        let mut command = Command::new(program);
        command
            .args(&self.args)
            .current_dir(fixtures())
            .env_remove("JDK_JAVA_OPTIONS")
            .env_remove("CLASSPATH")
            .env_remove("_JAVA_OPTIONS")
            .env_remove("JAVA_TOOL_OPTIONS")
            .env("JAVA_HOME", JDK);
        for (name, value) in &self.env {
            command.env(name, value);
        }
        let output = command
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
        Outcome {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            code: output.status.code(),
        }
    }

    /// Runs Cortado.
    pub fn cortado(&self) -> Outcome {
        self.run(Path::new(env!("CARGO_BIN_EXE_cortado")))
    }

    /// Runs HotSpot's `java`.
    pub fn java(&self) -> Outcome {
        self.run(&Path::new(JDK).join("bin/java"))
    }
}

/// Asserts that Cortado and `java` print the same on both streams and exit alike.
pub fn assert_same(args: &[&str]) {
    assert_same_run(&Run::new(args));
}

/// [`assert_same`] with an environment.
pub fn assert_same_run(run: &Run) {
    let java = run.java();
    let cortado = run.cortado();
    assert_eq!(
        cortado, java,
        "cortado (left) and java (right) differ for {run:?}"
    );
}

/// The directory the commands run in, with the test classes, jars and argument files.
pub fn fixtures() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(build_fixtures)
}

const SOURCES: &[(&str, &str)] = &[
    (
        "Hello.java",
        "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }",
    ),
    (
        "pkg/Foo.java",
        "package pkg; public class Foo { public static void main(String[] a) { } }",
    ),
    ("NoMain.java", "public class NoMain { }"),
    (
        "InstMain.java",
        "public class InstMain { public void main(String[] a) { } }",
    ),
    (
        "IntMain.java",
        "public class IntMain { public static int main(String[] a) { return 0; } }",
    ),
    (
        "ProtMain.java",
        "public class ProtMain { protected static void main(String[] a) { } }",
    ),
    ("Sub.java", "public class Sub extends Hello { }"),
    (
        "japp/Main.java",
        "package japp; public class Main { public static void main(String[] a) throws Exception { \
         System.out.println(jlib.Util.greet()); System.out.println(a.length); \
         System.out.println(Main.class.getClassLoader().getName()); \
         System.out.println(jlib.Util.class.getClassLoader() == Main.class.getClassLoader()); \
         java.io.InputStream in = Main.class.getResourceAsStream(\"data.txt\"); \
         System.out.print(new String(in.readAllBytes(), \"UTF-8\")); \
         System.out.println(System.getProperty(\"java.class.path\")); \
         System.out.println(Main.class.getModule().isNamed()); } }",
    ),
    (
        "jlib/Util.java",
        "package jlib; public class Util { public static String greet() { return \"hi from lib.jar\"; } }",
    ),
];

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn tool(name: &str, dir: &Path, args: &[&str]) {
    let status = Command::new(Path::new(JDK).join("bin").join(name))
        .args(args)
        .current_dir(dir)
        .status()
        .unwrap_or_else(|e| panic!("cannot run {name}: {e}"));
    assert!(status.success(), "{name} {args:?} failed");
}

fn build_fixtures() -> PathBuf {
    // One directory per test binary, rebuilt at each run.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("launcher-fixtures-{}", env!("CARGO_CRATE_NAME")));
    let _ = std::fs::remove_dir_all(&dir);
    for (name, source) in SOURCES {
        write(&dir.join("src").join(name), source.as_bytes());
    }
    let mut javac = vec!["-d", "cls"];
    let sources: Vec<String> = SOURCES
        .iter()
        .map(|(name, _)| format!("src/{name}"))
        .collect();
    javac.extend(sources.iter().map(String::as_str));
    tool("javac", &dir, &javac);
    let cls = dir.join("cls");
    tool("jar", &cls, &["cfe", "../ok.jar", "Hello", "Hello.class"]);
    tool("jar", &cls, &["cf", "../nomf.jar", "Hello.class"]);
    tool("jar", &cls, &["cfe", "../bad.jar", "Nope", "Hello.class"]);
    tool("jar", &cls, &["cfM", "../nomanifest.jar", "Hello.class"]);
    write(&dir.join("corrupt.jar"), b"garbage\n");
    // A jar whose manifest names its main class and a library jar (Class-Path), with a
    // resource next to the main class.
    write(&cls.join("japp/data.txt"), b"data in app.jar\n");
    write(
        &cls.join("app.mf"),
        b"Main-Class: japp.Main\nClass-Path: lib.jar\n",
    );
    tool(
        "jar",
        &cls,
        &[
            "cfm",
            "../app.jar",
            "app.mf",
            "japp/Main.class",
            "japp/data.txt",
        ],
    );
    tool("jar", &cls, &["cf", "../lib.jar", "jlib/Util.class"]);
    // A class file under the wrong directory, one without its superclass, and broken ones.
    let pkg_foo = std::fs::read(cls.join("pkg/Foo.class")).unwrap();
    write(&dir.join("wrong/Foo.class"), &pkg_foo);
    write(&dir.join("wrong/a/Foo.class"), &pkg_foo);
    let sub = std::fs::read(cls.join("Sub.class")).unwrap();
    write(&dir.join("nosuper/Sub.class"), &sub);
    write(&dir.join("bad/G.class"), b"garbage\n");
    write(&dir.join("bad/q/G.class"), b"garbage\n");
    write(
        &dir.join("bad/q/V.class"),
        b"\xca\xfe\xba\xbe\x00\x00\x00\x3e",
    );
    write(
        &dir.join("bad/q/W.class"),
        b"\xca\xfe\xba\xbe\x00\x00\x00\x2c",
    );
    write(
        &dir.join("bad/q/U.class"),
        b"\xca\xfe\xba\xbe\x00\x01\x00\x3d\x00\x02",
    );
    let hello = std::fs::read(cls.join("Hello.class")).unwrap();
    write(&dir.join("bad/T.class"), &hello[..20]);
    build_module_fixtures(&dir);
    dir
}

/// Module sources: `mhello` (a main class, an unexported package, a second class with no
/// `main`), `mbroken` (requires a module that does not exist); compiled to exploded modules in
/// `mods/`, and `mhello` also as modular jars with and without a main class.
const MODULE_SOURCES: &[(&str, &str)] = &[
    ("mhello/module-info.java", "module mhello { exports mh; }"),
    (
        "mhello/mh/Main.java",
        "package mh; public class Main { public static void main(String[] a) { \
         System.out.println(\"mhello \" + a.length + \" \" + Main.class.getModule().getName()); } }",
    ),
    (
        "mhello/mh/NoMain.java",
        "package mh; public class NoMain { }",
    ),
    (
        "mhello/mh/internal/Secret.java",
        "package mh.internal; public class Secret { public static void main(String[] a) { \
         System.out.println(\"secret\"); } }",
    ),
    (
        "mbroken/module-info.java",
        "module mbroken { requires nowhere; }",
    ),
    ("mbroken/mb/B.java", "package mb; public class B { }"),
];

fn build_module_fixtures(dir: &Path) {
    for (name, source) in MODULE_SOURCES {
        write(&dir.join("msrc").join(name), source.as_bytes());
    }
    let sources: Vec<String> = MODULE_SOURCES
        .iter()
        .filter(|(name, _)| name.starts_with("mhello/"))
        .map(|(name, _)| format!("msrc/{name}"))
        .collect();
    let mut javac = vec!["--module-source-path", "msrc", "-d", "mods"];
    javac.extend(sources.iter().map(String::as_str));
    tool("javac", dir, &javac);
    // A module whose dependence is missing is compiled as if it were not (javac would refuse).
    write(
        &dir.join("msrc-stub/nowhere/module-info.java"),
        b"module nowhere { }",
    );
    tool(
        "javac",
        dir,
        &[
            "--module-source-path",
            "msrc:msrc-stub",
            "-d",
            "mods-stub",
            "msrc/mbroken/module-info.java",
            "msrc/mbroken/mb/B.java",
            "msrc-stub/nowhere/module-info.java",
        ],
    );
    for made in ["jars", "plainjars", "dups"] {
        std::fs::create_dir_all(dir.join(made)).unwrap();
    }
    let broken = std::fs::read(dir.join("mods-stub/mbroken/module-info.class")).unwrap();
    write(&dir.join("broken-mods/mbroken/module-info.class"), &broken);
    tool(
        "jar",
        dir,
        &[
            "--create",
            "--file",
            "jars/mhello.jar",
            "--main-class",
            "mh.Main",
            "-C",
            "mods/mhello",
            ".",
        ],
    );
    tool(
        "jar",
        dir,
        &[
            "--create",
            "--file",
            "plainjars/mhello.jar",
            "-C",
            "mods/mhello",
            ".",
        ],
    );
    // A patch of mhello's main class (`--patch-module mhello=patch/mhello`).
    write(
        &dir.join("psrc/mh/Main.java"),
        b"package mh; public class Main { public static void main(String[] a) { \
          System.out.println(\"patched \" + Main.class.getModule()); } }",
    );
    tool(
        "javac",
        dir,
        &[
            "-d",
            "patch/mhello",
            "--patch-module",
            "mhello=mods/mhello",
            "psrc/mh/Main.java",
        ],
    );
    // Two modules of the same name in one directory.
    std::fs::copy(dir.join("jars/mhello.jar"), dir.join("dups/a.jar")).unwrap();
    std::fs::copy(dir.join("jars/mhello.jar"), dir.join("dups/b.jar")).unwrap();
}

//! Informational options (version, help), accepted options, warnings and argument files,
//! compared with HotSpot's `java` 17 where Cortado must behave alike, and checked against
//! Cortado's own texts where it differs by design (its VM line and usage text).

mod launcher_support;

use launcher_support::{Outcome, Run, assert_same, assert_same_run, fixtures};

const VM_LINE: &str = concat!(
    "Cortado 64-Bit VM (build ",
    env!("CARGO_PKG_VERSION"),
    ", interpreted mode)"
);

fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// Checks that `text` is `java`'s version text with Cortado's VM line in place of HotSpot's.
fn assert_cortado_version(cortado: &str, java: &str) {
    let (cortado, java) = (lines(cortado), lines(java));
    assert_eq!(cortado.len(), 3, "{cortado:?}");
    assert_eq!(
        cortado[..2],
        java[..2],
        "the class library's lines are java's"
    );
    assert_eq!(cortado[2], VM_LINE);
    assert!(java[2].starts_with("OpenJDK 64-Bit Server VM (build "));
}

#[test]
fn version_to_stderr_and_exit() {
    let run = Run::new(&["-version", "-foo", "Main"]);
    let (cortado, java) = (run.cortado(), run.java());
    assert_eq!((cortado.code, java.code), (Some(0), Some(0)));
    assert_eq!((cortado.stdout.as_str(), java.stdout.as_str()), ("", ""));
    assert_cortado_version(&cortado.stderr, &java.stderr);
    assert!(lines(&java.stderr)[0].starts_with("openjdk version \""));
}

#[test]
fn version_to_stdout_and_exit() {
    let run = Run::new(&["--version"]);
    let (cortado, java) = (run.cortado(), run.java());
    assert_eq!((cortado.code, java.code), (Some(0), Some(0)));
    assert_eq!((cortado.stderr.as_str(), java.stderr.as_str()), ("", ""));
    assert_cortado_version(&cortado.stdout, &java.stdout);
    assert!(!lines(&java.stdout)[0].contains("version"));
}

#[test]
fn show_version_continues() {
    let run = Run::new(&["-showversion", "-cp", "cls", "--dry-run", "Hello"]);
    let (cortado, java) = (run.cortado(), run.java());
    assert_eq!((cortado.code, java.code), (Some(0), Some(0)));
    assert_cortado_version(&cortado.stderr, &java.stderr);
    let run = Run::new(&["--show-version", "-cp", "cls", "--dry-run", "Hello"]);
    let (cortado, java) = (run.cortado(), run.java());
    assert_eq!((cortado.code, java.code), (Some(0), Some(0)));
    assert_cortado_version(&cortado.stdout, &java.stdout);
    // The version comes first, the main class's error after it.
    let run = Run::new(&["-showversion", "-cp", "cls", "NoMain"]);
    let (cortado, java) = (run.cortado(), run.java());
    assert_eq!(cortado.code, java.code);
    assert_eq!(lines(&cortado.stderr)[3..], lines(&java.stderr)[3..]);
}

#[test]
fn version_uses_the_java_home_release_file() {
    let home = fixtures().join("fake-jdk");
    std::fs::create_dir_all(home.join("lib")).unwrap();
    std::fs::write(home.join("lib/modules"), b"").unwrap();
    std::fs::write(
        home.join("release"),
        "JAVA_VERSION=\"17.0.99\"\nJAVA_RUNTIME_VERSION=\"17.0.99+1-LTS\"\nJAVA_VERSION_DATE=\"2030-01-01\"\n",
    )
    .unwrap();
    let out = Run::new(&["--java-home", home.to_str().unwrap(), "-version"]).cortado();
    assert_eq!(out.code, Some(0));
    assert_eq!(
        lines(&out.stderr),
        [
            "openjdk version \"17.0.99\" 2030-01-01 LTS",
            "OpenJDK Runtime Environment (build 17.0.99+1-LTS)",
            VM_LINE
        ]
    );
    let out = Run::new(&["-version"])
        .env("JAVA_HOME", "/nonexistent")
        .cortado();
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr
            .starts_with("Error: Cortado needs the class library of a JDK 17"),
        "{out:?}"
    );
    assert!(
        out.stderr
            .contains("JAVA_HOME=/nonexistent: not a directory"),
        "{out:?}"
    );
}

#[test]
fn full_version_is_the_class_library_build() {
    assert_same(&["-fullversion"]);
    assert_same(&["--full-version"]);
}

const USAGE_START: &str = "Usage: cortado [options] <mainclass> [args...]\n";

/// Checks that both printed a usage text on the same stream with the same status.
fn assert_usage(run: &Run, on_stdout: bool, code: i32) -> (Outcome, Outcome) {
    let (cortado, java) = (run.cortado(), run.java());
    assert_eq!(
        (cortado.code, java.code),
        (Some(code), Some(code)),
        "{run:?}"
    );
    let pick = |o: &Outcome| {
        if on_stdout {
            o.stdout.clone()
        } else {
            o.stderr.clone()
        }
    };
    let other = |o: &Outcome| {
        if on_stdout {
            o.stderr.clone()
        } else {
            o.stdout.clone()
        }
    };
    assert_eq!(other(&cortado), other(&java), "{run:?}");
    assert!(!pick(&java).is_empty());
    assert!(!pick(&cortado).is_empty());
    (cortado, java)
}

#[test]
fn usage_without_a_program() {
    let (cortado, _) = assert_usage(&Run::new(&[]), false, 1);
    assert!(cortado.stderr.starts_with(USAGE_START));
    let (cortado, _) = assert_usage(&Run::new(&["-cp", "cls"]), false, 1);
    assert!(cortado.stderr.starts_with(USAGE_START));
    assert_usage(&Run::new(&["-jar", "-Xint"]), false, 1);
    assert_usage(&Run::new(&["-Xint", "-ea"]), false, 1);
    assert_usage(&Run::new(&["--dry-run"]), false, 1);
    // --show-version sends the version and the usage to stdout.
    let (cortado, _) = assert_usage(&Run::new(&["--show-version"]), true, 1);
    assert_eq!(lines(&cortado.stdout)[2], VM_LINE);
}

#[test]
fn jar_without_a_file_prints_the_error_then_the_usage() {
    let (cortado, java) = assert_usage(&Run::new(&["-jar"]), false, 1);
    let first = "Error: -jar requires jar file specification\n";
    assert!(java.stderr.starts_with(first));
    assert_eq!(
        cortado.stderr,
        format!("{first}{}", &cortado.stderr[first.len()..])
    );
    assert!(cortado.stderr[first.len()..].starts_with(USAGE_START));
}

#[test]
fn help_options() {
    for option in ["-help", "-h", "-?"] {
        let (cortado, _) = assert_usage(&Run::new(&[option]), false, 0);
        assert!(cortado.stderr.starts_with(USAGE_START));
    }
    let (cortado, _) = assert_usage(&Run::new(&["--help"]), true, 0);
    assert!(cortado.stdout.starts_with(USAGE_START));
    assert!(cortado.stdout.contains("\n    --java-home <directory>\n"));
    for (option, on_stdout) in [("-X", false), ("--help-extra", true)] {
        let (cortado, _) = assert_usage(&Run::new(&[option]), on_stdout, 0);
        let text = if on_stdout {
            cortado.stdout
        } else {
            cortado.stderr
        };
        assert!(text.contains("\n    -Xmx<size>        set maximum Java heap size\n"));
    }
    // Help stops option processing: later errors are not seen.
    assert_usage(&Run::new(&["-help", "-foo"]), false, 0);
    // --show-version sends the help to stdout too.
    let (cortado, _) = assert_usage(&Run::new(&["--show-version", "-help"]), true, 0);
    assert!(
        lines(&cortado.stdout)[3..]
            .join("\n")
            .starts_with(USAGE_START.trim_end())
    );
}

#[test]
fn accepted_options() {
    let accepted: &[&[&str]] = &[
        &[
            "-Xint",
            "-Xmixed",
            "-Xcomp",
            "-Xbatch",
            "-Xrs",
            "-Xcheck:jni",
            "-Xnoclassgc",
        ],
        &[
            "-Xshare:auto",
            "-Xshare:on",
            "-Xshare:off",
            "-Xverify",
            "-Xverify:all",
            "-Xverify:remote",
        ],
        &[
            "-Xmx64m", "-Xms16m", "-Xmn4m", "-Xss1m", "-Xms0", "-Xss0", "-Xss1g", "-Xmx2m",
            "-Xmx16t",
        ],
        &["-Xmx0x10000000", "-Xss139263", "-Xmn1", "-Xmn2g", "-Xmx1g"],
        &["-Dx=1", "-Dy", "-D", "-D=v", "-Dfile.encoding=UTF-8"],
        &[
            "-ea",
            "-ea:",
            "-ea:...",
            "-ea:pkg...",
            "-da:pkg.Foo",
            "-esa",
            "-dsa",
        ],
        &[
            "-enableassertions:a.b...",
            "-disableassertions",
            "-enablesystemassertions",
        ],
        &[
            "-verbose:foo",
            "-verbosefoo",
            "-Xlog:disable",
            "-Xdebug",
            "-Xnoagent",
        ],
        &[
            "-XX:+UseSerialGC",
            "-XX:-UseSerialGC",
            "-XX:+PrintCompilation",
            "-XX:-PrintCompilation",
        ],
        &[
            "-XX:TieredStopAtLevel=1",
            "-XX:TieredStopAtLevel=01",
            "-XX:SoftRefLRUPolicyMSPerMB=0",
        ],
        &[
            "-XX:MaxHeapSize=64m",
            "-XX:NewSize=1k",
            "-XX:MaxJavaStackTraceDepth=10",
        ],
        &[
            "-XX:+UnlockDiagnosticVMOptions",
            "-XX:-StackTraceInThrowable",
            "-XX:-UseTLAB",
        ],
        &[
            "--add-opens",
            "java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
        ],
        &[
            "--add-exports",
            "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-modules",
            "java.sql",
        ],
        &[
            "--limit-modules",
            "java.base",
            "--module-path",
            "src",
            "-p",
            "src",
        ],
        &[
            "--upgrade-module-path=src",
            "--enable-preview",
            "--enable-native-access=ALL-UNNAMED",
        ],
        &[
            "-Xbootclasspath/a:cls",
            "-Xdiag",
            "-splash:x.png",
            "-ms16m",
            "-mx64m",
        ],
    ];
    for options in accepted {
        let mut args = options.to_vec();
        args.push("-version");
        let run = Run::new(&args);
        let (cortado, java) = (run.cortado(), run.java());
        assert_eq!(
            (cortado.code, java.code),
            (Some(0), Some(0)),
            "{args:?}: {cortado:?}"
        );
        assert_eq!(cortado.stdout, java.stdout, "{args:?}");
        assert_cortado_version(&cortado.stderr, &java.stderr);
    }
}

#[test]
fn options_after_the_main_class_belong_to_the_program() {
    assert_same(&[
        "-cp",
        "cls",
        "--dry-run",
        "Hello",
        "-foo",
        "-Xmx12q",
        "-version",
        "@missing",
    ]);
    assert_same(&["--dry-run", "-jar", "ok.jar", "-jar", "-XX:+Foo"]);
    assert_same(&["--dry-run", "-jar", "-Xint", "ok.jar"]);
}

/// Cortado's warnings are HotSpot's with Cortado's VM name.
fn assert_same_but_vm_name(args: &[&str]) {
    let run = Run::new(args);
    let (cortado, java) = (run.cortado(), run.java());
    assert_eq!(cortado.code, java.code, "{args:?}");
    assert_eq!(cortado.stdout, java.stdout, "{args:?}");
    let expected = java.stderr.replace(
        "OpenJDK 64-Bit Server VM warning:",
        "Cortado 64-Bit VM warning:",
    );
    assert_eq!(cortado.stderr, expected, "{args:?}");
}

#[test]
fn vm_warnings() {
    assert_same_but_vm_name(&["-Xverify:none", "-cp", "cls", "--dry-run", "Hello"]);
    assert_same_but_vm_name(&["-noverify", "-cp", "cls", "--dry-run", "Hello"]);
    assert_same_but_vm_name(&["-Xverify:none", "-Xfoo"]);
    assert_same_but_vm_name(&[
        "--illegal-access=permit",
        "-cp",
        "cls",
        "--dry-run",
        "Hello",
    ]);
    assert_same_but_vm_name(&["-Djdk.module.addmods=x", "-cp", "cls", "--dry-run", "Hello"]);
}

#[test]
fn launcher_warnings() {
    assert_same(&["-cs", "-cp", "cls", "--dry-run", "Hello"]);
    assert_same(&[
        "-noasyncgc",
        "-checksource",
        "-cp",
        "cls",
        "--dry-run",
        "Hello",
    ]);
    assert_same(&["-Xfuture", "-cp", "cls", "--dry-run", "Hello"]);
}

/// Writes an argument file into the fixtures and returns its `@name`.
fn arg_file(name: &str, contents: &str) -> String {
    std::fs::write(fixtures().join(name), contents).unwrap();
    format!("@{name}")
}

#[test]
fn argument_files() {
    // The main class named in each file shows how the file was split.
    let cases = [
        ("af-plain", "-cp cls\n--dry-run Hello"),
        ("af-quotes", "-cp \"cl\"'s' \"a b\"\"c\"'d'"),
        ("af-escapes", "-cp cls \"a\\tb\\nc\\\\d\\\"e\\x\""),
        ("af-unquoted-backslash", "-cp cls a\\b\\\\c"),
        ("af-continuation", "-cp cls \"No\\\n     Main\""),
        ("af-crlf-continuation", "-cp cls \"No\\\r\n  Main\""),
        (
            "af-comments",
            "# comment\n-cp cls #another\n  NoMain # trailing",
        ),
        ("af-comment-in-word", "-cp cls -Dx=a#b\nNoMain"),
        ("af-comment-after-quote", "-cp cls \"No\"#c\nMain"),
        ("af-open-quote", "-cp cls \"open quote\nNoMain"),
        ("af-empty-quotes", "-cp cls '' x"),
        (
            "af-program-args",
            "-cp cls --dry-run Hello a 'b c' @missing",
        ),
        ("af-jar", "--dry-run -jar\nok.jar"),
        ("af-missing-value", "-cp"),
    ];
    for (name, contents) in cases {
        let at = arg_file(name, contents);
        assert_same(&[&at]);
    }
    let empty = arg_file("af-empty", "  \n# nothing\n");
    assert_usage(&Run::new(&[&empty]), false, 1);
    assert_same(&[&empty, "-cp", "cls", "--dry-run", "Hello"]);
    let options = arg_file("af-options", "-cp cls");
    assert_same(&[&options, "NoMain"]);
    assert_same(&["-cp", "cls", &options, "NoMain"]);
    assert_same(&["@missing-argument-file"]);
    assert_same(&["-cp", "cls", "NoMain", "@missing-argument-file"]);
    let nested = arg_file("af-nested", "@af-options NoMain");
    assert_same(&[&nested]);
    let terminal = arg_file("af-version", "-version");
    assert_same_run(&Run::new(&["-cp", "cls", "Hello"]).env("JDK_JAVA_OPTIONS", &terminal));
    let main = arg_file("af-main", "-cp cls Hello");
    assert_same_run(&Run::new(&["-version"]).env("JDK_JAVA_OPTIONS", &main));
    assert_same_run(&Run::new(&["NoMain"]).env("JDK_JAVA_OPTIONS", &options));
}

#[test]
fn show_settings_runs_the_jdk_launcher_helper_first() {
    // The VM's name and its heap estimate are Cortado's own: compare the sections that do not
    // show them, with a program run after them (so no version line either).
    assert_same(&["-XshowSettings:locale", "-cp", "cls", "Hello"]);
    assert_same(&["-XshowSettings:system", "-cp", "cls", "Hello"]);
    assert_same(&["-XshowSettings:security:providers", "-cp", "cls", "Hello"]);
    let run = Run::new(&[
        "-XshowSettings:vm",
        "-Xms16m",
        "-Xmx64m",
        "-Xss2m",
        "-cp",
        "cls",
        "Hello",
    ]);
    let (java, cortado) = (run.java(), run.cortado());
    let vm_line = |text: &str| {
        text.lines()
            .filter(|line| !line.starts_with("    Using VM:"))
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(vm_line(&cortado.stderr), vm_line(&java.stderr));
    assert!(
        java.stderr.contains("Max. Heap Size: 64.00M"),
        "{}",
        java.stderr
    );
    assert_eq!((cortado.stdout, cortado.code), (java.stdout, java.code));
}

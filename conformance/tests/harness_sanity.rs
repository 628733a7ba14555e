//! Sanity tests of the harness itself: HotSpot against itself passes; fake VMs that change
//! stdout, stderr or the exit code are caught; the known-failures rules are enforced and the
//! update mode rewrites the list.

use conformance::jdk::Jdk;
use conformance::known::Verdict;
use conformance::run::Vm;
use conformance::{Config, Summary, run_suite};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

const HELLO: &str = "public class Hello {\n    public static void main(String[] args) {\n        \
                     System.out.println(\"hello \" + args.length);\n    }\n}\n";
const FAILING: &str = "// waits: #6 declared reason\n// args: x y\npublic class Failing {\n    \
                       public static void main(String[] args) {\n        System.err.println(args[1]);\n        \
                       System.exit(3);\n    }\n}\n";

/// A fresh directory with the two programs and an empty known-failures file.
fn sandbox(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("conformance-sanity-{}-{name}", std::process::id()));
    if dir.exists() {
        fs::remove_dir_all(&dir).unwrap();
    }
    fs::create_dir_all(dir.join("programs/more")).unwrap();
    fs::write(dir.join("programs/Hello.java"), HELLO).unwrap();
    fs::write(dir.join("programs/more/Failing.java"), FAILING).unwrap();
    fs::write(dir.join("known.txt"), "# Known failures.\n").unwrap();
    dir
}

/// Serialises the tests of this file: each starts dozens of JVMs, and the machine is small.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn hotspot(jdk: &Jdk) -> Vm {
    Vm {
        name: "hotspot".into(),
        launcher: jdk.java(),
        leading_options: Vec::new(),
    }
}

/// A fake VM: a shell script running real `java` with `tail` appended to it.
fn fake_vm(dir: &Path, jdk: &Jdk, tail: &str) -> Vm {
    let script = dir.join("fake-vm.sh");
    fs::write(
        &script,
        format!(
            "#!/bin/sh\n\"{}\" \"$@\"\ncode=$?\n{tail}\n",
            jdk.java().display()
        ),
    )
    .unwrap();
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
    Vm {
        name: "fake".into(),
        launcher: script,
        leading_options: Vec::new(),
    }
}

/// HotSpot as the candidate, under its own name (and so its own scratch directories).
fn hotspot_candidate(jdk: &Jdk) -> Vm {
    Vm {
        name: "hotspot-candidate".into(),
        ..hotspot(jdk)
    }
}

fn config(dir: &Path, candidate: Vm) -> Config {
    let jdk = Jdk::discover().unwrap();
    Config {
        programs_dir: dir.join("programs"),
        known_failures: dir.join("known.txt"),
        work_dir: dir.join("work"),
        reference: hotspot(&jdk),
        candidate,
        jdk,
        jobs: 2,
        filter: Vec::new(),
        update_known: false,
        cache_reference: false,
    }
}

fn suite(config: &Config) -> Summary {
    let mut log = Vec::new();
    let summary = run_suite(config, &mut log).unwrap();
    eprintln!("{}", String::from_utf8_lossy(&log));
    summary
}

fn verdict(summary: &Summary, name: &str) -> Verdict {
    summary
        .results
        .iter()
        .find(|result| result.name == name)
        .unwrap()
        .verdict
}

fn mismatch<'a>(summary: &'a Summary, name: &str) -> &'a str {
    let result = summary
        .results
        .iter()
        .find(|result| result.name == name)
        .unwrap();
    result.mismatch.as_deref().unwrap_or("")
}

#[test]
fn hotspot_against_itself_passes() {
    let _serial = serial();
    let dir = sandbox("self");
    let jdk = Jdk::discover().unwrap();
    let summary = suite(&config(&dir, hotspot_candidate(&jdk)));
    assert!(summary.is_success());
    assert_eq!(
        summary.line(),
        "conformance: 2 passed, 0 known failures, 0 unexpected"
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn differences_in_each_stream_and_the_exit_code_are_caught() {
    let _serial = serial();
    let jdk = Jdk::discover().unwrap();
    let cases = [
        ("stdout", "echo extra; exit $code", "+extra"),
        ("stderr", "echo extra >&2; exit $code", "stderr differs"),
        (
            "exit",
            "exit 42",
            "exit: hotspot exit code 0, fake exit code 42",
        ),
    ];
    for (name, tail, evidence) in cases {
        let dir = sandbox(name);
        let summary = suite(&config(&dir, fake_vm(&dir, &jdk, tail)));
        assert!(!summary.is_success(), "{name}");
        assert_eq!(
            verdict(&summary, "Hello"),
            Verdict::UnexpectedFailure,
            "{name}"
        );
        assert!(
            mismatch(&summary, "Hello").contains(evidence),
            "{name}: {}",
            mismatch(&summary, "Hello")
        );
        assert_eq!(
            summary.line(),
            "conformance: 0 passed, 2 known failures, 2 unexpected"
        );
        fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn known_failures_must_fail_and_only_they_may() {
    let _serial = serial();
    let jdk = Jdk::discover().unwrap();
    let dir = sandbox("known");
    fs::write(
        dir.join("known.txt"),
        "# Known failures.\n\nFailing  #6  threads\nHello #3\n",
    )
    .unwrap();
    let config_fake = config(&dir, fake_vm(&dir, &jdk, "exit 42"));
    let summary = suite(&config_fake);
    assert!(summary.is_success());
    assert_eq!(
        summary.line(),
        "conformance: 0 passed, 2 known failures, 0 unexpected"
    );

    // The same list against a VM that passes: both entries are unexpected passes.
    let summary = suite(&config(&dir, hotspot_candidate(&jdk)));
    assert_eq!(verdict(&summary, "Hello"), Verdict::UnexpectedPass);
    assert_eq!(
        summary.line(),
        "conformance: 2 passed, 0 known failures, 2 unexpected"
    );

    // An entry naming no program is stale.
    fs::write(dir.join("known.txt"), "Failing #6\nHello #3\nGone #4\n").unwrap();
    let summary = suite(&config_fake);
    assert_eq!(summary.stale_entries, ["Gone"]);
    assert!(!summary.is_success());

    // A filter runs one program and ignores the others' entries.
    let mut filtered = config_fake.clone();
    filtered.filter = vec!["Hell".into()];
    let summary = suite(&filtered);
    assert_eq!(summary.results.len(), 1);
    assert!(summary.is_success());
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn update_mode_rewrites_the_list_keeping_annotations() {
    let _serial = serial();
    let jdk = Jdk::discover().unwrap();
    let dir = sandbox("update");
    fs::write(
        dir.join("known.txt"),
        "# Known failures.\n\nGone #4 removed program\n",
    )
    .unwrap();
    let mut update = config(&dir, fake_vm(&dir, &jdk, "exit 42"));
    update.update_known = true;
    let summary = suite(&update);
    assert!(summary.is_success());
    let text = fs::read_to_string(dir.join("known.txt")).unwrap();
    assert_eq!(
        text,
        "# Known failures.\n\nFailing  #6   declared reason\nHello    #3\n"
    );

    // Annotations already in the list win over the programs' `waits:` directives.
    fs::write(dir.join("known.txt"), "Failing #9 edited\n").unwrap();
    suite(&update);
    let text = fs::read_to_string(dir.join("known.txt")).unwrap();
    assert_eq!(text, "Failing  #9   edited\nHello    #3\n");

    // Against a passing VM the list empties.
    update.candidate = hotspot_candidate(&jdk);
    suite(&update);
    assert_eq!(fs::read_to_string(dir.join("known.txt")).unwrap(), "");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn reference_outcomes_are_cached() {
    let _serial = serial();
    let jdk = Jdk::discover().unwrap();
    let dir = sandbox("cache");
    let mut cached = config(&dir, hotspot_candidate(&jdk));
    cached.cache_reference = true;
    assert!(suite(&cached).is_success());
    let cache = dir.join("work/reference-cache");
    let entries = fs::read_dir(&cache).unwrap().count();
    assert_eq!(entries, 6, "stdout, stderr and exit of two programs");
    // A cached outcome is used as is: tampering with it shows as a difference.
    for entry in fs::read_dir(&cache).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().contains("Hello-") && path.extension().unwrap() == "stdout" {
            fs::write(path, "tampered\n").unwrap();
        }
    }
    let summary = suite(&cached);
    assert_eq!(verdict(&summary, "Hello"), Verdict::UnexpectedFailure);
    assert!(mismatch(&summary, "Hello").contains("-tampered"));
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn programs_of_one_package_are_kept_apart() {
    let _serial = serial();
    let jdk = Jdk::discover().unwrap();
    let dir = sandbox("packages");
    fs::create_dir_all(dir.join("programs/shared")).unwrap();
    for class in ["First", "Second"] {
        let source = format!(
            "package shared;\n\npublic class {class} {{\n    public static void main(String[] args) {{\n        \
             System.out.println(\"{class}\");\n    }}\n}}\n"
        );
        fs::write(
            dir.join("programs/shared").join(format!("{class}.java")),
            source,
        )
        .unwrap();
    }
    let mut cached = config(&dir, hotspot_candidate(&jdk));
    cached.cache_reference = true;
    // The second run reads every outcome from the cache.
    for _ in 0..2 {
        let summary = suite(&cached);
        assert!(summary.is_success());
        assert_eq!(
            summary.line(),
            "conformance: 4 passed, 0 known failures, 0 unexpected"
        );
    }
    let summary = suite(&cached);
    let names: Vec<&str> = summary
        .results
        .iter()
        .map(|result| result.name.as_str())
        .collect();
    assert_eq!(names, ["Failing", "Hello", "shared.First", "shared.Second"]);
    fs::remove_dir_all(dir).unwrap();
}

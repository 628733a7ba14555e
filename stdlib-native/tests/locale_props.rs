//! The locale-dependent system properties (`user.language`, `user.country`, `user.script`,
//! `file.encoding`...) under several `LANG`/`LC_*` settings, against HotSpot. The environment
//! of a process cannot change safely while its threads run, so each setting runs a child
//! process: this test binary again, running only `print_locale_properties`.

mod common;

use std::process::Command;

use runtime::Value;

/// Where the child finds the compiled classes.
const CLASSES_VAR: &str = "CORTADO_TEST_CLASSES";

const SETTINGS: [&[(&str, &str)]; 6] = [
    &[("LANG", "C.UTF-8")],
    &[("LANG", "en_US.UTF-8")],
    &[("LANG", "C.utf8@latin")],
    &[("LC_ALL", "POSIX"), ("LANG", "C.UTF-8")],
    &[("LANG", "C.UTF-8"), ("LC_MESSAGES", "de_DE.UTF-8")],
    &[("LANG", "C"), ("LC_CTYPE", "C.UTF-8")],
];

/// The locale variables cleared before each setting is applied.
const LOCALE_VARS: [&str; 4] = ["LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES"];

#[test]
fn locale_properties_match_hotspot() {
    let classes = common::compile(&["Props.java"]);
    for setting in SETTINGS {
        let mut env: Vec<(&str, &str)> = LOCALE_VARS.iter().map(|v| (*v, "")).collect();
        env.extend_from_slice(setting);
        let expected = common::java_in_env(&env, &[], classes.path(), "Props", &[]);
        let me = std::env::current_exe().expect("test binary");
        let out = Command::new(me)
            .args([
                "--exact",
                "print_locale_properties",
                "--ignored",
                "--nocapture",
            ])
            .env(CLASSES_VAR, classes.path())
            .envs(env.iter().copied())
            .output()
            .expect("run child");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let actual: String = stdout
            .split("<<props>>")
            .nth(1)
            .unwrap_or_else(|| panic!("child output {stdout}"))
            .to_string();
        assert_eq!(actual, expected, "under {setting:?}");
    }
}

#[test]
#[ignore = "run by locale_properties_match_hotspot in a child process with its environment"]
fn print_locale_properties() {
    let classes = std::env::var(CLASSES_VAR).expect("started by locale_properties_match_hotspot");
    let vm = common::vm(std::path::Path::new(&classes));
    let text = match vm.call_static("Props", "describe", "()Ljava/lang/String;", &[]) {
        Ok(Value::Ref(Some(s))) => vm.with_thread(|t| runtime::strings::string_value(t, s)),
        other => format!("{other:?}"),
    };
    println!("<<props>>{text}<<props>>");
}

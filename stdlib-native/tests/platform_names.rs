//! File names beyond ASCII under a UTF-8 locale and under the C locale (where libjava sends
//! '?' for what US-ASCII cannot carry and reads bytes above 127 as U+FFFD), against HotSpot.
//! Each locale runs in a child process: this test binary again, running only
//! `print_names_summary`.

mod common;

use std::process::Command;

use runtime::Value;

const CLASSES_VAR: &str = "CORTADO_TEST_CLASSES";
const DIR_VAR: &str = "CORTADO_TEST_DIR";

#[test]
fn non_ascii_file_names_match_hotspot() {
    let classes = common::compile(&["Names.java"]);
    for lang in ["C.UTF-8", "C"] {
        let env = [("LANG", lang), ("LC_ALL", ""), ("LC_CTYPE", "")];
        let hotspot_dir = common::TempDir::new("names-hotspot");
        let hotspot_base = hotspot_dir.path().to_string_lossy().into_owned();
        let expected = common::java_in_env(&env, &[], classes.path(), "Names", &[&hotspot_base]);
        let dir = common::TempDir::new("names-cortado");
        let out = Command::new(std::env::current_exe().expect("test binary"))
            .args(["--exact", "print_names_summary", "--ignored", "--nocapture"])
            .env(CLASSES_VAR, classes.path())
            .env(DIR_VAR, dir.path())
            .envs(env)
            .output()
            .expect("run child");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let actual = stdout
            .split("<<names>>")
            .nth(1)
            .unwrap_or_else(|| panic!("child output {stdout}"));
        assert_eq!(actual, expected.trim_end(), "LANG={lang}");
    }
}

#[test]
#[ignore = "run by non_ascii_file_names_match_hotspot in a child process with its locale"]
fn print_names_summary() {
    let classes = std::env::var(CLASSES_VAR).expect("started by the parent test");
    let dir = std::env::var(DIR_VAR).expect("started by the parent test");
    let vm = common::vm(std::path::Path::new(&classes));
    let base = vm
        .with_thread(|t| runtime::strings::new_string(t, &dir))
        .expect("string");
    let text = match vm.call_static(
        "Names",
        "run",
        "(Ljava/lang/String;)Ljava/lang/String;",
        &[Value::Ref(Some(base))],
    ) {
        Ok(Value::Ref(Some(s))) => vm.with_thread(|t| runtime::strings::string_value(t, s)),
        other => format!("{other:?}"),
    };
    println!("<<names>>{text}<<names>>");
}

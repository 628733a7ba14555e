//! `java.io.File` over the `UnixFileSystem` natives, and the failures of opening streams,
//! through the JDK's own classes, against HotSpot running the same methods.

mod common;

use runtime::Value;

fn run_on_cortado(vm: &runtime::Vm, method: &str, arg: &str) -> String {
    let s = vm
        .with_thread(|t| runtime::strings::new_string(t, arg))
        .expect("string");
    match vm.call_static(
        "FileIo",
        method,
        "(Ljava/lang/String;)Ljava/lang/String;",
        &[Value::Ref(Some(s))],
    ) {
        Ok(Value::Ref(Some(r))) => vm.with_thread(|t| runtime::strings::string_value(t, r)),
        other => format!("{other:?}"),
    }
}

#[test]
fn file_operations_match_hotspot() {
    let classes = common::compile(&["FileIo.java"]);
    let hotspot_dir = common::TempDir::new("file-hotspot");
    let hotspot_base = hotspot_dir.path().to_string_lossy().into_owned();
    let expected = common::java(classes.path(), "FileIo", &[&hotspot_base]);
    let dir = common::TempDir::new("file-cortado");
    let base = dir.path().to_string_lossy().into_owned();
    let vm = common::vm(classes.path());
    let actual = [
        run_on_cortado(&vm, "failures", &format!("{base}/no/such")),
        run_on_cortado(&vm, "files", &base),
    ];
    let expected: Vec<String> = expected
        .lines()
        .map(|l| l.replace(&hotspot_base, &base))
        .collect();
    assert_eq!(actual.to_vec(), expected);
}

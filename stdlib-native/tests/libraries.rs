//! The JDK's own libraries load as built-ins through `BootLoader` and `NativeLibraries`
//! (`findBuiltinLib`, `load`, `System.mapLibraryName`, the boot loader's unnamed module), and a
//! missing one fails as on HotSpot.

mod common;

use runtime::Value;

const EXPORTS: [&str; 2] = ["--add-exports", "java.base/jdk.internal.loader=ALL-UNNAMED"];

#[test]
fn jdk_libraries_load_as_on_hotspot() {
    let classes = common::compile_with(&["Libraries.java"], &EXPORTS);
    let expected = common::java_with(&EXPORTS, classes.path(), "Libraries", &[]);
    let vm = common::vm(classes.path());
    // The step of System.initPhase1 that BootLoader's initialiser needs.
    vm.call_static("java.lang.System", "setJavaLangAccess", "()V", &[])
        .expect("setJavaLangAccess");
    let actual = match vm.call_static("Libraries", "load", "()Ljava/lang/String;", &[]) {
        Ok(Value::Ref(Some(s))) => vm.with_thread(|t| runtime::strings::string_value(t, s)),
        other => format!("{other:?}"),
    };
    assert_eq!(actual, expected.trim_end());
}

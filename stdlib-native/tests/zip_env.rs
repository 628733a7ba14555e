//! `CRC32`/`Adler32` against HotSpot's (the functions behind the natives: the classes
//! themselves load their library through `BootLoader`, which needs the module system of a
//! booted `System`), and `ProcessEnvironment` through the JDK's own `System.getenv`.

mod common;

use runtime::Value;

fn call(vm: &runtime::Vm, method: &str) -> String {
    match vm.call_static("ZipEnv", method, "()Ljava/lang/String;", &[]) {
        Ok(Value::Ref(Some(r))) => vm.with_thread(|t| runtime::strings::string_value(t, r)),
        other => format!("{other:?}"),
    }
}

#[test]
fn checksums_and_environment_match_hotspot() {
    let classes = common::compile(&["ZipEnv.java"]);
    let expected = common::java(classes.path(), "ZipEnv", &[]);
    let vm = common::vm(classes.path());
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(call(&vm, "environment"), expected[1]);

    use stdlib_native::zip_checksums::{adler32, crc32};
    let data: Vec<u8> = (0..100_000u32).map(|i| (i * 13 + (i >> 7)) as u8).collect();
    let c1 = crc32(crc32(0, &data[3..70_003]), &[255]);
    let a1 = adler32(adler32(1, &data), &[7]);
    let c2 = crc32(0, &data[..5000]);
    let a2 = adler32(1, &data[..5000]);
    assert_eq!(format!("{c1} {a1} {c2} {a2}"), expected[0]);
}

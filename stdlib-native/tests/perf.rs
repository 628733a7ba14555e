//! `jdk.internal.perf.Perf` counters (direct buffers over counter memory) as the class
//! library uses them, against HotSpot.

mod common;

use runtime::Value;

const EXPORTS: [&str; 2] = ["--add-exports", "java.base/jdk.internal.perf=ALL-UNNAMED"];

#[test]
fn perf_counters_match_hotspot() {
    let classes = common::compile_with(&["PerfUse.java"], &EXPORTS);
    let expected = common::java_with(&EXPORTS, classes.path(), "PerfUse", &[]);
    let expected: Vec<&str> = expected.lines().collect();
    let vm = common::vm(classes.path());
    let Ok(Value::Ref(Some(buffer))) =
        vm.call_static("PerfUse", "create", "()Ljava/nio/ByteBuffer;", &[])
    else {
        panic!("createLong failed");
    };
    // The counter's memory, through the buffer's address.
    let address = buffer
        .klass()
        .instance_field("address", "J")
        .map(|f| buffer.get_i64(f.offset))
        .expect("Buffer.address");
    let value = runtime::oops::raw::get_i64(address as usize, false);
    assert_eq!(value.to_string(), expected[1]);
    let checks = match vm.call_static(
        "PerfUse",
        "checks",
        "(Ljava/nio/ByteBuffer;)Ljava/lang/String;",
        &[Value::Ref(Some(buffer))],
    ) {
        Ok(Value::Ref(Some(s))) => vm.with_thread(|t| runtime::strings::string_value(t, s)),
        other => format!("{other:?}"),
    };
    assert_eq!(checks, expected[0]);
}

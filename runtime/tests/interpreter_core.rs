//! The execution core compared with HotSpot: every `t*` method of the Java classes in
//! `tests/java/core` runs on both VMs and must give the same result or exception.

mod common;

use common::java::assert_same_as_hotspot;

#[test]
fn arithmetic_corner_cases() {
    assert_same_as_hotspot(&["core"], &["Arith"]);
}

#[test]
fn fields() {
    assert_same_as_hotspot(&["core"], &["Fields"]);
}

#[test]
fn arrays() {
    assert_same_as_hotspot(&["core"], &["ArrayOps"]);
}

#[test]
fn strings() {
    assert_same_as_hotspot(&["core"], &["Strings"]);
}

#[test]
fn dispatch() {
    assert_same_as_hotspot(&["core"], &["Dispatch"]);
}

#[test]
fn class_initialisation() {
    assert_same_as_hotspot(&["core"], &["InitOrder"]);
}

#[test]
fn exceptions() {
    assert_same_as_hotspot(&["core"], &["Exceptions"]);
}

#[test]
fn class_metadata() {
    assert_same_as_hotspot(&["core"], &["ClassMeta"]);
}

#[test]
fn calls_and_returns() {
    assert_same_as_hotspot(&["core"], &["Calls"]);
}

//! First light: static calls, arithmetic, a VM-thrown exception and a string constant, compared
//! with HotSpot.

mod common;

#[test]
fn basic_matches_hotspot() {
    common::java::assert_same_as_hotspot(&["basic"], &["Basic"]);
}

//! Precise frame roots for code that is not verified: linking computes the reference maps of
//! an unverified class (old `jsr`/`ret` subroutines included) and refuses code the analysis
//! cannot handle with a `VerifyError`, so the moving collector never meets a frame it cannot
//! scan precisely. The program is the conformance suite's `gc/JsrRetSubroutines`.

mod common;

use std::path::Path;

use classfile::verifier::VerifyMode;
use common::TempDir;
use common::java::{javac, vm_with};
use runtime::Value;

fn compiled() -> TempDir {
    let dir = TempDir::new("jsr-ret");
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../conformance/programs/gc/JsrRetSubroutines.java");
    javac(dir.path(), &[source], &[]);
    dir
}

/// The checksum `JsrRetSubroutines.run(n)` computes (HotSpot agrees: the conformance suite
/// checks `main`, which prints it for 300 calls).
fn checksum(n: i64) -> i64 {
    (0..n)
        .map(|i| {
            let a = format!("a{i}");
            let hash = a
                .bytes()
                .fold(0i32, |h, c| h.wrapping_mul(31).wrapping_add(c.into()));
            (format!("b{i}").len() as i64) * 31 + i64::from(hash)
        })
        .sum()
}

#[test]
fn unverified_subroutines_run_under_the_stress_mode_with_maps_from_linking() {
    let dir = compiled();
    for mode in [VerifyMode::None, VerifyMode::Remote] {
        let vm = vm_with(dir.path(), |b| {
            b.verify_mode(mode).gc_stress(3).gc_verify(true)
        });
        let result = vm
            .call_static("JsrRetSubroutines", "run", "(I)J", &[Value::Int(40)])
            .unwrap_or_else(|e| panic!("{mode:?}: {e:?}"));
        assert_eq!(result, Value::Long(checksum(40)), "{mode:?}");
    }
}

#[test]
fn unanalysable_unverified_code_fails_linking_with_a_verify_error() {
    let dir = compiled();
    for mode in [VerifyMode::None, VerifyMode::Remote] {
        let vm = vm_with(dir.path(), |b| b.verify_mode(mode));
        let e = vm
            .call_static("JsrRetSubroutines", "linkInconsistent", "()V", &[])
            .expect_err("the class must not link");
        assert_eq!(e.class_name, "java.lang.VerifyError", "{mode:?}");
        let message = e.message.unwrap_or_default();
        assert!(
            message.contains("Inconsistent stack height") && message.contains("Inconsistent"),
            "{mode:?}: {message}"
        );
    }
}

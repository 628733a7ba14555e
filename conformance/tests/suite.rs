//! The conformance suite: every program in `programs/` on Cortado against HotSpot 17.

use conformance::{Config, run_suite};

#[test]
fn programs_behave_as_on_hotspot() {
    let config =
        Config::from_environment().unwrap_or_else(|error| panic!("conformance setup: {error}"));
    // Written to the real stderr (not libtest's capture) so the summary shows on success too.
    let summary = run_suite(&config, &mut std::io::stderr())
        .unwrap_or_else(|error| panic!("conformance: {error}"));
    assert!(summary.is_success(), "{}", summary.line());
}

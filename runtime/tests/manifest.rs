//! Jar manifest parsing per the jar file specification.

use runtime::classpath::manifest::{Manifest, ManifestError};

#[test]
fn main_attributes_are_found_case_insensitively() {
    let manifest = Manifest::parse(
        b"Manifest-Version: 1.0\r\nMain-Class: com.example.App\r\nCreated-By: 17 (Test)\r\n\r\n",
    )
    .unwrap();
    assert_eq!(manifest.main_class(), Some("com.example.App"));
    assert_eq!(
        manifest.main_attribute("main-class"),
        Some("com.example.App")
    );
    assert_eq!(manifest.main_attribute("MANIFEST-VERSION"), Some("1.0"));
    assert_eq!(manifest.main_attribute("Class-Path"), None);
    assert_eq!(manifest.main_attributes().len(), 3);
}

#[test]
fn continuation_lines_join_at_byte_level() {
    // Written as the jar tool wraps at 72 bytes, splitting "é" (C3 A9) across lines.
    let mut bytes =
        b"Manifest-Version: 1.0\nClass-Path: lib/a.jar lib/b.jar lib/c.jar lib/d.jar lib/e"
            .to_vec();
    bytes.extend_from_slice(b".jar lib/\xC3\n \xA9t\xC3\xA9.jar\n  dir/\nMain-Class: A\n");
    let manifest = Manifest::parse(&bytes).unwrap();
    assert_eq!(
        manifest.main_attribute("Class-Path"),
        Some("lib/a.jar lib/b.jar lib/c.jar lib/d.jar lib/e.jar lib/été.jar dir/")
    );
    assert_eq!(
        manifest.class_path(),
        [
            "lib/a.jar",
            "lib/b.jar",
            "lib/c.jar",
            "lib/d.jar",
            "lib/e.jar",
            "lib/été.jar",
            "dir/"
        ]
    );
    assert_eq!(manifest.main_class(), Some("A"));
}

#[test]
fn every_line_ending_is_accepted_and_the_last_newline_is_optional() {
    for text in [
        "Main-Class: A\nMulti-Release: true",
        "Main-Class: A\r\nMulti-Release: true\r\n",
        "Main-Class: A\rMulti-Release: true\r",
    ] {
        let manifest = Manifest::parse(text.as_bytes()).unwrap();
        assert_eq!(manifest.main_class(), Some("A"), "{text:?}");
        assert!(manifest.is_multi_release(), "{text:?}");
    }
}

#[test]
fn sections_follow_the_main_section() {
    let manifest = Manifest::parse(
        b"Main-Class: A\n\nName: com/example/\nSealed: true\n\n\nName: com/other/\nSealed: false\n",
    )
    .unwrap();
    assert_eq!(
        manifest.main_attributes(),
        [("Main-Class".into(), "A".into())]
    );
    let section = manifest.section("com/example/").unwrap();
    assert_eq!(section[1], ("Sealed".to_string(), "true".to_string()));
    assert_eq!(manifest.section("com/other/").unwrap()[1].1, "false");
    assert_eq!(manifest.section("com/none/"), None);
    assert_eq!(manifest.main_attribute("Sealed"), None);
}

#[test]
fn the_last_repeated_header_wins() {
    let manifest = Manifest::parse(b"Main-Class: First\nmain-class: Second\n").unwrap();
    assert_eq!(manifest.main_class(), Some("Second"));
}

#[test]
fn multi_release_needs_the_value_true() {
    let parse = |text: &str| Manifest::parse(text.as_bytes()).unwrap().is_multi_release();
    assert!(parse("Multi-Release: true\n"));
    assert!(parse("Multi-Release: TRUE\n"));
    assert!(!parse("Multi-Release: false\n"));
    assert!(!parse("Multi-Release: yes\n"));
    assert!(!parse("Manifest-Version: 1.0\n"));
}

#[test]
fn malformed_manifests_are_errors() {
    assert_eq!(
        Manifest::parse(b"Manifest-Version: 1.0\nno colon here\n"),
        Err(ManifestError::InvalidHeader { line: 2 })
    );
    assert_eq!(
        Manifest::parse(b"Main-Class:NoSpace\n"),
        Err(ManifestError::InvalidHeader { line: 1 })
    );
    assert_eq!(
        Manifest::parse(b" continued\n"),
        Err(ManifestError::ContinuationWithoutHeader { line: 1 })
    );
    assert_eq!(
        Manifest::parse(b"Main-Class: \xFF\xFE\n"),
        Err(ManifestError::NotUtf8 { line: 1 })
    );
    assert_eq!(Manifest::parse(b"").unwrap(), Manifest::default());
}

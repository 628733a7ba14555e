//! Jar files: entries, manifests, multi-release lookup, Class-Path resolution, threads.

mod common;

use std::path::Path;
use std::sync::Arc;

use common::{TempDir, write_jar};
use runtime::classpath::jar::{ClassPathReference, JarFile};

#[test]
fn entries_are_read_by_exact_name() {
    let dir = TempDir::new("jar-entries");
    let path = dir.path().join("app.jar");
    let big = vec![7u8; 100_000];
    write_jar(
        &path,
        None,
        &[
            ("com/example/App.class", b"\xCA\xFE\xBA\xBEapp"),
            ("com/example/", b""),
            ("data.bin", &big),
        ],
    );
    let jar = JarFile::open(&path).unwrap();
    assert_eq!(
        jar.read("com/example/App.class").unwrap().unwrap(),
        b"\xCA\xFE\xBA\xBEapp"
    );
    assert_eq!(jar.read("data.bin").unwrap().unwrap(), big);
    assert_eq!(jar.read("com/example/Missing.class").unwrap(), None);
    assert_eq!(jar.read("/com/example/App.class").unwrap(), None);
    assert!(jar.contains("com/example/"));
    assert!(!jar.contains("com/example"));
    assert!(jar.manifest().is_none());
    assert!(!jar.is_multi_release());
    let mut names: Vec<&str> = jar.entry_names().collect();
    names.sort();
    assert_eq!(names, ["com/example/", "com/example/App.class", "data.bin"]);
}

#[test]
fn the_manifest_is_parsed_on_open() {
    let dir = TempDir::new("jar-manifest");
    let path = dir.path().join("app.jar");
    write_jar(
        &path,
        Some("Manifest-Version: 1.0\r\nMain-Class: com.example.App\r\n\r\n"),
        &[],
    );
    let jar = JarFile::open(&path).unwrap();
    assert_eq!(
        jar.manifest().unwrap().main_class(),
        Some("com.example.App")
    );
}

#[test]
fn files_that_are_not_jars_and_bad_manifests_are_errors() {
    let dir = TempDir::new("jar-bad");
    let text = dir.write("not-a.jar", b"just some text, no zip here");
    assert_eq!(
        JarFile::open(&text).unwrap_err().kind(),
        std::io::ErrorKind::InvalidData
    );
    let bad = dir.path().join("bad-manifest.jar");
    write_jar(&bad, Some("Main-Class com.example.App\n"), &[]);
    let error = JarFile::open(&bad).unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidData);
    assert!(
        error.to_string().contains("invalid header field (line 1)"),
        "{error}"
    );
    let missing = dir.path().join("missing.jar");
    assert_eq!(
        JarFile::open(&missing).unwrap_err().kind(),
        std::io::ErrorKind::NotFound
    );
    // A jar cut short loses its central directory.
    let good = dir.path().join("good.jar");
    write_jar(&good, None, &[("a.class", b"0123456789")]);
    let cut = dir.write("cut.jar", &std::fs::read(&good).unwrap()[..40]);
    assert_eq!(
        JarFile::open(&cut).unwrap_err().kind(),
        std::io::ErrorKind::InvalidData
    );
}

fn versioned_jar(dir: &TempDir, multi_release: &str) -> JarFile {
    let path = dir.path().join("mr.jar");
    let manifest = format!("Manifest-Version: 1.0\nMulti-Release: {multi_release}\n");
    write_jar(
        &path,
        Some(&manifest),
        &[
            ("p/A.class", b"A base"),
            ("META-INF/versions/9/p/A.class", b"A 9"),
            ("META-INF/versions/11/p/A.class", b"A 11"),
            ("META-INF/versions/17/p/A.class", b"A 17"),
            ("META-INF/versions/21/p/A.class", b"A 21"),
            ("p/B.class", b"B base"),
            ("META-INF/versions/9/p/B.class", b"B 9"),
            ("META-INF/versions/11/p/B.class", b"B 11"),
            ("p/C.class", b"C base"),
            ("META-INF/versions/21/p/C.class", b"C 21"),
            ("META-INF/versions/8/p/D.class", b"D 8"),
            ("META-INF/versions/11/p/OnlyVersioned.class", b"only 11"),
            ("META-INF/services/x", b"base service"),
            (
                "META-INF/versions/17/META-INF/services/x",
                b"versioned service",
            ),
        ],
    );
    JarFile::open(path).unwrap()
}

#[test]
fn multi_release_jars_serve_the_highest_version_up_to_17() {
    let dir = TempDir::new("jar-mr");
    let jar = versioned_jar(&dir, "true");
    assert!(jar.is_multi_release());
    let read = |name: &str| {
        jar.read(name)
            .unwrap()
            .map(|b| String::from_utf8(b).unwrap())
    };
    assert_eq!(read("p/A.class").as_deref(), Some("A 17"));
    assert_eq!(
        jar.entry_name("p/A.class").as_deref(),
        Some("META-INF/versions/17/p/A.class")
    );
    assert_eq!(read("p/B.class").as_deref(), Some("B 11"));
    assert_eq!(read("p/C.class").as_deref(), Some("C base"));
    assert_eq!(read("p/D.class"), None);
    assert_eq!(read("p/OnlyVersioned.class").as_deref(), Some("only 11"));
    assert_eq!(read("META-INF/services/x").as_deref(), Some("base service"));
    assert_eq!(
        jar.read_exact_entry("p/A.class").unwrap().unwrap(),
        b"A base"
    );
}

#[test]
fn jars_without_multi_release_true_ignore_versions() {
    let dir = TempDir::new("jar-not-mr");
    let jar = versioned_jar(&dir, "false");
    assert!(!jar.is_multi_release());
    assert_eq!(jar.read("p/A.class").unwrap().unwrap(), b"A base");
    assert_eq!(jar.read("p/OnlyVersioned.class").unwrap(), None);
}

#[test]
fn class_path_urls_resolve_against_the_jar_directory() {
    let dir = TempDir::new("jar-cp");
    let path = dir.path().join("app").join("app.jar");
    write_jar(
        &path,
        Some(
            "Class-Path: lib/a.jar ../shared/b.jar classes/ file:/opt/x.jar\n  http://example.com/y.jar my%20lib.jar\n",
        ),
        &[],
    );
    let jar = JarFile::open(&path).unwrap();
    let base = dir.path().join("app");
    let reference = |path: &Path, is_directory| ClassPathReference {
        path: path.to_path_buf(),
        is_directory,
    };
    assert_eq!(
        jar.class_path(),
        [
            reference(&base.join("lib/a.jar"), false),
            reference(&base.join("../shared/b.jar"), false),
            reference(&base.join("classes/"), true),
            reference(Path::new("/opt/x.jar"), false),
            reference(&base.join("my lib.jar"), false),
        ]
    );
}

#[test]
fn many_threads_read_one_jar_at_once() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<JarFile>();
    let dir = TempDir::new("jar-threads");
    let path = dir.path().join("many.jar");
    let contents: Vec<(String, Vec<u8>)> = (0..200)
        .map(|i| {
            (
                format!("p/C{i}.class"),
                format!("class {i} ").repeat(i + 1).into_bytes(),
            )
        })
        .collect();
    let entries: Vec<(&str, &[u8])> = contents
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    write_jar(&path, None, &entries);
    let jar = Arc::new(JarFile::open(&path).unwrap());
    let contents = Arc::new(contents);
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let (jar, contents) = (Arc::clone(&jar), Arc::clone(&contents));
            std::thread::spawn(move || {
                for round in 0..5 {
                    for (i, (name, bytes)) in contents.iter().enumerate() {
                        if (i + t + round) % 2 == 0 {
                            assert_eq!(jar.read(name).unwrap().as_ref(), Some(bytes), "{name}");
                        }
                    }
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
}

#[test]
fn entries_longer_than_their_declared_size_are_errors() {
    let dir = TempDir::new("jar-size");
    let path = dir.path().join("lying.jar");
    let file = std::fs::File::create(&path).unwrap();
    let mut writer = zip::ZipWriter::new(file);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    writer.start_file("p/A.class", stored).unwrap();
    std::io::Write::write_all(&mut writer, b"0123456789").unwrap();
    writer.finish().unwrap();
    // Make the central directory claim 4 uncompressed bytes instead of 10.
    let mut bytes = std::fs::read(&path).unwrap();
    let central = bytes
        .windows(4)
        .rposition(|w| w == [0x50, 0x4B, 0x01, 0x02])
        .unwrap();
    bytes[central + 24..central + 28].copy_from_slice(&4u32.to_le_bytes());
    std::fs::write(&path, &bytes).unwrap();
    let jar = JarFile::open(&path).unwrap();
    let error = jar.read("p/A.class").unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidData);
    assert!(
        error.to_string().contains("declared uncompressed size"),
        "{error}"
    );
}

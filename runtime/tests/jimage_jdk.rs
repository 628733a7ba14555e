//! The jimage reader on the machine's real JDK 17 image.

mod common;

use std::collections::BTreeSet;
use std::process::Command;
use std::sync::OnceLock;

use runtime::classpath::jimage::{ByteOrder, JImage};
use runtime::java_home::JavaHome;

fn image() -> &'static JImage {
    static IMAGE: OnceLock<JImage> = OnceLock::new();
    IMAGE.get_or_init(|| JImage::open(common::jdk17_modules()).expect("open lib/modules"))
}

#[test]
fn image_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<JImage>();
}

#[test]
fn header_numbers_describe_the_file() {
    let header = image().header();
    assert_eq!((header.major_version, header.minor_version), (1, 0));
    assert_eq!(header.byte_order, ByteOrder::LittleEndian);
    assert_eq!(header.flags, 0);
    assert!(header.resource_count > 20_000, "{header:?}");
    assert_eq!(header.table_length, header.resource_count);
    let file_len = std::fs::metadata(image().path()).unwrap().len();
    assert!(header.index_size() < file_len);
    assert_eq!(
        header.index_size(),
        28 + 8 * u64::from(header.table_length)
            + u64::from(header.locations_size)
            + u64::from(header.strings_size)
    );
}

#[test]
fn object_class_is_read_straight_from_the_mapping() {
    let location = image()
        .find("java.base", "java/lang/Object.class")
        .unwrap()
        .expect("Object.class is in java.base");
    assert_eq!(location.compressed_size(), 0);
    let bytes = image().read(&location).unwrap();
    assert!(matches!(bytes, std::borrow::Cow::Borrowed(_)));
    // Its exact size depends on the JDK update; `bytes_equal_what_java_reads_through_jrt`
    // compares the bytes themselves with what `java` reads.
    assert_eq!(bytes.len() as u64, location.uncompressed_size());
    assert_eq!(bytes[..8], [0xCA, 0xFE, 0xBA, 0xBE, 0x00, 0x00, 0x00, 0x3D]);
    let same = image()
        .find_by_name("/java.base/java/lang/Object.class")
        .unwrap();
    assert_eq!(same, Some(location));
    assert_eq!(location.module(image()).unwrap(), "java.base");
}

#[test]
fn absent_names_are_not_found_even_when_their_hash_slot_is_taken() {
    for name in [
        "/java.base/java/lang/NoSuchThing.class",
        "/java.base/java/lang/Object.clas",
        "/java.base/java/lang/Object.class/",
        "/java.sql/java/lang/Object.class",
        "java.base/java/lang/Object.class",
        "",
        "/",
    ] {
        assert_eq!(image().find_by_name(name).unwrap(), None, "{name}");
    }
    // Most of these hash to a slot whose redirect leads to some other resource: only the
    // full-name comparison tells them apart.
    for i in 0..2000 {
        let name = format!("/java.base/java/lang/Missing{i}.class");
        assert_eq!(image().find_by_name(&name).unwrap(), None, "{name}");
    }
}

#[test]
fn packages_map_to_their_modules() {
    let image = image();
    assert_eq!(
        image.package_module("java.lang").unwrap(),
        Some("java.base")
    );
    assert_eq!(
        image.package_module("java/util/concurrent").unwrap(),
        Some("java.base")
    );
    assert_eq!(image.package_module("java.sql").unwrap(), Some("java.sql"));
    assert_eq!(
        image.package_module("javax.swing").unwrap(),
        Some("java.desktop")
    );
    assert_eq!(image.package_module("com.example.nothing").unwrap(), None);
    assert_eq!(image.package_module("").unwrap(), None);
}

#[test]
fn classes_are_found_through_their_package() {
    let (module, location) = image().find_class("java/sql/Connection").unwrap().unwrap();
    assert_eq!(module, "java.sql");
    assert_eq!(
        location.full_name(image()).unwrap(),
        "/java.sql/java/sql/Connection.class"
    );
    let (module, _) = image().find_class("java/lang/Object").unwrap().unwrap();
    assert_eq!(module, "java.base");
    assert_eq!(image().find_class("java/lang/NoSuchThing").unwrap(), None);
    assert_eq!(image().find_class("NoPackage").unwrap(), None);
}

#[test]
fn modules_match_the_release_file() {
    let home = JavaHome::discover(None).unwrap();
    let release = std::fs::read_to_string(home.root().join("release")).unwrap();
    let listed = release
        .lines()
        .find_map(|line| line.strip_prefix("MODULES="))
        .expect("MODULES line")
        .trim_matches('"');
    let expected: BTreeSet<&str> = listed.split_whitespace().collect();
    let modules = image().modules().unwrap();
    assert!(
        modules.windows(2).all(|w| w[0] < w[1]),
        "sorted, no duplicates"
    );
    let found: BTreeSet<&str> = modules.into_iter().collect();
    assert_eq!(found, expected);
}

#[test]
fn every_resource_resolves_back_and_every_class_reads() {
    let image = image();
    let mut classes = 0;
    let mut names = 0;
    for (name, location) in image.resource_names().zip(image.locations()) {
        let (name, location) = (name.unwrap(), location.unwrap());
        names += 1;
        assert_eq!(image.find_by_name(&name).unwrap(), Some(location), "{name}");
        if name.ends_with(".class") && !name.starts_with("/packages/") {
            let bytes = image.read(&location).unwrap();
            assert_eq!(bytes.len() as u64, location.uncompressed_size());
            assert_eq!(bytes[..4], [0xCA, 0xFE, 0xBA, 0xBE], "{name}");
            // Java 17 classes are version 61; classes that jlink generates are older.
            let major = u16::from_be_bytes([bytes[6], bytes[7]]);
            assert!((45..=61).contains(&major), "{name}: version {major}");
            classes += 1;
        }
    }
    assert_eq!(names, image.header().table_length as usize);
    assert!(classes > 20_000, "{classes} classes");
}

/// `java` itself reads a few resources through the `jrt:` file system; the bytes must match.
#[test]
fn bytes_equal_what_java_reads_through_jrt() {
    let home = JavaHome::discover(None).unwrap();
    let dir = common::TempDir::new("jrt");
    let source = dir.write(
        "DumpJrt.java",
        r#"
import java.net.URI;
import java.nio.file.*;
public class DumpJrt {
    public static void main(String[] args) throws Exception {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        for (int i = 1; i < args.length; i++) {
            byte[] bytes = Files.readAllBytes(jrt.getPath("/modules" + args[i]));
            Files.write(Paths.get(args[0], "out" + i), bytes);
        }
    }
}
"#,
    );
    let names = [
        "/java.base/java/lang/Object.class",
        "/java.base/java/lang/String.class",
        "/java.sql/java/sql/Connection.class",
        "/java.base/module-info.class",
    ];
    let status = Command::new(home.root().join("bin").join("java"))
        .arg(&source)
        .arg(dir.path())
        .args(names)
        .status()
        .expect("run java");
    assert!(status.success());
    for (i, name) in names.iter().enumerate() {
        let expected = std::fs::read(dir.path().join(format!("out{}", i + 1))).unwrap();
        let location = image().find_by_name(name).unwrap().unwrap();
        assert_eq!(*image().read(&location).unwrap(), expected[..], "{name}");
    }
}

/// Images that `jlink --compress` writes: level 1 shares constant-pool strings ("compact-cp"),
/// level 2 zips resources ("zip"). Every resource must read back to the bytes of the same
/// `jlink` run without compression (except the synthetic directory entries, whose content is
/// offsets into their own image).
#[test]
fn jlink_compressed_images_read_back_to_the_uncompressed_bytes() {
    let home = JavaHome::discover(None).unwrap();
    let dir = common::TempDir::new("jlink");
    let jlink = |level: u32| {
        let output = dir.path().join(format!("compress{level}"));
        let jlink = home.root().join("bin").join("jlink");
        std::thread::spawn(move || {
            let status = Command::new(jlink)
                .args(["--add-modules", "java.base,java.logging"])
                .arg(format!("--compress={level}"))
                .arg("--output")
                .arg(&output)
                .status()
                .expect("run jlink");
            assert!(status.success(), "jlink --compress={level}");
            JImage::open(output.join("lib").join("modules")).unwrap()
        })
    };
    let runs = [jlink(0), jlink(1), jlink(2)];
    let [plain, shared, zipped] = runs.map(|run| run.join().unwrap());
    for compressed in [&shared, &zipped] {
        let mut compressed_count = 0;
        for (name, location) in compressed.resource_names().zip(compressed.locations()) {
            let (name, location) = (name.unwrap(), location.unwrap());
            compressed_count += usize::from(location.compressed_size() > 0);
            let bytes = compressed.read(&location).unwrap();
            let top = name.split('/').nth(1).unwrap_or("");
            if top == "modules" || top == "packages" {
                continue; // directory entries: string and location offsets of their own image
            }
            let reference = plain.find_by_name(&name).unwrap().expect(&name);
            assert_eq!(*bytes, *plain.read(&reference).unwrap(), "{name}");
        }
        assert!(
            compressed_count > 1000,
            "{compressed_count} compressed resources"
        );
        assert_eq!(compressed.modules().unwrap(), ["java.base", "java.logging"]);
        assert_eq!(
            compressed.package_module("java.util.logging").unwrap(),
            Some("java.logging")
        );
    }
}

/// The JDK's own `jimage list` names exactly the resources the reader iterates (apart from
/// the synthetic `/modules/...` and `/packages/...` directory entries it leaves out).
#[test]
fn resource_names_equal_what_jimage_list_prints() {
    let home = JavaHome::discover(None).unwrap();
    let output = Command::new(home.root().join("bin").join("jimage"))
        .arg("list")
        .arg(home.modules_path())
        .output()
        .expect("run jimage list");
    assert!(output.status.success());
    let mut listed = BTreeSet::new();
    let mut module = String::new();
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        if let Some(name) = line.strip_prefix("Module: ") {
            module = name.to_string();
        } else if let Some(path) = line.strip_prefix("    ") {
            listed.insert(format!("/{module}/{path}"));
        }
    }
    let ours: BTreeSet<String> = image()
        .resource_names()
        .map(Result::unwrap)
        .filter(|name| {
            let top = name.split('/').nth(1).unwrap_or("");
            top != "modules" && top != "packages"
        })
        .collect();
    assert!(listed.len() > 20_000);
    assert_eq!(ours.len(), listed.len());
    assert!(
        ours == listed,
        "first difference: {:?}",
        ours.symmetric_difference(&listed).next()
    );
}

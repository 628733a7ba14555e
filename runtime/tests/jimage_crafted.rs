//! The jimage reader on images written by the test: malformed ones must give errors (never
//! panics), compressed resources must decompress.

mod common;

use std::io::Write;

use common::TempDir;
use common::jimage_writer::{
    Resource, Strings, compressed_header, write_image, write_image_in_order,
};
use runtime::classpath::jimage::{ByteOrder, JImage, JImageError};

fn open_bytes(dir: &TempDir, bytes: &[u8]) -> std::io::Result<JImage> {
    JImage::open(dir.write("modules", bytes))
}

fn open_error(bytes: &[u8]) -> JImageError {
    let dir = TempDir::new("jimage-bad");
    let error = open_bytes(&dir, bytes).expect_err("must be rejected");
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidData);
    error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<JImageError>())
        .expect("wraps a JImageError")
        .clone()
}

fn small_image() -> Vec<u8> {
    write_image(
        &[
            Resource::plain("/m.one/p/q/A.class", b"\xCA\xFE\xBA\xBEclass A"),
            Resource::plain("/m.one/p/q/B.class", b"\xCA\xFE\xBA\xBEclass B"),
            Resource::plain("/m.two/r/C.txt", b"text of C"),
            Resource::plain("/packages/p.q", &[0, 0, 0, 0, 0, 0, 0, 0]),
        ],
        Strings::new(),
    )
}

#[test]
fn a_written_image_round_trips_in_both_byte_orders() {
    for big_endian in [false, true] {
        let resources = [
            Resource::plain("/m.one/p/q/A.class", b"AAAA"),
            Resource::plain("/m.two/r/C.txt", b"text of C"),
            Resource::plain("/m.two/noparent", b"x"),
        ];
        let dir = TempDir::new("jimage-order");
        let image = open_bytes(
            &dir,
            &write_image_in_order(&resources, Strings::new(), big_endian),
        )
        .unwrap();
        let expected_order = if big_endian {
            ByteOrder::BigEndian
        } else {
            ByteOrder::LittleEndian
        };
        assert_eq!(image.header().byte_order, expected_order);
        for resource in &resources {
            let location = image
                .find_by_name(&resource.name)
                .unwrap()
                .expect(&resource.name);
            assert_eq!(*image.read(&location).unwrap(), resource.stored[..]);
            assert_eq!(location.full_name(&image).unwrap(), resource.name);
        }
        assert!(image.find("m.two", "r/C.txt").unwrap().is_some());
        assert_eq!(image.find("m.one", "r/C.txt").unwrap(), None);
        assert_eq!(image.modules().unwrap(), ["m.one", "m.two"]);
    }
}

#[test]
fn empty_and_truncated_headers_are_rejected() {
    assert_eq!(
        open_error(&[]),
        JImageError::TruncatedHeader { file_len: 0 }
    );
    assert_eq!(
        open_error(&small_image()[..27]),
        JImageError::TruncatedHeader { file_len: 27 }
    );
}

#[test]
fn a_bad_magic_is_rejected() {
    let mut bytes = small_image();
    bytes[..4].copy_from_slice(&0xCAFE_BABEu32.to_le_bytes());
    assert_eq!(
        open_error(&bytes),
        JImageError::BadMagic { found: 0xCAFE_BABE }
    );
}

#[test]
fn another_version_is_rejected() {
    let mut bytes = small_image();
    bytes[4..8].copy_from_slice(&(2u32 << 16 | 1).to_le_bytes());
    assert_eq!(
        open_error(&bytes),
        JImageError::UnsupportedVersion { major: 2, minor: 1 }
    );
}

#[test]
fn tables_past_the_end_are_rejected() {
    let mut bytes = small_image();
    bytes[16..20].copy_from_slice(&u32::MAX.to_le_bytes()); // table_length
    assert!(matches!(
        open_error(&bytes),
        JImageError::IndexPastEnd { .. }
    ));
    let mut bytes = small_image();
    let len = bytes.len();
    bytes[24..28].copy_from_slice(&(len as u32).to_le_bytes()); // strings_size
    assert!(matches!(
        open_error(&bytes),
        JImageError::IndexPastEnd { .. }
    ));
}

/// Rewrites every slot of the table starting at byte `table` (4 slots of `u32`).
fn patch_table(bytes: &mut [u8], table: usize, value: u32) {
    for slot in 0..4 {
        bytes[table + 4 * slot..table + 4 * slot + 4].copy_from_slice(&value.to_le_bytes());
    }
}

#[test]
fn redirects_and_offsets_out_of_range_are_errors() {
    let dir = TempDir::new("jimage-redirect");
    let mut bytes = small_image();
    patch_table(&mut bytes, 28, (-1000i32) as u32); // redirect: location index 999
    let image = open_bytes(&dir, &bytes).unwrap();
    let error = image.find_by_name("/m.one/p/q/A.class").unwrap_err();
    assert!(matches!(
        error,
        JImageError::Malformed {
            what: "location index",
            value: 999
        }
    ));

    let mut bytes = small_image();
    patch_table(&mut bytes, 28 + 16, 1_000_000); // offsets: past the locations table
    let image = open_bytes(&dir, &bytes).unwrap();
    let error = image.find_by_name("/m.one/p/q/A.class").unwrap_err();
    assert!(matches!(
        error,
        JImageError::Malformed {
            what: "location offset",
            ..
        }
    ));
    assert!(image.locations().all(|location| location.is_err()));
    assert!(image.modules().is_err());
}

#[test]
fn string_offsets_past_the_strings_table_are_errors() {
    let dir = TempDir::new("jimage-strings");
    let mut bytes = small_image();
    // Shrink the strings table to its first string (""): every name offset now points past it.
    bytes[24..28].copy_from_slice(&1u32.to_le_bytes());
    let image = open_bytes(&dir, &bytes).unwrap();
    let error = image.find_by_name("/m.one/p/q/A.class").unwrap_err();
    assert!(matches!(
        error,
        JImageError::Malformed {
            what: "string offset",
            ..
        }
    ));
    assert!(image.resource_names().all(|name| name.is_err()));
}

#[test]
fn resources_past_the_end_of_the_file_are_errors() {
    let dir = TempDir::new("jimage-data");
    let bytes = small_image();
    // The last resource, /packages/p.q, loses its last 3 bytes; the others are intact.
    let image = open_bytes(&dir, &bytes[..bytes.len() - 3]).unwrap();
    let location = image.find_by_name("/packages/p.q").unwrap().unwrap();
    assert!(matches!(
        image.read(&location),
        Err(JImageError::Malformed {
            what: "resource offset",
            ..
        })
    ));
    assert!(image.package_module("p.q").is_err());
    let location = image.find_by_name("/m.two/r/C.txt").unwrap().unwrap();
    assert_eq!(*image.read(&location).unwrap(), b"text of C"[..]);
}

fn zlib(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// A resource compressed by `decompressor` (a strings-table offset) with `payload`.
fn compressed(name: &str, payload: &[u8], original_len: u64, decompressor: u32) -> Resource {
    let mut stored = compressed_header(payload.len() as u64, original_len, decompressor);
    stored.extend_from_slice(payload);
    Resource {
        name: name.to_string(),
        stored,
        compressed: true,
        uncompressed_size: original_len,
    }
}

#[test]
fn zip_compressed_resources_are_inflated() {
    let original = b"\xCA\xFE\xBA\xBE compressed class body ".repeat(40);
    let mut strings = Strings::new();
    let zip = strings.add(b"zip");
    let resource = compressed("/m/p/Z.class", &zlib(&original), original.len() as u64, zip);
    let dir = TempDir::new("jimage-zip");
    let image = open_bytes(&dir, &write_image(&[resource], strings)).unwrap();
    let location = image.find_by_name("/m/p/Z.class").unwrap().unwrap();
    assert!(location.compressed_size() > 0);
    let bytes = image.read(&location).unwrap();
    assert!(matches!(bytes, std::borrow::Cow::Owned(_)));
    assert_eq!(*bytes, original[..]);
}

#[test]
fn broken_zip_payloads_and_wrong_sizes_are_errors() {
    let original = b"some resource content".repeat(10);
    let mut strings = Strings::new();
    let zip = strings.add(b"zip");
    let mut garbage = zlib(&original);
    garbage.truncate(garbage.len() / 2);
    let resources = [
        compressed("/m/broken", &garbage, original.len() as u64, zip),
        compressed("/m/short", &zlib(&original), original.len() as u64 + 5, zip),
        compressed("/m/long", &zlib(&original), original.len() as u64 - 5, zip),
    ];
    let dir = TempDir::new("jimage-zip-bad");
    let image = open_bytes(&dir, &write_image(&resources, strings)).unwrap();
    for resource in &resources {
        let location = image.find_by_name(&resource.name).unwrap().unwrap();
        let error = image.read(&location).unwrap_err();
        assert!(
            matches!(&error, JImageError::Decompression { decompressor, .. } if decompressor == "zip"),
            "{}: {error}",
            resource.name
        );
    }
}

#[test]
fn unknown_decompressors_are_named_in_the_error() {
    let mut strings = Strings::new();
    let lz4 = strings.add(b"lz4");
    let resource = compressed("/m/p/L.class", b"payload", 100, lz4);
    let dir = TempDir::new("jimage-lz4");
    let image = open_bytes(&dir, &write_image(&[resource], strings)).unwrap();
    let location = image.find_by_name("/m/p/L.class").unwrap().unwrap();
    let error = image.read(&location).unwrap_err();
    assert_eq!(
        error,
        JImageError::UnsupportedDecompressor {
            name: "lz4".to_string()
        }
    );
    assert!(error.to_string().contains("\"lz4\""));
}

/// A compressed index as jlink writes it: 1 to 3 bytes with a length header, or 4 plain bytes.
fn index(value: u32) -> Vec<u8> {
    let width = 32 - value.leading_zeros() as usize;
    let size = (((width + 2) >> 3) + 1).min(4);
    let mut bytes: Vec<u8> = (0..size)
        .map(|i| (value >> ((size - i - 1) * 8)) as u8)
        .collect();
    if size < 4 {
        bytes[0] |= 0x80 | (size as u8) << 5;
    }
    bytes
}

/// A class file whose constant pool holds the given entries (already encoded), then a tail.
fn class_file(count: u16, entries: &[&[u8]], tail: &[u8]) -> Vec<u8> {
    let mut bytes = vec![0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61];
    bytes.extend_from_slice(&count.to_be_bytes());
    for entry in entries {
        bytes.extend_from_slice(entry);
    }
    bytes.extend_from_slice(tail);
    bytes
}

fn utf8(text: &str) -> Vec<u8> {
    let mut entry = vec![1];
    entry.extend_from_slice(&(text.len() as u16).to_be_bytes());
    entry.extend_from_slice(text.as_bytes());
    entry
}

#[test]
fn compact_cp_resources_get_their_shared_strings_back() {
    let mut strings = Strings::new();
    let compact = strings.add(b"compact-cp");
    let zip = strings.add(b"zip");
    let shared_name = strings.add(b"sharedName");
    let descriptor = strings.add(b"(L;L;I)L;");
    let java_lang = strings.add(b"java/lang");
    let object = strings.add(b"Object");
    let my_class = strings.add(b"MyClass");
    let long_value = [5, 0, 0, 0, 0, 0, 0, 0, 42];
    let class_ref = [7, 0, 1];
    let tail = b"\x00\x21 rest of the class file";
    let original = class_file(
        7,
        &[
            &utf8("plain"),
            &utf8("sharedName"),
            &utf8("(Ljava/lang/Object;LMyClass;I)Ljava/lang/Object;"),
            &long_value,
            &class_ref,
        ],
        tail,
    );
    let mut packed = Vec::new();
    for value in [java_lang, object, 0, my_class, java_lang, object] {
        packed.extend(index(value));
    }
    let mut externalized_descriptor = vec![25];
    externalized_descriptor.extend(index(descriptor));
    externalized_descriptor.extend(index(packed.len() as u32));
    externalized_descriptor.extend(&packed);
    let mut externalized_name = vec![23];
    externalized_name.extend(index(shared_name));
    let transformed = class_file(
        7,
        &[
            &utf8("plain"),
            &externalized_name,
            &externalized_descriptor,
            &long_value,
            &class_ref,
        ],
        tail,
    );
    let alone = compressed("/m/p/A.class", &transformed, original.len() as u64, compact);
    // Stacked as jlink stacks them: compact-cp first, then zip over the result.
    let inner = alone.stored.clone();
    let mut stacked = compressed("/m/p/B.class", &zlib(&inner), inner.len() as u64, zip);
    stacked.uncompressed_size = original.len() as u64;
    let dir = TempDir::new("jimage-compact");
    let image = open_bytes(&dir, &write_image(&[alone, stacked], strings)).unwrap();
    for name in ["/m/p/A.class", "/m/p/B.class"] {
        let location = image.find_by_name(name).unwrap().unwrap();
        assert_eq!(*image.read(&location).unwrap(), original[..], "{name}");
    }
}

#[test]
fn compact_cp_with_bad_indices_is_an_error() {
    let mut strings = Strings::new();
    let compact = strings.add(b"compact-cp");
    let mut externalized = vec![23];
    externalized.extend(index(1_000_000)); // past the strings table
    let transformed = class_file(2, &[&externalized], b"");
    let resource = compressed("/m/p/A.class", &transformed, 100, compact);
    let unknown_tag = compressed(
        "/m/p/T.class",
        &class_file(2, &[&[99, 0, 0]], b""),
        100,
        compact,
    );
    let truncated = compressed(
        "/m/p/U.class",
        &class_file(3, &[&utf8("x")], b""),
        100,
        compact,
    );
    let dir = TempDir::new("jimage-compact-bad");
    let image = open_bytes(
        &dir,
        &write_image(&[resource, unknown_tag, truncated], strings),
    )
    .unwrap();
    for name in ["/m/p/A.class", "/m/p/T.class", "/m/p/U.class"] {
        let location = image.find_by_name(name).unwrap().unwrap();
        let error = image.read(&location).unwrap_err();
        assert!(
            matches!(&error, JImageError::Decompression { decompressor, .. } if decompressor == "compact-cp"),
            "{name}: {error}"
        );
    }
}

#[test]
fn a_package_belongs_to_the_first_module_where_it_is_not_empty() {
    let mut strings = Strings::new();
    let (one, two) = (strings.add(b"m.one"), strings.add(b"m.two"));
    let pairs = |entries: &[(u32, u32)]| -> Vec<u8> {
        entries
            .iter()
            .flat_map(|&(empty, module)| [empty.to_le_bytes(), module.to_le_bytes()])
            .flatten()
            .collect()
    };
    let resources = [
        Resource::plain("/packages/p.q", &pairs(&[(1, one), (0, two)])),
        Resource::plain("/packages/p.only.empty", &pairs(&[(1, one)])),
        Resource::plain("/packages/p.odd", &[0, 0, 0]),
        Resource::plain("/m.two/p/q/A.class", b"A"),
    ];
    let dir = TempDir::new("jimage-packages");
    let image = open_bytes(&dir, &write_image(&resources, strings)).unwrap();
    assert_eq!(image.package_module("p.q").unwrap(), Some("m.two"));
    assert_eq!(image.package_module("p/q").unwrap(), Some("m.two"));
    assert_eq!(image.package_module("p.only.empty").unwrap(), None);
    assert_eq!(image.package_module("p.odd").unwrap(), None);
    assert_eq!(image.package_module("p.none").unwrap(), None);
    let (module, location) = image.find_class("p/q/A").unwrap().unwrap();
    assert_eq!(
        (module, image.read(&location).unwrap().as_ref()),
        ("m.two", &b"A"[..])
    );
}

#[test]
fn decompressed_sizes_must_match_the_location_and_stay_below_2_gib() {
    let original = b"resource".repeat(30);
    let mut strings = Strings::new();
    let zip = strings.add(b"zip");
    let mut lying = compressed("/m/lying", &zlib(&original), original.len() as u64, zip);
    lying.uncompressed_size = original.len() as u64 + 1;
    let huge = compressed("/m/huge", &zlib(&original), 1 << 40, zip);
    let dir = TempDir::new("jimage-sizes");
    let plain = Resource::plain("/m/plain", b"");
    let image = open_bytes(&dir, &write_image(&[lying, huge, plain], strings)).unwrap();
    let location = image.find_by_name("/m/lying").unwrap().unwrap();
    assert_eq!(
        image.read(&location).unwrap_err(),
        JImageError::SizeMismatch {
            expected: original.len() as u64 + 1,
            actual: original.len() as u64
        }
    );
    let location = image.find_by_name("/m/huge").unwrap().unwrap();
    assert!(
        matches!(image.read(&location), Err(JImageError::Malformed { value, .. }) if value == 1 << 40)
    );
}

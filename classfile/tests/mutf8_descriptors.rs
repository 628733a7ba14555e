//! Modified UTF-8 and descriptors.

use std::borrow::Cow;

use classfile::descriptor::{
    ArrayElement, BaseType, DescriptorCheckError, FieldType, MethodDescriptor, NameKind,
    check_field_descriptor, check_method_descriptor, is_legal_class_name, is_legal_field_name,
    is_legal_method_name, is_unqualified_name,
};
use classfile::mutf8;

#[test]
fn ascii_and_plain_utf8_are_borrowed() {
    assert!(matches!(
        mutf8::decode(b"java/lang/Object").unwrap(),
        Cow::Borrowed("java/lang/Object")
    ));
    let s = "caf\u{e9} \u{4e2d}";
    assert!(matches!(mutf8::decode(s.as_bytes()).unwrap(), Cow::Borrowed(b) if b == s));
    assert!(matches!(mutf8::encode("plain"), Cow::Borrowed(b"plain")));
}

#[test]
fn nul_is_two_bytes() {
    assert_eq!(mutf8::encode("a\0b").as_ref(), b"a\xC0\x80b");
    assert_eq!(mutf8::decode(b"a\xC0\x80b").unwrap(), "a\0b");
    assert!(
        mutf8::decode(b"a\0b").is_err(),
        "a raw zero byte is not modified UTF-8"
    );
    assert!(mutf8::is_legal(b"a\xC0\x80b", false));
    assert!(!mutf8::is_legal(b"a\0b", false));
}

#[test]
fn supplementary_characters_are_surrogate_pairs() {
    let encoded = mutf8::encode("x\u{1F600}");
    assert_eq!(encoded.as_ref(), b"x\xED\xA0\xBD\xED\xB8\x80");
    assert_eq!(mutf8::decode(&encoded).unwrap(), "x\u{1F600}");
    assert_eq!(
        mutf8::decode_utf16(&encoded).unwrap(),
        [0x78, 0xD83D, 0xDE00]
    );
    assert!(mutf8::is_legal(&encoded, false));
    assert!(
        !mutf8::is_legal("\u{1F600}".as_bytes(), false),
        "four-byte UTF-8 is illegal"
    );
}

#[test]
fn unpaired_surrogates_decode_to_replacement_but_utf16_is_lossless() {
    let lone = mutf8::encode_utf16(&[0x61, 0xD800, 0x62]);
    assert_eq!(lone, b"a\xED\xA0\x80b");
    assert!(
        mutf8::is_legal(&lone, false),
        "HotSpot accepts unpaired surrogates"
    );
    assert_eq!(mutf8::decode(&lone).unwrap(), "a\u{FFFD}b");
    assert!(mutf8::has_unpaired_surrogate(&lone).unwrap());
    assert!(!mutf8::has_unpaired_surrogate(b"abc").unwrap());
    assert_eq!(mutf8::decode_utf16(&lone).unwrap(), [0x61, 0xD800, 0x62]);
    assert_eq!(
        mutf8::encode_utf16(&mutf8::decode_utf16(&lone).unwrap()),
        lone
    );
}

#[test]
fn illegal_forms() {
    for bad in [
        &b"\x80"[..],
        b"\xC3",
        b"\xE4\xB8",
        b"\xF0\x9F\x98\x80",
        b"\xFF",
        b"\xC3\x28",
    ] {
        assert!(!mutf8::is_legal(bad, false), "{bad:?}");
        assert!(mutf8::decode(bad).is_err(), "{bad:?}");
    }
    // Overlong forms are illegal except in class files of version 47 and older.
    assert!(!mutf8::is_legal(b"\xC1\x81", false));
    assert!(mutf8::is_legal(b"\xC1\x81", true));
    assert!(!mutf8::is_legal(b"\xE0\x81\x81", false));
    assert!(mutf8::is_legal(b"\xE0\x81\x81", true));
    assert_eq!(mutf8::decode(b"\xC1\x81").unwrap(), "A");
    assert_eq!(mutf8::decode_lossy(b"a\xFFb"), "a\u{FFFD}b");
}

#[test]
fn field_types() {
    assert_eq!(
        FieldType::parse("I").unwrap(),
        FieldType::Base(BaseType::Int)
    );
    assert_eq!(
        FieldType::parse("Ljava/lang/String;").unwrap(),
        FieldType::Object("java/lang/String")
    );
    let arr = FieldType::parse("[[J").unwrap();
    assert_eq!(
        arr,
        FieldType::Array {
            dimensions: 2,
            element: ArrayElement::Base(BaseType::Long)
        }
    );
    assert_eq!(arr.component_type().unwrap().to_string(), "[J");
    assert_eq!(
        arr.component_type()
            .unwrap()
            .component_type()
            .unwrap()
            .slots(),
        2
    );
    assert_eq!(
        FieldType::parse("[Lp/Q;").unwrap().component_type(),
        Some(FieldType::Object("p/Q"))
    );
    assert_eq!(FieldType::parse("D").unwrap().slots(), 2);
    assert!(FieldType::parse("[D").unwrap().is_reference());
    let max = format!("{}I", "[".repeat(255));
    assert_eq!(FieldType::parse(&max).unwrap().to_string(), max);
    for bad in [
        "",
        "V",
        "Q",
        "L;",
        "Ljava/lang/String",
        "La//b;",
        "II",
        "[",
        &format!("{}I", "[".repeat(256)),
    ] {
        assert!(FieldType::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn method_descriptors() {
    let d = MethodDescriptor::parse("(IJ[Ljava/lang/String;D)V").unwrap();
    assert_eq!(d.params.len(), 4);
    assert_eq!(d.param_slots(), 6);
    assert_eq!(d.ret, None);
    assert_eq!(d.return_slots(), 0);
    assert_eq!(d.to_string(), "(IJ[Ljava/lang/String;D)V");
    let d = MethodDescriptor::parse("()J").unwrap();
    assert_eq!((d.param_slots(), d.return_slots()), (0, 2));
    for bad in [
        "",
        "V",
        "(V)V",
        "(I",
        "(I)",
        "()VV",
        "()[V",
        "(I)II",
        "Ljava/lang/Object;",
    ] {
        assert!(MethodDescriptor::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn names() {
    assert!(is_unqualified_name(b"java/lang/Object", NameKind::Class));
    assert!(!is_unqualified_name(b"java/lang/Object", NameKind::Field));
    for bad in [&b""[..], b"/a", b"a/", b"a//b", b"a.b", b"a;b", b"a[b"] {
        assert!(!is_unqualified_name(bad, NameKind::Class), "{bad:?}");
    }
    assert!(is_unqualified_name(b"a<b", NameKind::Field));
    assert!(!is_unqualified_name(b"a<b", NameKind::Method));
    assert!(is_legal_method_name(b"<init>", 61) && is_legal_method_name(b"<clinit>", 61));
    assert!(!is_legal_method_name(b"<cinit>", 61));
    assert!(is_legal_field_name("\u{e9}t\u{e9}".as_bytes(), 61));
    assert!(
        is_legal_field_name(b"1x", 61),
        "any unqualified name from Java 5 on"
    );
    assert!(
        !is_legal_field_name(b"1x", 48),
        "Java identifiers before Java 5"
    );
    assert!(is_legal_class_name(b"[Ljava/lang/String;", 61).unwrap());
    assert!(!is_legal_class_name(b"[V", 61).unwrap());
    assert!(is_legal_class_name(b"a/b$c", 48).unwrap());
    assert!(!is_legal_class_name(b"a/b-c", 48).unwrap());
}

#[test]
fn hotspot_descriptor_checks() {
    assert_eq!(check_field_descriptor(b"[[I", 61), Ok(true));
    assert_eq!(check_field_descriptor(b"[[", 61), Ok(false));
    assert_eq!(
        check_field_descriptor(b"L;", 61),
        Err(DescriptorCheckError::IllegalClassName)
    );
    assert_eq!(
        check_field_descriptor(format!("{}I", "[".repeat(256)).as_bytes(), 61),
        Err(DescriptorCheckError::TooManyDimensions)
    );
    assert_eq!(check_method_descriptor(b"m", b"(IJD)V", 61), Ok(Some(5)));
    assert_eq!(check_method_descriptor(b"<init>", b"(I)I", 61), Ok(None));
    assert_eq!(check_method_descriptor(b"<clinit>", b"(I)V", 61), Ok(None));
    assert_eq!(
        check_method_descriptor(b"<clinit>", b"(I)V", 50),
        Ok(Some(1))
    );
    assert_eq!(check_method_descriptor(b"m", b"()", 61), Ok(None));
}

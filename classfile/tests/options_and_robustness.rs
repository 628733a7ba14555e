//! Parse options, error values, and robustness against mutated class files.

mod common;

use classfile::{ClassFile, ClassFileError, ErrorKind, ParseOptions};
use common::ClassBuilder;

fn with_bad_field_name() -> Vec<u8> {
    let mut b = ClassBuilder::new("p/X");
    b.field(0, "a;b", "I", vec![]);
    b.build()
}

#[test]
fn unknown_name_is_taken_from_this_class() {
    let bytes = with_bad_field_name();
    let err = ClassFile::parse(&bytes).unwrap_err();
    assert_eq!(err.message, "Illegal field name \"a;b\" in class p/X");
    let mut b = ClassBuilder::new("p/X");
    b.magic = 0;
    let err = ClassFile::parse(&b.build()).unwrap_err();
    assert_eq!(
        err.message,
        "Incompatible magic value 0 in class file <Unknown>"
    );
    let err = ClassFile::parse_named(&b.build(), "p/X").unwrap_err();
    assert_eq!(err.message, "Incompatible magic value 0 in class file p/X");
}

#[test]
fn format_checks_can_be_off_like_for_the_boot_loader() {
    let bytes = with_bad_field_name();
    let opts = ParseOptions {
        need_verify: false,
        ..Default::default()
    };
    let cf = ClassFile::parse_with(&bytes, &opts).unwrap();
    assert_eq!(cf.fields[0].name, "a;b");
    // Structural problems are still errors.
    let err = ClassFile::parse_with(&bytes[..bytes.len() - 1], &opts).unwrap_err();
    assert_eq!(err.message, "Truncated class file");
}

#[test]
fn lazy_code_decodes_on_first_use_what_the_eager_parse_decodes() {
    let mut b = ClassBuilder::new("p/X");
    let lnt = b.attr("LineNumberTable", vec![0, 1, 0, 0, 0, 7]);
    let code = b.code(2, 3, &[0x04, 0x3C, 0xB1], &[[0, 2, 2, 0]], vec![lnt]);
    b.method(0x0009, "m", "()V", vec![code]);
    // A second method whose Code attribute is malformed: its declared length ends inside
    // `code_length`.
    let mut bad = b.code(1, 1, &[0xB1], &[], vec![]);
    bad.body.truncate(6);
    b.method(0x0009, "n", "()V", vec![bad]);
    let bytes = b.build();
    let lazy = ParseOptions {
        need_verify: false,
        lazy_code: true,
        ..Default::default()
    };
    let cf = ClassFile::parse_with(&bytes, &lazy).unwrap();
    assert_eq!(cf.methods[0].code_limits(), Some((2, 3)));
    let code = cf.methods[0].code().expect("decoded on first use");
    assert_eq!(code.code, [0x04, 0x3C, 0xB1]);
    assert_eq!(code.exception_table.len(), 1);
    assert_eq!(code.line_number(1), Some(7));
    // The malformed one reads as absent instead of failing the whole class.
    assert!(cf.methods[1].code().is_none());
    // Verified classes ignore the option: the malformed attribute fails the parse.
    let verified = ParseOptions {
        lazy_code: true,
        ..Default::default()
    };
    assert!(ClassFile::parse_with(&bytes, &verified).is_err());
    // Without the malformed method, the eager parse gives the same code.
    b.methods.pop();
    let bytes = b.build();
    let lazy = ClassFile::parse_with(&bytes, &lazy).unwrap();
    let eager = ClassFile::parse(&bytes).unwrap();
    assert_eq!(lazy.methods[0].code(), eager.methods[0].code());
    assert_eq!(
        lazy.methods[0].code_limits(),
        eager.methods[0].code_limits()
    );
}

#[test]
fn preview_minor_needs_enable_preview() {
    let mut b = ClassBuilder::new("X");
    b.minor = 65535;
    let bytes = b.build();
    assert_eq!(
        ClassFile::parse(&bytes).unwrap_err().kind,
        ErrorKind::UnsupportedClassVersionError
    );
    let opts = ParseOptions {
        enable_preview: true,
        ..Default::default()
    };
    assert_eq!(
        ClassFile::parse_with(&bytes, &opts).unwrap().minor_version,
        65535
    );
}

#[test]
fn errors_name_their_java_class() {
    let err = ClassFileError::format("Truncated class file");
    assert_eq!(
        err.to_string(),
        "java.lang.ClassFormatError: Truncated class file"
    );
    assert_eq!(
        ErrorKind::ClassFormatError.java_class_name(),
        "java/lang/ClassFormatError"
    );
    assert_eq!(
        ErrorKind::UnsupportedClassVersionError.java_class_name(),
        "java/lang/UnsupportedClassVersionError"
    );
    assert_eq!(
        ErrorKind::NoClassDefFoundError.java_class_name(),
        "java/lang/NoClassDefFoundError"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert!(boxed.to_string().starts_with("java.lang.ClassFormatError"));
}

#[test]
fn constant_pool_accessors_fail_without_panicking() {
    use classfile::CpError;
    let b = ClassBuilder::new("X");
    let bytes = b.build();
    let cf = ClassFile::parse(&bytes).unwrap();
    let cp = &cf.constant_pool;
    assert_eq!(cp.utf8(0), Err(CpError::BadIndex(0)));
    assert_eq!(cp.utf8(9999), Err(CpError::BadIndex(9999)));
    assert!(matches!(
        cp.integer(cf.this_class),
        Err(CpError::WrongTag {
            expected: 3,
            found: 7,
            ..
        })
    ));
    assert!(cp.member_ref(cf.this_class).is_err());
    assert_eq!(cp.class_name(cf.this_class).unwrap(), "X");
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Decodes everything that is decoded lazily, to exercise those decoders on mutated input.
fn decode_everything(cf: &ClassFile<'_>) {
    let sets = std::iter::once(&cf.annotations)
        .chain(cf.fields.iter().map(|f| &f.annotations))
        .chain(cf.methods.iter().map(|m| &m.annotations));
    for set in sets {
        for a in [set.visible, set.invisible].into_iter().flatten() {
            let _ = a.parse();
        }
        for a in [set.visible_type, set.invisible_type].into_iter().flatten() {
            let _ = a.parse();
        }
    }
    for m in &cf.methods {
        if let Some(smt) = m.code().and_then(|c| c.stack_map_table) {
            let _ = smt.parse();
        }
        if let Some(d) = m.annotation_default {
            let _ = d.parse();
        }
        for p in [
            m.visible_parameter_annotations,
            m.invisible_parameter_annotations,
        ]
        .into_iter()
        .flatten()
        {
            let _ = p.parse();
        }
    }
    let _ = cf.module();
    for m in &cf.methods {
        let _ = classfile::descriptor::MethodDescriptor::parse(&m.descriptor);
    }
}

#[test]
fn mutated_class_files_never_panic() {
    let src = r#"
        import java.util.*;
        @Deprecated public class M<T> implements Comparable<M<T>> {
            static final long L = 1L << 40; static final String S = "x\u0000y";
            @SuppressWarnings("unchecked") T t;
            public int compareTo(M<T> o) { try { return o.hashCode(); } catch (RuntimeException e) { return 0; } }
            Runnable r() { return () -> System.out.println(S + t); }
            record R(@Deprecated int a, List<String> b) {}
            enum E { A, B }
        }"#;
    let out = common::javac("fuzz", &[("M.java", src)], &["-g", "-parameters"]);
    let mut originals = Vec::new();
    for entry in std::fs::read_dir(&out).unwrap().flatten() {
        originals.push(std::fs::read(entry.path()).unwrap());
    }
    let opts = [
        ParseOptions {
            allow_module_info: true,
            ..Default::default()
        },
        ParseOptions {
            need_verify: false,
            ..Default::default()
        },
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut parsed = 0;
    for original in &originals {
        for _ in 0..1500 {
            let mut bytes = original.clone();
            for _ in 0..=rng.below(4) {
                let i = rng.below(bytes.len());
                match rng.below(3) {
                    0 => bytes[i] = rng.next() as u8,
                    1 => bytes[i] ^= 1 << rng.below(8),
                    _ => bytes[i] = [0, 0xFF, 0x7F, 0x80][rng.below(4)],
                }
            }
            for o in &opts {
                if let Ok(cf) = ClassFile::parse_with(&bytes, o) {
                    parsed += 1;
                    decode_everything(&cf);
                }
            }
        }
    }
    assert!(parsed > 0, "some mutations keep the class valid");
}

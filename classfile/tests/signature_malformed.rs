//! Malformed signatures: each is a typed error at the right offset, and no input panics.

use classfile::signature::{
    ClassSignature, MethodSignature, ReferenceTypeSignature, SignatureError, SignatureErrorKind,
};

fn end(position: usize, expected: &'static str) -> SignatureError {
    SignatureError {
        position,
        kind: SignatureErrorKind::UnexpectedEnd { expected },
    }
}

fn unexpected(position: usize, found: char, expected: &'static str) -> SignatureError {
    SignatureError {
        position,
        kind: SignatureErrorKind::UnexpectedCharacter { found, expected },
    }
}

fn trailing(position: usize) -> SignatureError {
    SignatureError {
        position,
        kind: SignatureErrorKind::TrailingCharacters,
    }
}

#[test]
fn malformed_field_signatures() {
    let cases: &[(&str, SignatureError)] = &[
        ("", end(0, "a reference type")),
        ("I", unexpected(0, 'I', "a reference type")),
        ("V", unexpected(0, 'V', "a reference type")),
        ("Ljava/lang/String", end(17, "';'")),
        ("L;", unexpected(1, ';', "an identifier")),
        ("Ljava//String;", unexpected(6, '/', "an identifier")),
        ("L/String;", unexpected(1, '/', "an identifier")),
        ("Ljava/util/List<>;", unexpected(16, '>', "a type argument")),
        (
            "Ljava/util/List<I>;",
            unexpected(16, 'I', "a type argument"),
        ),
        ("Ljava/util/List<TT;", end(19, "a type argument")),
        (
            "Ljava/util/List<+>;",
            unexpected(17, '>', "a reference type"),
        ),
        (
            "Ljava/util/List<**;",
            unexpected(18, ';', "a type argument"),
        ),
        ("LOuter.;", unexpected(7, ';', "an identifier")),
        ("LOuter..Inner;", unexpected(7, '.', "an identifier")),
        ("T;", unexpected(1, ';', "an identifier")),
        ("TT", end(2, "';'")),
        ("TT<X>;", unexpected(2, '<', "';'")),
        ("[", end(1, "an array component type")),
        ("[V", unexpected(1, 'V', "an array component type")),
        ("[Q", unexpected(1, 'Q', "an array component type")),
        ("LA;LB;", trailing(3)),
        ("TT;;", trailing(3)),
        ("La<TT;>c;", unexpected(7, 'c', "';'")),
    ];
    for (text, expected) in cases {
        assert_eq!(
            ReferenceTypeSignature::parse(text).as_ref(),
            Err(expected),
            "field signature {text:?}"
        );
    }
}

#[test]
fn malformed_class_signatures() {
    let cases: &[(&str, SignatureError)] = &[
        ("", end(0, "a class type")),
        ("TT;", unexpected(0, 'T', "a class type")),
        ("<>Ljava/lang/Object;", unexpected(1, '>', "an identifier")),
        ("<T>Ljava/lang/Object;", unexpected(2, '>', "':'")),
        ("<T:Ljava/lang/Object;", end(21, "an identifier")),
        ("<T:I>Ljava/lang/Object;", unexpected(4, '>', "':'")),
        (
            "<T::>Ljava/lang/Object;",
            unexpected(4, '>', "a reference type"),
        ),
        ("<T:Ljava/lang/Object;>", end(22, "a class type")),
        ("Ljava/lang/Object;[I", unexpected(18, '[', "a class type")),
        ("Ljava/lang/Object;TT;", unexpected(18, 'T', "a class type")),
    ];
    for (text, expected) in cases {
        assert_eq!(
            ClassSignature::parse(text).as_ref(),
            Err(expected),
            "class signature {text:?}"
        );
    }
}

#[test]
fn malformed_method_signatures() {
    let cases: &[(&str, SignatureError)] = &[
        ("", end(0, "'('")),
        ("V", unexpected(0, 'V', "'('")),
        ("(", end(1, "a parameter type or ')'")),
        ("(V)V", unexpected(1, 'V', "a parameter type or ')'")),
        ("()", end(2, "a result type")),
        ("()Q", unexpected(2, 'Q', "a result type")),
        ("()VV", unexpected(3, 'V', "'^'")),
        ("()V^", end(4, "a class type or type variable")),
        ("()V^I", unexpected(4, 'I', "a class type or type variable")),
        (
            "()V^[Ljava/lang/Exception;",
            unexpected(4, '[', "a class type or type variable"),
        ),
        ("<T:Ljava/lang/Object;>V", unexpected(22, 'V', "'('")),
        // `)` is an identifier character, so the class name runs to the end.
        ("(Ljava/lang/String)V", end(20, "';'")),
    ];
    for (text, expected) in cases {
        assert_eq!(
            MethodSignature::parse(text).as_ref(),
            Err(expected),
            "method signature {text:?}"
        );
    }
}

#[test]
fn error_messages_name_offset_and_expectation() {
    let error = ReferenceTypeSignature::parse("Ljava/lang/String").unwrap_err();
    assert_eq!(
        error.to_string(),
        "signature ends at offset 17 where ';' was expected"
    );
    let error = MethodSignature::parse("(V)V").unwrap_err();
    assert_eq!(
        error.to_string(),
        "unexpected character 'V' at offset 1 where a parameter type or ')' was expected"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let arrays = format!("{}I", "[".repeat(100_000));
    assert_eq!(
        ReferenceTypeSignature::parse(&arrays).unwrap_err().kind,
        SignatureErrorKind::NestingTooDeep
    );
    let generics = format!("{}{}", "La<".repeat(50_000), ">;".repeat(50_000));
    assert_eq!(
        ReferenceTypeSignature::parse(&generics).unwrap_err().kind,
        SignatureErrorKind::NestingTooDeep
    );
    let allowed = format!("{}I", "[".repeat(1000));
    assert_eq!(
        ReferenceTypeSignature::parse(&allowed).unwrap().to_string(),
        allowed
    );
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_mutations_never_panic_and_accepted_ones_round_trip() {
    let seeds = [
        "<K::Ljava/lang/Comparable<-TK;>;V:Ljava/lang/Object;>Ljava/util/AbstractMap<TK;TV;>;Ljava/io/Serializable;",
        "<E:Ljava/lang/Exception;>(TE;[[I)V^TE;^Ljava/io/IOException;",
        "LGeneric<TK;TV;>.Inner<TW;>.Deeper<Ljava/lang/String;>;",
        "[Ljava/util/Map<Ljava/lang/String;Ljava/util/List<+Ljava/lang/Number;>;>;",
    ];
    let alphabet: Vec<char> = "<>()[];:./^*+-LTVIJZBCSDFxyé".chars().collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut accepted = 0;
    for _ in 0..200_000 {
        let mut chars: Vec<char> = seeds[rng.below(seeds.len())].chars().collect();
        for _ in 0..=rng.below(4) {
            let at = rng.below(chars.len() + 1);
            let c = alphabet[rng.below(alphabet.len())];
            match rng.below(3) {
                0 if at < chars.len() => {
                    chars.remove(at);
                }
                1 if at < chars.len() => chars[at] = c,
                _ => chars.insert(at, c),
            }
        }
        let text: String = chars.into_iter().collect();
        if let Ok(s) = ClassSignature::parse(&text) {
            assert_eq!(s.to_string(), text);
            accepted += 1;
        }
        if let Ok(s) = MethodSignature::parse(&text) {
            assert_eq!(s.to_string(), text);
            accepted += 1;
        }
        if let Ok(s) = ReferenceTypeSignature::parse(&text) {
            assert_eq!(s.to_string(), text);
            accepted += 1;
        }
    }
    assert!(accepted > 1000, "only {accepted} mutants parsed");
}

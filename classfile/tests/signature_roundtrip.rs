//! Round trips of real javac-produced signatures, and the parse trees of typical ones.

use std::path::{Path, PathBuf};
use std::process::Command;

use classfile::signature::{
    BaseType, ClassSignature, ClassTypeSignature, JavaTypeSignature, MethodSignature,
    ReferenceTypeSignature, SimpleClassTypeSignature, ThrowsSignature, TypeArgument,
};

const JDK17: &str = "/usr/lib/jvm/java-17-openjdk-amd64/bin";

fn jdk_tool(name: &str) -> PathBuf {
    let path = Path::new(JDK17).join(name);
    if path.exists() {
        path
    } else {
        PathBuf::from(name)
    }
}

/// Which grammar a `Signature` attribute follows, from where javap printed it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Owner {
    Class,
    Method,
    Field,
}

/// The `Signature` attributes in `javap -v` output, classified by their owner.
fn signatures_in_javap(output: &str) -> Vec<(Owner, String)> {
    let mut found = Vec::new();
    let mut last_descriptor_is_method = false;
    for line in output.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some(descriptor) = trimmed.strip_prefix("descriptor: ") {
            last_descriptor_is_method = descriptor.starts_with('(');
        } else if trimmed.starts_with("Signature: #") {
            let (_, text) = trimmed
                .split_once("// ")
                .expect("javap prints the signature text as a comment");
            let owner = if indent == 0 {
                Owner::Class
            } else if last_descriptor_is_method {
                Owner::Method
            } else {
                Owner::Field
            };
            found.push((owner, text.to_owned()));
        }
    }
    found
}

fn round_trip(owner: Owner, text: &str) -> String {
    let result = match owner {
        Owner::Class => ClassSignature::parse(text).map(|s| s.to_string()),
        Owner::Method => MethodSignature::parse(text).map(|s| s.to_string()),
        Owner::Field => ReferenceTypeSignature::parse(text).map(|s| s.to_string()),
    };
    match result {
        Ok(printed) => printed,
        Err(e) => panic!("{owner:?} signature {text:?} rejected: {e}"),
    }
}

fn javap(args: &[&str]) -> String {
    let output = Command::new(jdk_tool("javap"))
        .args(["-v", "-p"])
        .args(args)
        .output()
        .expect("javap 17 must be installed to run this test");
    assert!(output.status.success(), "javap failed: {:?}", output);
    String::from_utf8(output.stdout).expect("javap prints UTF-8")
}

const SOURCE: &str = r#"
import java.io.IOException;
import java.io.Serializable;
import java.util.*;
import java.util.function.*;

public class Generic<K extends Comparable<? super K>, V> extends AbstractMap<K, V>
        implements Serializable, Cloneable {
    public class Inner<W extends Number & Runnable> {
        public Generic<K, V>.Inner<W>.Deeper<String> deeper;
        public class Deeper<X> { public X x; public W w; }
    }
    public static class Nested<T extends Object & Comparable<? super T>> {}
    public interface OnlyInterfaces<T extends Runnable & AutoCloseable> {}
    public Map<String, List<? extends Number>>[] arrays;
    public List<int[][]> primitiveArrays;
    public Map.Entry<K, V> entry;
    public Generic<K, V>.Inner<?> inner;
    public Function<? super K, ? extends V> function;
    public List<?> unbounded;
    public K key;
    public V[][] values;
    public <E extends Exception> void mayThrow(E e) throws E, IOException {}
    public <T> T[] toArray(T[] a, int n, long l, double d, boolean z, char c, byte b, short s, float f) { return a; }
    public static <A, B extends List<? super A>> Map<A, B> combine(Collection<? extends A> as, Supplier<B> b) { return null; }
    public Set<Map.Entry<K, V>> entrySet() { return null; }
    public <R> R apply(BiFunction<? super K, ? super V, ? extends R> f) throws InterruptedException { return null; }
    public void plain(List<String> strings) {}
    public Optional<Generic<K, V>.Inner<?>> optionalInner() { return null; }
}
"#;

#[test]
fn javac_signatures_round_trip() {
    let dir = std::env::temp_dir().join(format!("cortado-signature-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    let source = dir.join("Generic.java");
    std::fs::write(&source, SOURCE).expect("write source");
    let status = Command::new(jdk_tool("javac"))
        .arg("-d")
        .arg(&dir)
        .arg(&source)
        .status()
        .expect("javac 17 must be installed to run this test");
    assert!(status.success());
    let mut classes: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read output directory")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "class"))
        .collect();
    classes.sort();
    assert_eq!(classes.len(), 5, "{classes:?}");
    let args: Vec<&str> = classes
        .iter()
        .map(|p| p.to_str().expect("utf-8 path"))
        .collect();
    let signatures = signatures_in_javap(&javap(&args));
    for owner in [Owner::Class, Owner::Method, Owner::Field] {
        assert!(
            signatures.iter().any(|(o, _)| *o == owner),
            "no {owner:?} signature"
        );
    }
    assert!(
        signatures.len() >= 20,
        "only {} signatures",
        signatures.len()
    );
    for (owner, text) in &signatures {
        assert_eq!(&round_trip(*owner, text), text);
    }
    // A few that exercise the rarer productions, exactly as javac wrote them.
    let texts: Vec<&str> = signatures.iter().map(|(_, t)| t.as_str()).collect();
    for expected in [
        "<T::Ljava/lang/Runnable;:Ljava/lang/AutoCloseable;>Ljava/lang/Object;",
        "LGeneric<TK;TV;>.Inner<TW;>.Deeper<Ljava/lang/String;>;",
        "<E:Ljava/lang/Exception;>(TE;)V^TE;^Ljava/io/IOException;",
        "Ljava/util/List<[[I>;",
    ] {
        assert!(
            texts.contains(&expected),
            "javac did not produce {expected}"
        );
    }
    std::fs::remove_dir_all(&dir).expect("remove temporary directory");
}

#[test]
fn jdk_class_signatures_round_trip() {
    let classes = [
        "java.util.HashMap",
        "java.util.TreeMap",
        "java.util.Collections",
        "java.util.EnumMap",
        "java.util.Optional",
        "java.util.Comparator",
        "java.util.stream.Collectors",
        "java.util.stream.Stream",
        "java.util.concurrent.ConcurrentHashMap",
        "java.util.concurrent.CompletableFuture",
        "java.util.function.Function",
        "java.lang.Enum",
        "java.lang.Class",
        "java.lang.ThreadLocal",
        "java.lang.invoke.MethodHandles",
    ];
    let signatures = signatures_in_javap(&javap(&classes));
    assert!(
        signatures.len() > 600,
        "only {} signatures",
        signatures.len()
    );
    for (owner, text) in &signatures {
        assert_eq!(&round_trip(*owner, text), text);
    }
}

fn class(package: &str, segments: &[(&str, Vec<TypeArgument>)]) -> ClassTypeSignature {
    ClassTypeSignature {
        package: package.to_owned(),
        segments: segments
            .iter()
            .map(|(name, args)| SimpleClassTypeSignature {
                name: (*name).to_owned(),
                type_arguments: args.clone(),
            })
            .collect(),
    }
}

fn type_var(name: &str) -> ReferenceTypeSignature {
    ReferenceTypeSignature::TypeVariable(name.to_owned())
}

#[test]
fn parses_class_signature_structure() {
    let text = "<K::Ljava/lang/Comparable<-TK;>;V:Ljava/lang/Object;>Ljava/util/AbstractMap<TK;TV;>;Ljava/io/Serializable;";
    let parsed = ClassSignature::parse(text).unwrap();
    assert_eq!(parsed.type_parameters.len(), 2);
    let k = &parsed.type_parameters[0];
    assert_eq!(k.name, "K");
    assert_eq!(k.class_bound, None);
    assert_eq!(
        k.interface_bounds,
        vec![ReferenceTypeSignature::Class(class(
            "java/lang",
            &[("Comparable", vec![TypeArgument::Super(type_var("K"))])]
        ))]
    );
    assert_eq!(parsed.superclass.binary_name(), "java/util/AbstractMap");
    assert_eq!(
        parsed.superclass.segments[0].type_arguments,
        vec![
            TypeArgument::Exact(type_var("K")),
            TypeArgument::Exact(type_var("V"))
        ]
    );
    assert_eq!(
        parsed.interfaces,
        vec![class("java/io", &[("Serializable", vec![])])]
    );
    assert_eq!(parsed.to_string(), text);
}

#[test]
fn parses_method_signature_structure() {
    let text = "<T:Ljava/lang/Object;>([TT;I[[J)Ljava/util/List<*>;^TX;^Ljava/lang/Exception;";
    let parsed = MethodSignature::parse(text).unwrap();
    assert_eq!(parsed.type_parameters[0].name, "T");
    assert_eq!(
        parsed.parameters,
        vec![
            JavaTypeSignature::Reference(ReferenceTypeSignature::Array(Box::new(
                JavaTypeSignature::Reference(type_var("T"))
            ))),
            JavaTypeSignature::Base(BaseType::Int),
            JavaTypeSignature::Reference(ReferenceTypeSignature::Array(Box::new(
                JavaTypeSignature::Reference(ReferenceTypeSignature::Array(Box::new(
                    JavaTypeSignature::Base(BaseType::Long)
                )))
            ))),
        ]
    );
    assert_eq!(
        parsed.result,
        Some(JavaTypeSignature::Reference(ReferenceTypeSignature::Class(
            class("java/util", &[("List", vec![TypeArgument::Any])])
        )))
    );
    assert_eq!(
        parsed.throws,
        vec![
            ThrowsSignature::TypeVariable("X".to_owned()),
            ThrowsSignature::Class(class("java/lang", &[("Exception", vec![])])),
        ]
    );
    let void = MethodSignature::parse("()V").unwrap();
    assert_eq!(void.result, None);
    assert!(void.parameters.is_empty() && void.type_parameters.is_empty());
    assert_eq!(void.to_string(), "()V");
}

#[test]
fn parses_inner_class_suffixes() {
    let text = "Lp/Outer<TT;>.Inner.Innermost<+Ljava/lang/Number;>;";
    let ReferenceTypeSignature::Class(parsed) = ReferenceTypeSignature::parse(text).unwrap() else {
        panic!("not a class type");
    };
    assert_eq!(parsed.package, "p");
    assert_eq!(parsed.binary_name(), "p/Outer$Inner$Innermost");
    assert_eq!(parsed.segments.len(), 3);
    assert_eq!(parsed.segments[1].type_arguments, vec![]);
    let unnamed = ReferenceTypeSignature::parse("LTop;").unwrap();
    assert_eq!(unnamed.to_string(), "LTop;");
    let ReferenceTypeSignature::Class(unnamed) = unnamed else {
        panic!("not a class type");
    };
    assert_eq!(unnamed.package, "");
    assert_eq!(unnamed.binary_name(), "Top");
}

#[test]
fn identifiers_may_hold_any_non_delimiter_character() {
    for text in ["Lpkg/Ünïcødé$1<T€;>;", "T$ω;", "Lx/y-z+w*v<*>;"] {
        assert_eq!(
            ReferenceTypeSignature::parse(text).unwrap().to_string(),
            text
        );
    }
}

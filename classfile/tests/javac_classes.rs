//! Parses class files compiled by the JDK 17 `javac` and checks what the model says about them.

mod common;

use std::collections::HashMap;
use std::path::Path;

use classfile::constant_pool::Constant;
use classfile::model::access;
use classfile::{ClassFile, ErrorKind, ParseOptions};

/// Compiles the sources once and returns every class file by internal name.
fn compile(tag: &str, sources: &[(&str, &str)], flags: &[&str]) -> HashMap<String, Vec<u8>> {
    let out = common::javac(tag, sources, flags);
    let mut classes = HashMap::new();
    collect(&out, &out, &mut classes);
    classes
}

fn collect(root: &Path, dir: &Path, classes: &mut HashMap<String, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, classes);
        } else if let Some(rel) = path.strip_prefix(root).unwrap().to_str()
            && let Some(name) = rel.strip_suffix(".class")
        {
            classes.insert(name.to_owned(), std::fs::read(&path).unwrap());
        }
    }
}

fn parse<'a>(classes: &'a HashMap<String, Vec<u8>>, name: &str) -> ClassFile<'a> {
    let bytes = classes
        .get(name)
        .unwrap_or_else(|| panic!("no class {name}"));
    ClassFile::parse_named(bytes, name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

const BASIC: &str = r#"
package p;
import java.util.*;
public class Basic<T extends Comparable<T>> implements java.io.Serializable, Runnable {
    public static final int ANSWER = 42;
    static final String GREETING = "hi\u0000there\uD83D\uDE00";
    private long counter;
    protected List<T> items = new ArrayList<>();
    public Basic() {}
    public void run() { counter++; }
    public static int add(int a, long b, double c, Object d) {
        int x = a;
        try { x += (int) b; } catch (ArithmeticException e) { x = -1; } finally { x++; }
        return x;
    }
    public <U> U pick(U u, T t) throws java.io.IOException, InterruptedException { return u; }
    native void nat();
    class Inner { int v = ANSWER; }
    static class Nested { }
    Runnable anon() { return new Runnable() { public void run() {} }; }
    Runnable lambda(String s) { return () -> System.out.println(s); }
}
"#;

#[test]
fn basic_class_structure() {
    let classes = compile("basic", &[("p/Basic.java", BASIC)], &["-g", "-parameters"]);
    let cf = parse(&classes, "p/Basic");
    assert_eq!(cf.major_version, 61);
    assert_eq!(cf.name, "p/Basic");
    assert_eq!(cf.super_name.as_deref(), Some("java/lang/Object"));
    assert_eq!(cf.access_flags, access::PUBLIC | access::SUPER);
    let interfaces: Vec<_> = cf
        .interfaces
        .iter()
        .map(|i| cf.constant_pool.class_name(i).unwrap())
        .collect();
    assert_eq!(interfaces, ["java/io/Serializable", "java/lang/Runnable"]);
    assert_eq!(
        cf.constant_pool.utf8(cf.signature.unwrap()).unwrap(),
        "<T::Ljava/lang/Comparable<TT;>;>Ljava/lang/Object;Ljava/io/Serializable;Ljava/lang/Runnable;"
    );
    assert_eq!(
        cf.constant_pool.utf8(cf.source_file.unwrap()).unwrap(),
        "Basic.java"
    );

    let answer = cf.find_field("ANSWER", "I").unwrap();
    assert_eq!(
        answer.access_flags,
        access::PUBLIC | access::STATIC | access::FINAL
    );
    assert_eq!(
        cf.constant_pool
            .integer(answer.constant_value.unwrap())
            .unwrap(),
        42
    );
    let greeting = cf.find_field("GREETING", "Ljava/lang/String;").unwrap();
    let text = cf
        .constant_pool
        .string(greeting.constant_value.unwrap())
        .unwrap();
    assert_eq!(text, "hi\u{0}there\u{1F600}");
    let raw = cf
        .constant_pool
        .string_bytes(greeting.constant_value.unwrap())
        .unwrap();
    assert_eq!(
        &raw[..4],
        b"hi\xC0\x80",
        "NUL is two bytes in modified UTF-8"
    );
    let items = cf.find_field("items", "Ljava/util/List;").unwrap();
    assert_eq!(
        cf.constant_pool.utf8(items.signature.unwrap()).unwrap(),
        "Ljava/util/List<TT;>;"
    );

    let add = cf.find_method("add", "(IJDLjava/lang/Object;)I").unwrap();
    assert!(add.is_static());
    let code = add.code().unwrap();
    assert!(code.max_locals >= 6, "a, b (2), c (2), d");
    let handlers: Vec<_> = code.exception_table.iter().collect();
    assert!(
        handlers.len() >= 2,
        "catch and finally handlers: {handlers:?}"
    );
    assert_eq!(
        cf.constant_pool.class_name(handlers[0].catch_type).unwrap(),
        "java/lang/ArithmeticException"
    );
    assert!(
        handlers.iter().any(|h| h.catch_type == 0),
        "finally catches anything"
    );
    assert!(
        code.stack_map_table.is_some(),
        "branches need a StackMapTable"
    );
    assert!(!code.line_number_tables.is_empty());
    assert!(code.line_number(0).is_some());
    let locals: Vec<_> = code
        .local_variable_tables
        .iter()
        .flat_map(|t| t.iter())
        .map(|v| cf.constant_pool.utf8(v.name_index).unwrap().into_owned())
        .collect();
    for name in ["a", "b", "c", "d", "x"] {
        assert!(
            locals.iter().any(|l| l == name),
            "local {name} in {locals:?}"
        );
    }
    let params: Vec<_> = add
        .parameters
        .unwrap()
        .iter()
        .map(|p| cf.constant_pool.utf8(p.name_index).unwrap().into_owned())
        .collect();
    assert_eq!(params, ["a", "b", "c", "d"]);

    let pick = cf
        .find_method(
            "pick",
            "(Ljava/lang/Object;Ljava/lang/Comparable;)Ljava/lang/Object;",
        )
        .unwrap();
    let thrown: Vec<_> = pick
        .exceptions
        .iter()
        .map(|i| cf.constant_pool.class_name(i).unwrap())
        .collect();
    assert_eq!(
        thrown,
        ["java/io/IOException", "java/lang/InterruptedException"]
    );
    assert!(pick.signature.is_some());
    let typed = pick.code().unwrap();
    assert!(
        !typed.local_variable_type_tables.is_empty(),
        "generic locals get an LVTT"
    );

    let nat = cf.find_method("nat", "()V").unwrap();
    assert!(nat.is_native() && nat.code().is_none());

    // Lambdas: an InvokeDynamic entry and a bootstrap method calling LambdaMetafactory.
    assert!(
        cf.constant_pool
            .entries()
            .iter()
            .any(|c| matches!(c, Constant::InvokeDynamic { .. }))
    );
    assert_eq!(cf.bootstrap_methods.len(), 1);
    let bsm = cf.bootstrap_methods[0];
    let (kind, target) = cf.constant_pool.method_handle(bsm.method_ref).unwrap();
    assert_eq!(kind, 6, "REF_invokeStatic");
    let target = cf.constant_pool.member_ref(target).unwrap();
    assert_eq!(target.class_name, "java/lang/invoke/LambdaMetafactory");
    assert_eq!(target.name, "metafactory");
    assert_eq!(bsm.arguments.len(), 3);

    // Nesting.
    let members: Vec<_> = cf
        .nest_members
        .iter()
        .map(|i| cf.constant_pool.class_name(i).unwrap())
        .collect();
    for m in ["p/Basic$Inner", "p/Basic$Nested", "p/Basic$1"] {
        assert!(members.iter().any(|n| n == m), "{m} in {members:?}");
    }
    let inner_names: Vec<_> = cf
        .inner_classes
        .iter()
        .map(|e| {
            cf.constant_pool
                .class_name(e.inner_class_info_index)
                .unwrap()
                .into_owned()
        })
        .collect();
    assert!(inner_names.contains(&"p/Basic$Inner".to_owned()));
    assert!(inner_names.contains(&"java/lang/invoke/MethodHandles$Lookup".to_owned()));

    let inner = parse(&classes, "p/Basic$Inner");
    assert_eq!(
        inner
            .constant_pool
            .class_name(inner.nest_host.unwrap())
            .unwrap(),
        "p/Basic"
    );
    let anon = parse(&classes, "p/Basic$1");
    let em = anon.enclosing_method.unwrap();
    assert_eq!(
        anon.constant_pool.class_name(em.class_index).unwrap(),
        "p/Basic"
    );
    let nat = anon.constant_pool.name_and_type(em.method_index).unwrap();
    assert_eq!(
        (nat.name.as_ref(), nat.descriptor.as_ref()),
        ("anon", "()Ljava/lang/Runnable;")
    );
}

const MODERN: &str = r#"
package q;
public sealed interface Shape permits Shape.Circle, Shape.Square, Shape.Poly {
    double area();
    default String describe() { return "shape " + area(); }
    static Shape unit() { return new Square(1); }
    record Circle(double r) implements Shape { public double area() { return Math.PI * r * r; } }
    record Square(double side) implements Shape {
        public Square { if (side < 0) throw new IllegalArgumentException(); }
        public double area() { return side * side; }
    }
    non-sealed class Poly implements Shape { public double area() { return 0; } }
    enum Color { RED, GREEN { public String toString() { return "g"; } }, BLUE }
}
"#;

#[test]
fn records_sealed_enums_interfaces() {
    let classes = compile("modern", &[("q/Shape.java", MODERN)], &[]);
    let shape = parse(&classes, "q/Shape");
    assert!(shape.is_interface());
    assert_eq!(shape.access_flags & access::ABSTRACT, access::ABSTRACT);
    let permitted: Vec<_> = shape
        .permitted_subclasses
        .unwrap()
        .iter()
        .map(|i| shape.constant_pool.class_name(i).unwrap())
        .collect();
    assert_eq!(
        permitted,
        ["q/Shape$Circle", "q/Shape$Square", "q/Shape$Poly"]
    );
    let describe = shape
        .find_method("describe", "()Ljava/lang/String;")
        .unwrap();
    assert!(describe.code().is_some() && !describe.is_abstract());
    let area = shape.find_method("area", "()D").unwrap();
    assert!(area.is_abstract() && area.code().is_none());
    assert!(
        shape
            .find_method("unit", "()Lq/Shape;")
            .unwrap()
            .is_static()
    );

    let square = parse(&classes, "q/Shape$Square");
    assert_eq!(square.super_name.as_deref(), Some("java/lang/Record"));
    let record = square.record.as_ref().unwrap();
    assert_eq!(record.len(), 1);
    assert_eq!(
        (record[0].name.as_ref(), record[0].descriptor.as_ref()),
        ("side", "D")
    );
    assert!(square.permitted_subclasses.is_none());
    // toString/hashCode/equals come from an ObjectMethods bootstrap.
    let bsm = square.bootstrap_methods[0];
    let (_, target) = square.constant_pool.method_handle(bsm.method_ref).unwrap();
    assert_eq!(
        square.constant_pool.member_ref(target).unwrap().class_name,
        "java/lang/runtime/ObjectMethods"
    );

    let color = parse(&classes, "q/Shape$Color");
    assert_ne!(color.access_flags & access::ENUM, 0);
    let red = color.find_field("RED", "Lq/Shape$Color;").unwrap();
    assert_eq!(
        red.access_flags,
        access::PUBLIC | access::STATIC | access::FINAL | access::ENUM
    );
    let green_body = parse(&classes, "q/Shape$Color$1");
    assert_eq!(green_body.super_name.as_deref(), Some("q/Shape$Color"));
}

#[test]
fn module_info_is_rejected_like_hotspot_unless_allowed() {
    let classes = compile(
        "module",
        &[
            (
                "module-info.java",
                "module m.x { requires java.logging; exports m.x.api; uses java.lang.Runnable; provides java.lang.Runnable with m.x.api.R; }",
            ),
            (
                "m/x/api/R.java",
                "package m.x.api; public class R implements Runnable { public void run() {} }",
            ),
        ],
        &[],
    );
    let bytes = &classes["module-info"];
    let err = ClassFile::parse(bytes).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NoClassDefFoundError);
    assert_eq!(
        err.message,
        "<Unknown> is not a class because access_flag ACC_MODULE is set"
    );
    let opts = ParseOptions {
        allow_module_info: true,
        ..Default::default()
    };
    let cf = ClassFile::parse_with(bytes, &opts).unwrap();
    assert_eq!(cf.access_flags, access::MODULE);
    assert_eq!(cf.super_class, 0);
    assert!(cf.attributes.find("Module").is_some());
    assert!(
        cf.constant_pool
            .entries()
            .iter()
            .any(|c| matches!(c, Constant::Module { .. }))
    );
}

const ANNOTATIONS: &str = r#"
package a;
import java.lang.annotation.*;
import java.util.List;
@Retention(RetentionPolicy.RUNTIME) @interface All {
    byte b() default 1; char c() default 'c'; short s() default 2; int i() default 3;
    long j() default 4L; float f() default 5f; double d() default 6d; boolean z() default true;
    String str() default "s"; RetentionPolicy e() default RetentionPolicy.CLASS;
    Class<?> cls() default void.class; Nested ann() default @Nested(1); int[] arr() default {1, 2};
}
@Retention(RetentionPolicy.RUNTIME) @interface Nested { int value(); }
@interface Quiet { }
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER}) @Retention(RetentionPolicy.RUNTIME) @interface T { }
@All(b = 9, c = 'x', s = 8, i = 7, j = 6L, f = 5.5f, d = 4.5, z = false, str = "hey",
     e = RetentionPolicy.SOURCE, cls = String[].class, ann = @Nested(2), arr = {3, 4, 5})
@Quiet
public class Annotated<@T X> {
    @Nested(3) @Quiet int field;
    List<@T String> typed;
    void m(@Nested(4) int p, @Quiet String q) {
        @T Object o = (@T Object) q;
    }
}
"#;

#[test]
fn annotations_of_all_kinds() {
    use classfile::attributes::{ElementValue, TargetInfo};
    let classes = compile("annotations", &[("a/Annotated.java", ANNOTATIONS)], &[]);
    let cf = parse(&classes, "a/Annotated");
    let cp = &cf.constant_pool;
    let visible = cf.annotations.visible.unwrap().parse().unwrap();
    assert_eq!(visible.len(), 1);
    assert_eq!(cp.utf8(visible[0].type_index).unwrap(), "La/All;");
    let elements: HashMap<String, ElementValue> = visible[0]
        .elements
        .iter()
        .map(|p| (cp.utf8(p.name_index).unwrap().into_owned(), p.value.clone()))
        .collect();
    let constant = |name: &str| match &elements[name] {
        ElementValue::Const { tag, index } => (*tag, *index),
        other => panic!("{name}: {other:?}"),
    };
    assert_eq!(constant("b").0, b'B');
    assert_eq!(cp.integer(constant("b").1).unwrap(), 9);
    assert_eq!(cp.integer(constant("c").1).unwrap(), i32::from(b'x'));
    assert_eq!(cp.long(constant("j").1).unwrap(), 6);
    assert_eq!(cp.float(constant("f").1).unwrap(), 5.5);
    assert_eq!(cp.double(constant("d").1).unwrap(), 4.5);
    assert_eq!(cp.integer(constant("z").1).unwrap(), 0);
    assert_eq!(
        (constant("str").0, cp.utf8(constant("str").1).unwrap()),
        (b's', "hey".into())
    );
    match &elements["e"] {
        ElementValue::Enum {
            type_name_index,
            const_name_index,
        } => {
            assert_eq!(
                cp.utf8(*type_name_index).unwrap(),
                "Ljava/lang/annotation/RetentionPolicy;"
            );
            assert_eq!(cp.utf8(*const_name_index).unwrap(), "SOURCE");
        }
        other => panic!("{other:?}"),
    }
    match &elements["cls"] {
        ElementValue::Class { class_info_index } => {
            assert_eq!(cp.utf8(*class_info_index).unwrap(), "[Ljava/lang/String;")
        }
        other => panic!("{other:?}"),
    }
    match &elements["ann"] {
        ElementValue::Annotation(n) => assert_eq!(cp.utf8(n.type_index).unwrap(), "La/Nested;"),
        other => panic!("{other:?}"),
    }
    match &elements["arr"] {
        ElementValue::Array(values) => assert_eq!(values.len(), 3),
        other => panic!("{other:?}"),
    }
    let invisible = cf.annotations.invisible.unwrap().parse().unwrap();
    assert_eq!(cp.utf8(invisible[0].type_index).unwrap(), "La/Quiet;");
    let class_type = cf.annotations.visible_type.unwrap().parse().unwrap();
    assert_eq!(class_type[0].target, TargetInfo::TypeParameter { index: 0 });

    let field = cf.find_field("field", "I").unwrap();
    assert_eq!(field.annotations.visible.unwrap().parse().unwrap().len(), 1);
    assert_eq!(
        field.annotations.invisible.unwrap().parse().unwrap().len(),
        1
    );
    let typed = cf.find_field("typed", "Ljava/util/List;").unwrap();
    let ta = typed.annotations.visible_type.unwrap().parse().unwrap();
    assert_eq!(ta[0].target, TargetInfo::Empty);
    assert_eq!(ta[0].type_path.len(), 1);
    assert_eq!(
        (ta[0].type_path[0].kind, ta[0].type_path[0].argument_index),
        (3, 0)
    );

    let m = cf.find_method("m", "(ILjava/lang/String;)V").unwrap();
    let params = m.visible_parameter_annotations.unwrap().parse().unwrap();
    assert_eq!(params.len(), 2);
    assert_eq!(params[0].len(), 1);
    assert!(params[1].is_empty());
    let code_types = m
        .code()
        .unwrap()
        .type_annotations
        .visible_type
        .unwrap()
        .parse()
        .unwrap();
    let targets: Vec<u8> = code_types.iter().map(|t| t.target_type).collect();
    assert!(targets.contains(&0x40), "local variable: {targets:?}");
    assert!(targets.contains(&0x47), "cast: {targets:?}");

    let all = parse(&classes, "a/All");
    assert!(all.is_interface());
    assert_ne!(all.access_flags & access::ANNOTATION, 0);
    let default_of = |name: &str, desc: &str| {
        all.find_method(name, desc)
            .unwrap()
            .annotation_default
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(matches!(
        default_of("z", "()Z"),
        ElementValue::Const { tag: b'Z', .. }
    ));
    assert!(matches!(default_of("arr", "()[I"), ElementValue::Array(v) if v.len() == 2));
    assert!(matches!(
        default_of("ann", "()La/Nested;"),
        ElementValue::Annotation(_)
    ));
}

#[test]
fn stack_maps_decode() {
    use classfile::attributes::StackMapFrame;
    let classes = compile("stackmaps", &[("p/Basic.java", BASIC)], &[]);
    let mut frames = 0;
    for (name, _) in classes.iter() {
        let cf = parse(&classes, name);
        for m in &cf.methods {
            if let Some(smt) = m.code().and_then(|c| c.stack_map_table) {
                let decoded = smt.parse().unwrap();
                assert_eq!(decoded.len(), usize::from(smt.declared_frames().unwrap()));
                frames += decoded.len();
            }
        }
    }
    assert!(frames > 0);
    let cf = parse(&classes, "p/Basic");
    let add = cf.find_method("add", "(IJDLjava/lang/Object;)I").unwrap();
    let decoded = add
        .code()
        .unwrap()
        .stack_map_table
        .unwrap()
        .parse()
        .unwrap();
    // The catch handler starts with the exception on the stack.
    assert!(decoded.iter().any(|f| matches!(
        f,
        StackMapFrame::SameLocals1StackItem { .. } | StackMapFrame::Full { .. }
    )));
}

#[test]
fn module_info_contents() {
    let classes = compile(
        "module2",
        &[
            (
                "module-info.java",
                "open module m.y { requires transitive java.logging; requires static java.sql; exports m.y.api to java.base; uses java.lang.Runnable; provides java.lang.Runnable with m.y.api.R; }",
            ),
            (
                "m/y/api/R.java",
                "package m.y.api; public class R implements Runnable { public void run() {} }",
            ),
        ],
        &["--module-version", "1.2"],
    );
    // `jar` adds the ModulePackages and ModuleMainClass attributes.
    let dir = common::temp_dir("modjar");
    std::fs::write(dir.join("module-info.class"), &classes["module-info"]).unwrap();
    std::fs::create_dir_all(dir.join("m/y/api")).unwrap();
    std::fs::write(dir.join("m/y/api/R.class"), &classes["m/y/api/R"]).unwrap();
    let jar = dir.join("m.jar");
    let status = std::process::Command::new(common::jdk17_tool("jar"))
        .args(["--create", "--main-class", "m.y.api.R", "--file"])
        .arg(&jar)
        .arg("-C")
        .arg(&dir)
        .arg("module-info.class")
        .arg("-C")
        .arg(&dir)
        .arg("m")
        .status()
        .unwrap();
    assert!(status.success());
    let out = common::temp_dir("modjar-x");
    let status = std::process::Command::new(common::jdk17_tool("jar"))
        .current_dir(&out)
        .arg("xf")
        .arg(&jar)
        .status()
        .unwrap();
    assert!(status.success());
    let bytes = std::fs::read(out.join("module-info.class")).unwrap();
    let opts = ParseOptions {
        allow_module_info: true,
        ..Default::default()
    };
    let cf = ClassFile::parse_with(&bytes, &opts).unwrap();
    let cp = &cf.constant_pool;
    let module = cf.module().unwrap().unwrap();
    assert_eq!(cp.module_name(module.name_index).unwrap(), "m.y");
    assert_eq!(module.flags & 0x0020, 0x0020, "ACC_OPEN");
    assert_eq!(cp.utf8(module.version_index).unwrap(), "1.2");
    let requires: Vec<_> = module
        .requires
        .iter()
        .map(|r| {
            (
                cp.module_name(r.module_index).unwrap().into_owned(),
                r.flags,
            )
        })
        .collect();
    assert!(requires.contains(&("java.logging".to_owned(), 0x0020)));
    assert!(requires.contains(&("java.sql".to_owned(), 0x0040)));
    assert!(requires.iter().any(|(n, _)| n == "java.base"));
    assert_eq!(module.exports.len(), 1);
    assert_eq!(
        cp.package_name(module.exports[0].package_index).unwrap(),
        "m/y/api"
    );
    let to: Vec<_> = module.exports[0]
        .to
        .iter()
        .map(|i| cp.module_name(i).unwrap())
        .collect();
    assert_eq!(to, ["java.base"]);
    assert!(module.opens.is_empty());
    assert_eq!(
        cp.class_name(module.uses.get(0).unwrap()).unwrap(),
        "java/lang/Runnable"
    );
    assert_eq!(
        cp.class_name(module.provides[0].with.get(0).unwrap())
            .unwrap(),
        "m/y/api/R"
    );
    let packages: Vec<_> = cf
        .module_packages()
        .unwrap()
        .unwrap()
        .iter()
        .map(|i| cp.package_name(i).unwrap())
        .collect();
    assert_eq!(packages, ["m/y/api"]);
    assert_eq!(
        cp.class_name(cf.module_main_class().unwrap().unwrap())
            .unwrap(),
        "m/y/api/R"
    );
}

#[test]
fn record_components_carry_signatures_and_annotations() {
    let src = r#"
        package r;
        import java.lang.annotation.*;
        import java.util.List;
        @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT) @interface Tag {}
        public record Pair<A>(@Tag A first, List<String> rest, long count) {}
    "#;
    let classes = compile("records", &[("r/Pair.java", src)], &[]);
    let cf = parse(&classes, "r/Pair");
    let cp = &cf.constant_pool;
    let comps = cf.record.as_ref().unwrap();
    let names: Vec<_> = comps
        .iter()
        .map(|c| (c.name.as_ref(), c.descriptor.as_ref()))
        .collect();
    assert_eq!(
        names,
        [
            ("first", "Ljava/lang/Object;"),
            ("rest", "Ljava/util/List;"),
            ("count", "J")
        ]
    );
    assert_eq!(cp.utf8(comps[0].signature.unwrap()).unwrap(), "TA;");
    assert_eq!(
        cp.utf8(comps[1].signature.unwrap()).unwrap(),
        "Ljava/util/List<Ljava/lang/String;>;"
    );
    assert!(comps[2].signature.is_none());
    let tags = comps[0].annotations.visible.unwrap().parse().unwrap();
    assert_eq!(cp.utf8(tags[0].type_index).unwrap(), "Lr/Tag;");
    assert_eq!(
        comps[0].attributes.len(),
        2,
        "Signature and RuntimeVisibleAnnotations"
    );
}

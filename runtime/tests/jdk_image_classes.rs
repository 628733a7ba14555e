//! Every class of every module in the machine's JDK 17 image parses with all of HotSpot's format
//! checks, every method's code decodes, and every generic signature parses.

use std::borrow::Cow;
use std::time::Instant;

use classfile::bytecode::decode_method;
use classfile::signature::{ClassSignature, MethodSignature, parse_field_signature};
use classfile::{ClassFile, ConstantPool, ParseOptions};
use runtime::classpath::jimage::{ImageClass, JImage};
use runtime::java_home::JavaHome;

/// What one class contributed to the totals.
#[derive(Default)]
struct Totals {
    classes: usize,
    bytes: usize,
    methods_with_code: usize,
    instructions: usize,
    signatures: usize,
}

/// Parses, decodes and checks the signatures of one class; returns a description of the first
/// failure.
fn check_class(image: &JImage, class: &ImageClass<'_>, totals: &mut Totals) -> Result<(), String> {
    let bytes: Cow<'_, [u8]> = image.read(&class.location).map_err(|e| e.to_string())?;
    let options = ParseOptions {
        class_name: Some(&class.internal_name),
        need_verify: true,
        allow_module_info: class.internal_name == "module-info",
        ..ParseOptions::default()
    };
    let parsed = ClassFile::parse_with(&bytes, &options).map_err(|e| e.to_string())?;
    totals.classes += 1;
    totals.bytes += bytes.len();
    let pool = &parsed.constant_pool;
    check_signature(pool, parsed.signature, totals, |s| {
        ClassSignature::parse(s).map(drop)
    })?;
    for field in &parsed.fields {
        check_signature(pool, field.signature, totals, |s| {
            parse_field_signature(s).map(drop)
        })?;
    }
    for method in &parsed.methods {
        check_signature(pool, method.signature, totals, |s| {
            MethodSignature::parse(s).map(drop)
        })?;
        if let Some(code) = method.code() {
            let decoded = decode_method(code.code)
                .map_err(|e| format!("{}{}: {e}", method.name, method.descriptor))?;
            totals.methods_with_code += 1;
            totals.instructions += decoded.instructions().len();
        }
    }
    Ok(())
}

/// Parses the `Signature` attribute at `index`, if any, with `parse`.
fn check_signature<E: std::fmt::Display>(
    pool: &ConstantPool<'_>,
    index: Option<u16>,
    totals: &mut Totals,
    parse: impl Fn(&str) -> Result<(), E>,
) -> Result<(), String> {
    let Some(index) = index else { return Ok(()) };
    let signature = pool.utf8(index).map_err(|e| e.to_string())?;
    parse(&signature).map_err(|e| format!("signature {signature}: {e}"))?;
    totals.signatures += 1;
    Ok(())
}

#[test]
fn every_class_of_the_jdk_image_parses_and_decodes() {
    let home = JavaHome::discover(None).expect("a JDK 17 is installed");
    let image = JImage::open(home.modules_path()).expect("lib/modules opens");
    let started = Instant::now();
    let mut totals = Totals::default();
    let mut failures = Vec::new();
    let mut modules = std::collections::BTreeSet::new();
    for class in image.classes() {
        let class = class.expect("the image index is well formed");
        modules.insert(class.module.to_owned());
        if let Err(error) = check_class(&image, &class, &mut totals) {
            failures.push(format!(
                "/{}/{}: {error}",
                class.module, class.internal_name
            ));
        }
    }
    println!(
        "{} classes of {} modules, {} bytes, {} methods with code, {} instructions, {} signatures in {:?}",
        totals.classes,
        modules.len(),
        totals.bytes,
        totals.methods_with_code,
        totals.instructions,
        totals.signatures,
        started.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // A JDK 17 image has java.base's ~6,000 classes and tens of thousands in all; a scan that
    // found far fewer would mean the walk missed entries.
    assert!(
        modules.contains("java.base") && modules.len() > 20,
        "{modules:?}"
    );
    assert!(totals.classes > 20_000, "only {} classes", totals.classes);
}

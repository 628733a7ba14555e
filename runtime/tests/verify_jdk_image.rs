//! Every class of every module of the machine's JDK 17 image verifies (as `-Xverify:all` would
//! verify it), with a class hierarchy read lazily from the same image. Prints the counts, the
//! time and the verification throughput next to the parsing time.

mod verify_support;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use classfile::ClassFile;
use classfile::verifier::{
    reference_map, reference_maps_of_class, verify_class, verify_class_with_maps,
};
use runtime::classpath::jimage::JImage;
use runtime::java_home::JavaHome;
use verify_support::ImageHierarchy;

/// Verifies the classes of the image for which `include(module)` holds; returns the number of
/// classes, the time spent parsing and the time spent verifying, and the failures.
fn verify_image(include: impl Fn(&str) -> bool) -> (usize, Duration, Duration, Vec<String>) {
    let home = JavaHome::discover(None).expect("a JDK 17 to test against");
    let image = JImage::open(home.modules_path()).expect("the JDK's lib/modules");
    let hierarchy = ImageHierarchy::new(&image, HashMap::new());
    let (mut count, mut parsing, mut verifying) = (0, Duration::ZERO, Duration::ZERO);
    let mut failures = Vec::new();
    for class in image.classes() {
        let class = class.expect("readable image");
        if class.internal_name == "module-info" || !include(class.module) {
            continue;
        }
        let bytes = image.read(&class.location).expect("readable class");
        let start = Instant::now();
        let parsed = ClassFile::parse(&bytes).expect("JDK classes parse");
        parsing += start.elapsed();
        let start = Instant::now();
        let result = verify_class(&parsed, &hierarchy);
        verifying += start.elapsed();
        count += 1;
        if let Err(error) = result {
            failures.push(format!("{}: {error}", class.internal_name));
        }
    }
    // Loading the classes the verifier asked about is class loading, not verification.
    let loading = *hierarchy.loading.borrow();
    println!(
        "(loading {} supertypes for the verifier took {loading:.2?})",
        hierarchy.cache.borrow().len()
    );
    (count, parsing, verifying.saturating_sub(loading), failures)
}

fn report(what: &str, count: usize, parsing: Duration, verifying: Duration) {
    println!(
        "{what}: verified {count} classes in {verifying:.2?} ({:.0} classes/s); parsing them took {parsing:.2?} (verify/parse = {:.2})",
        count as f64 / verifying.as_secs_f64(),
        verifying.as_secs_f64() / parsing.as_secs_f64(),
    );
}

#[test]
fn every_class_of_the_jdk_image_verifies() {
    let (count, parsing, verifying, failures) = verify_image(|_| true);
    report("JDK image", count, parsing, verifying);
    assert!(count > 20_000, "only {count} classes");
    assert!(
        failures.is_empty(),
        "{} failures, first: {}",
        failures.len(),
        failures[0]
    );
}

#[test]
fn java_base_verifies() {
    let (count, parsing, verifying, failures) = verify_image(|module| module == "java.base");
    report("java.base", count, parsing, verifying);
    assert!(count > 5_000, "only {count} classes");
    assert!(
        failures.is_empty(),
        "{} failures, first: {}",
        failures.len(),
        failures[0]
    );
}

/// The reference maps of unverified code (the permissive inference the runtime uses for boot
/// classes) agree with the type checker's on every method of java.base: the same stack depth
/// and stack references everywhere, and every local the stack maps prove to be a reference is
/// one for the inference too.
#[test]
fn java_base_reference_maps_agree_with_the_type_checker() {
    let home = JavaHome::discover(None).expect("a JDK 17 to test against");
    let image = JImage::open(home.modules_path()).expect("the JDK's lib/modules");
    let hierarchy = ImageHierarchy::new(&image, HashMap::new());
    let (mut methods, mut points, mut unreached) = (0, 0, 0);
    for class in image.classes() {
        let class = class.expect("readable image");
        if class.module != "java.base" || class.internal_name == "module-info" {
            continue;
        }
        let bytes = image.read(&class.location).expect("readable class");
        let parsed = ClassFile::parse(&bytes).expect("JDK classes parse");
        let checked = verify_class_with_maps(&parsed, &hierarchy).expect("java.base verifies");
        for (index, maps) in checked.iter().enumerate() {
            let Some(maps) = maps else { continue };
            let inferred = reference_map(&parsed, index).expect("inference succeeds");
            methods += 1;
            for &pc in maps.pcs() {
                let (Some(a), Some(b)) = (maps.at(pc), inferred.at(pc)) else {
                    // Dead code: checked against its stack map, never reached by the inference.
                    unreached += 1;
                    continue;
                };
                points += 1;
                let at = format!(
                    "{}.{} @{pc}",
                    class.internal_name, parsed.methods[index].name
                );
                assert_eq!(a.stack_size(), b.stack_size(), "{at}");
                for slot in 0..a.stack_size() {
                    assert_eq!(
                        a.is_stack_ref(slot),
                        b.is_stack_ref(slot),
                        "{at} stack {slot}"
                    );
                }
                for local in a.ref_locals() {
                    assert!(b.is_local_ref(local), "{at} local {local}");
                }
            }
        }
    }
    println!(
        "reference maps compared at {points} instructions of {methods} methods ({unreached} unreachable)"
    );
    assert!(methods > 50_000, "{methods}");
    assert!(
        unreached * 1000 < points,
        "the inference reaches the code javac writes"
    );
}

/// The boot loader runs the image's classes unverified and computes their reference maps only
/// when a collection first meets one of their frames, so the analysis must succeed for every
/// method of every class of the image (the collector has no conservative fallback).
#[test]
fn every_method_of_the_jdk_image_has_reference_maps() {
    let home = JavaHome::discover(None).expect("a JDK 17 to test against");
    let image = JImage::open(home.modules_path()).expect("the JDK's lib/modules");
    let (mut classes, mut methods) = (0, 0);
    let mut failures = Vec::new();
    for class in image.classes() {
        let class = class.expect("readable image");
        if class.internal_name == "module-info" {
            continue;
        }
        let bytes = image.read(&class.location).expect("readable class");
        let parsed = ClassFile::parse(&bytes).expect("JDK classes parse");
        classes += 1;
        methods += parsed.methods.iter().filter(|m| m.code().is_some()).count();
        if let Err(e) = reference_maps_of_class(&parsed) {
            failures.push(format!("{}: {e}", class.internal_name));
        }
    }
    println!("reference maps of {methods} methods of {classes} classes");
    assert!(classes > 20_000 && methods > 150_000, "{classes} {methods}");
    assert!(
        failures.is_empty(),
        "{} failures, first: {}",
        failures.len(),
        failures[0]
    );
}

//! Every class of every module of the machine's JDK 17 image verifies (as `-Xverify:all` would
//! verify it), with a class hierarchy read lazily from the same image. Prints the counts, the
//! time and the verification throughput next to the parsing time.

mod verify_support;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use classfile::ClassFile;
use classfile::verifier::verify_class;
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

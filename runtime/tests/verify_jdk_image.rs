//! Every class of every module of the machine's JDK 17 image verifies (as `-Xverify:all` would
//! verify it), with a class hierarchy read lazily from the same image. Prints the counts, the
//! time and the verification throughput next to the parsing time.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::{Duration, Instant};

use classfile::ClassFile;
use classfile::model::access;
use classfile::verifier::{ClassHierarchy, ClassInfo, MemberInfo, MemberKind, verify_class};
use runtime::classpath::jimage::JImage;
use runtime::java_home::JavaHome;

/// What the hierarchy keeps of one class.
struct Known {
    info: ClassInfo,
    interfaces: Vec<String>,
    /// (name, descriptor, is_method, is_protected)
    members: Vec<(String, String, bool, bool)>,
}

/// A class hierarchy over the image: classes are parsed on first use and cached.
struct ImageHierarchy<'i> {
    image: &'i JImage,
    cache: RefCell<HashMap<String, Option<Rc<Known>>>>,
    /// Time spent reading and parsing classes for the verifier (class loading, not
    /// verification).
    loading: RefCell<Duration>,
}

impl ImageHierarchy<'_> {
    fn load(&self, name: &str) -> Option<Rc<Known>> {
        if let Some(known) = self.cache.borrow().get(name) {
            return known.clone();
        }
        let start = Instant::now();
        let known = self.read(name).map(Rc::new);
        *self.loading.borrow_mut() += start.elapsed();
        self.cache
            .borrow_mut()
            .insert(name.to_owned(), known.clone());
        known
    }

    fn read(&self, name: &str) -> Option<Known> {
        let (_, location) = self.image.find_class(name).ok()??;
        let bytes = self.image.read(&location).ok()?;
        let class = ClassFile::parse(&bytes).ok()?;
        let interfaces = class
            .interfaces
            .iter()
            .filter_map(|i| {
                class
                    .constant_pool
                    .class_name(i)
                    .ok()
                    .map(|n| n.into_owned())
            })
            .collect();
        let fields = class
            .fields
            .iter()
            .map(|f| (&f.name, &f.descriptor, false, f.access_flags));
        let methods = class
            .methods
            .iter()
            .map(|m| (&m.name, &m.descriptor, true, m.access_flags));
        let members = fields
            .chain(methods)
            .map(|(n, d, is_method, flags)| {
                (
                    n.to_string(),
                    d.to_string(),
                    is_method,
                    flags & access::PROTECTED != 0,
                )
            })
            .collect();
        Some(Known {
            info: ClassInfo {
                super_class: class.super_name.as_ref().map(|s| s.to_string()),
                is_interface: class.is_interface(),
            },
            interfaces,
            members,
        })
    }

    fn find(&self, class: &str, name: &str, desc: &str, method: bool) -> Option<MemberInfo> {
        let known = self.load(class)?;
        let found = known
            .members
            .iter()
            .find(|m| m.0 == name && m.1 == desc && m.2 == method);
        if let Some(m) = found {
            return Some(MemberInfo {
                declaring_class: class.to_owned(),
                is_protected: m.3,
            });
        }
        if !method
            && let Some(found) = known
                .interfaces
                .iter()
                .find_map(|i| self.find(i, name, desc, false))
        {
            return Some(found);
        }
        self.find(known.info.super_class.as_deref()?, name, desc, method)
    }
}

impl ClassHierarchy for ImageHierarchy<'_> {
    fn class_info(&self, name: &str) -> Option<ClassInfo> {
        self.load(name).map(|k| k.info.clone())
    }

    fn find_member(
        &self,
        class: &str,
        name: &str,
        desc: &str,
        kind: MemberKind,
    ) -> Option<MemberInfo> {
        self.find(class, name, desc, kind == MemberKind::Method)
    }
}

/// Verifies the classes of the image for which `include(module)` holds; returns the number of
/// classes, the time spent parsing and the time spent verifying, and the failures.
fn verify_image(include: impl Fn(&str) -> bool) -> (usize, Duration, Duration, Vec<String>) {
    let home = JavaHome::discover(None).expect("a JDK 17 to test against");
    let image = JImage::open(home.modules_path()).expect("the JDK's lib/modules");
    let hierarchy = ImageHierarchy {
        image: &image,
        cache: RefCell::new(HashMap::new()),
        loading: RefCell::new(Duration::ZERO),
    };
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

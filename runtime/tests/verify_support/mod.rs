//! Test support for verifier tests: a class hierarchy over the JDK image and application
//! classes, read lazily and cached.

#![allow(dead_code)]

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::{Duration, Instant};

use classfile::ClassFile;
use classfile::model::access;
use classfile::verifier::{ClassHierarchy, ClassInfo, MemberInfo, MemberKind};
use runtime::classpath::jimage::JImage;

/// What the hierarchy keeps of one class.
pub struct Known {
    info: ClassInfo,
    interfaces: Vec<String>,
    /// (name, descriptor, is_method, is_protected)
    members: Vec<(String, String, bool, bool)>,
}

/// A class hierarchy over the image: classes are parsed on first use and cached.
pub struct ImageHierarchy<'i> {
    /// The JDK image.
    pub image: &'i JImage,
    /// Classes of the application class path (binary name to bytes), searched first.
    pub classes: HashMap<String, Vec<u8>>,
    /// Classes already read.
    pub cache: RefCell<HashMap<String, Option<Rc<Known>>>>,
    /// Time spent reading and parsing classes for the verifier (class loading, not
    /// verification).
    pub loading: RefCell<Duration>,
}

impl<'i> ImageHierarchy<'i> {
    /// A hierarchy over `image` and the application classes `classes`.
    pub fn new(image: &'i JImage, classes: HashMap<String, Vec<u8>>) -> Self {
        ImageHierarchy {
            image,
            classes,
            cache: RefCell::new(HashMap::new()),
            loading: RefCell::new(Duration::ZERO),
        }
    }

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
        let bytes = match self.classes.get(name) {
            Some(bytes) => std::borrow::Cow::Borrowed(&bytes[..]),
            None => {
                let (_, location) = self.image.find_class(name).ok()??;
                self.image.read(&location).ok()?
            }
        };
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

//! What the verifier asks the class loader about classes other than the one it verifies.

use std::collections::HashMap;

/// What the verifier needs to know about a class it does not have in hand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassInfo {
    /// The binary name of the direct superclass (`None` for `java/lang/Object`).
    pub super_class: Option<String>,
    /// Whether the class is an interface.
    pub is_interface: bool,
}

/// Whether a member lookup is for a field or a method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberKind {
    /// A field (looked up in the class, its superinterfaces and its superclasses).
    Field,
    /// A method (looked up in the class and its superclasses).
    Method,
}

/// A member found by [`ClassHierarchy::find_member`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberInfo {
    /// The binary name of the class that declares the member.
    pub declaring_class: String,
    /// Whether the member is `protected`.
    pub is_protected: bool,
}

/// The verifier's window on the class loader: the runtime implements it over its loaded classes
/// (loading on demand, as HotSpot's verifier does), tests over a map.
///
/// A class that cannot be found makes verification fail with `NoClassDefFoundError`, as in
/// HotSpot, where the verifier's loads surface as that error.
pub trait ClassHierarchy {
    /// The superclass and kind of the class `name` (a binary name such as `java/lang/String`),
    /// or `None` if no such class can be loaded.
    fn class_info(&self, name: &str) -> Option<ClassInfo>;

    /// Looks up a field or method by name and descriptor in `class` and its supertypes, as
    /// resolution would; `None` if not found (the access check is then left to resolution).
    fn find_member(
        &self,
        class: &str,
        name: &str,
        descriptor: &str,
        kind: MemberKind,
    ) -> Option<MemberInfo>;
}

/// A hierarchy that knows only the classes given to it: a map from binary name to its
/// superclass, kind and protected members. Useful in tests and for closed worlds.
#[derive(Default, Debug, Clone)]
pub struct MapHierarchy {
    classes: HashMap<String, ClassInfo>,
    protected: HashMap<(String, String, String), MemberKind>,
}

impl MapHierarchy {
    /// An empty hierarchy.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a class with its superclass.
    pub fn add_class(&mut self, name: &str, super_class: Option<&str>, is_interface: bool) {
        let info = ClassInfo {
            super_class: super_class.map(str::to_owned),
            is_interface,
        };
        self.classes.insert(name.to_owned(), info);
    }

    /// Declares a protected member of `class`.
    pub fn add_protected(&mut self, class: &str, name: &str, descriptor: &str, kind: MemberKind) {
        self.protected.insert(
            (class.to_owned(), name.to_owned(), descriptor.to_owned()),
            kind,
        );
    }
}

impl ClassHierarchy for MapHierarchy {
    fn class_info(&self, name: &str) -> Option<ClassInfo> {
        self.classes.get(name).cloned()
    }

    fn find_member(
        &self,
        class: &str,
        name: &str,
        descriptor: &str,
        kind: MemberKind,
    ) -> Option<MemberInfo> {
        let mut current = Some(class.to_owned());
        while let Some(c) = current {
            let key = (c.clone(), name.to_owned(), descriptor.to_owned());
            if self.protected.get(&key) == Some(&kind) {
                return Some(MemberInfo {
                    declaring_class: c,
                    is_protected: true,
                });
            }
            current = self.classes.get(&c).and_then(|i| i.super_class.clone());
        }
        None
    }
}

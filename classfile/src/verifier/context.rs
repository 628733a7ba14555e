//! Per-class verification state: the names, the class being verified, and assignability between
//! verification types (JVMS §4.10.1.2, with HotSpot's treatment of interfaces as `Object`).

use std::rc::Rc;

use super::hierarchy::{ClassHierarchy, MemberKind};
use super::stackmap::CodeMark;
use super::types::{Names, Sym, VType, array_component, package_of};

/// The verification types of a method descriptor: argument slots and return type.
#[derive(Debug)]
pub struct SignatureTypes {
    /// The argument types, two slots for `long`/`double`.
    pub args: Vec<VType>,
    /// The return type (`None` for `void`).
    pub ret: Option<VType>,
}

/// Why a question about the hierarchy could not be answered: a class was not found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingClass(pub String);

/// Well-known names, interned once per class.
#[derive(Clone, Copy, Debug)]
pub struct WellKnown {
    /// `java/lang/Object`.
    pub object: Sym,
    /// `java/lang/Throwable`.
    pub throwable: Sym,
    /// `java/lang/String`.
    pub string: Sym,
    /// `java/lang/Class`.
    pub class: Sym,
    /// `java/lang/invoke/MethodHandle`.
    pub method_handle: Sym,
    /// `java/lang/invoke/MethodType`.
    pub method_type: Sym,
    /// `java/lang/Cloneable`.
    pub cloneable: Sym,
    /// `java/io/Serializable`.
    pub serializable: Sym,
}

thread_local! {
    /// An interner holding just the well-known names, copied for each class verified (copying
    /// is cheaper than interning them anew).
    static WELL_KNOWN: (Names, WellKnown) = {
        let mut names = Names::default();
        let known = WellKnown {
            object: names.intern("java/lang/Object"),
            throwable: names.intern("java/lang/Throwable"),
            string: names.intern("java/lang/String"),
            class: names.intern("java/lang/Class"),
            method_handle: names.intern("java/lang/invoke/MethodHandle"),
            method_type: names.intern("java/lang/invoke/MethodType"),
            cloneable: names.intern("java/lang/Cloneable"),
            serializable: names.intern("java/io/Serializable"),
        };
        (names, known)
    };
}

impl WellKnown {
    /// A fresh interner with the well-known names, and their symbols.
    fn names() -> (Names, WellKnown) {
        WELL_KNOWN.with(|(names, known)| (names.clone(), *known))
    }
}

/// The class-level context shared by the verification of all methods of one class.
pub struct ClassContext<'h> {
    /// The names of this verification run.
    pub names: Names,
    /// Well-known class names.
    pub known: WellKnown,
    /// The class being verified.
    pub this_class: Sym,
    /// Its superclass (`None` for `java/lang/Object`).
    pub super_class: Option<Sym>,
    /// Its direct superinterfaces.
    pub interfaces: Vec<Sym>,
    /// Reference-map mode: every reference is assignable to every reference type and no
    /// class is ever looked up (the code is trusted; only slot kinds matter).
    pub permissive: bool,
    /// The old (inference) verifier's rules are in effect: of two failing pops of a two-slot
    /// value, the first error is reported (the type checker reports the second).
    pub inference: bool,
    hierarchy: &'h dyn ClassHierarchy,
    /// Symbol index -> the superclass and interface flag of that class, once asked.
    supers: Vec<Option<(Option<Sym>, bool)>>,
    /// What each code offset is and the instruction lengths, kept between methods so their
    /// allocations are reused.
    pub(crate) code_tables: (Vec<CodeMark>, Vec<u32>),
    /// Constant-pool index -> the symbol of the class it names.
    pool_classes: Vec<Option<Sym>>,
    /// Constant-pool index -> the symbol of the array of the class it names.
    pool_arrays: Vec<Option<Sym>>,
    /// Constant-pool index of a member reference -> its descriptor's types.
    pool_signatures: Vec<Option<Rc<SignatureTypes>>>,
}

impl<'h> ClassContext<'h> {
    /// A context for the class `this_class` with the given direct supertypes.
    pub fn new(
        this_class: &str,
        super_class: Option<&str>,
        interfaces: &[&str],
        this_is_interface: bool,
        hierarchy: &'h dyn ClassHierarchy,
    ) -> Self {
        let (mut names, known) = WellKnown::names();
        let this_sym = names.intern(this_class);
        let super_sym = super_class.map(|s| names.intern(s));
        let interfaces = interfaces.iter().map(|i| names.intern(i)).collect();
        let mut supers = Vec::new();
        grow(&mut supers, this_sym.index())[this_sym.index() as usize] =
            Some((super_sym, this_is_interface));
        ClassContext {
            names,
            known,
            this_class: this_sym,
            super_class: super_sym,
            interfaces,
            permissive: false,
            inference: false,
            hierarchy,
            supers,
            code_tables: (Vec::new(), Vec::new()),
            pool_classes: Vec::new(),
            pool_arrays: Vec::new(),
            pool_signatures: Vec::new(),
        }
    }

    /// The symbol of the class `name` named by constant-pool entry `index`, interned once.
    pub fn pool_class(&mut self, index: u16, name: &str) -> Sym {
        if let Some(Some(sym)) = self.pool_classes.get(index as usize) {
            return *sym;
        }
        let sym = self.names.intern(name);
        grow(&mut self.pool_classes, index)[index as usize] = Some(sym);
        sym
    }

    /// The symbol of the array whose components are the class `name` at `index`.
    pub fn pool_array(&mut self, index: u16, name: &str) -> Sym {
        if let Some(Some(sym)) = self.pool_arrays.get(index as usize) {
            return *sym;
        }
        let array = if name.starts_with('[') {
            format!("[{name}")
        } else {
            format!("[L{name};")
        };
        let sym = self.names.intern(&array);
        grow(&mut self.pool_arrays, index)[index as usize] = Some(sym);
        sym
    }

    /// The cached signature types of the member reference at `index`.
    pub fn pool_signature(&self, index: u16) -> Option<Rc<SignatureTypes>> {
        self.pool_signatures.get(index as usize)?.clone()
    }

    /// Caches the signature types of the member reference at `index`.
    pub fn cache_signature(&mut self, index: u16, sig: Rc<SignatureTypes>) {
        grow(&mut self.pool_signatures, index)[index as usize] = Some(sig);
    }

    /// The superclass and interface flag of a class, asking the hierarchy once per class.
    fn class_entry(&mut self, class: Sym) -> Result<(Option<Sym>, bool), MissingClass> {
        if self.permissive {
            return Ok((None, false));
        }
        if let Some(&Some(entry)) = self.supers.get(class.index() as usize) {
            return Ok(entry);
        }
        let name = self.names.name(class).to_owned();
        let info = self.hierarchy.class_info(&name).ok_or(MissingClass(name))?;
        let super_sym = info.super_class.as_deref().map(|s| self.names.intern(s));
        let entry = (super_sym, info.is_interface);
        grow(&mut self.supers, class.index())[class.index() as usize] = Some(entry);
        Ok(entry)
    }

    /// Whether `class` is `ancestor` or a subclass of it (superclass chain only).
    pub fn is_subclass_of(&mut self, class: Sym, ancestor: Sym) -> Result<bool, MissingClass> {
        let mut current = Some(class);
        let mut steps = 0;
        while let Some(c) = current {
            if c == ancestor {
                return Ok(true);
            }
            steps += 1;
            if steps > 10_000 {
                // A cyclic hierarchy is rejected by the loader; do not loop on one here.
                return Ok(false);
            }
            current = self.class_entry(c)?.0;
        }
        Ok(false)
    }

    /// Whether `name` is a proper superclass of the class being verified (no loading needed
    /// beyond the chain itself).
    pub fn name_in_supers(&mut self, name: Sym) -> Result<bool, MissingClass> {
        if self.permissive {
            return Ok(false);
        }
        match self.super_class {
            Some(s) => self.is_subclass_of(s, name),
            None => Ok(false),
        }
    }

    /// Whether the class or array `name` is an interface (arrays never are).
    pub fn is_interface_name(&mut self, name: Sym) -> Result<bool, MissingClass> {
        if self.names.is_array(name) || name == self.known.object {
            return Ok(false);
        }
        Ok(self.class_entry(name)?.1)
    }

    /// The superclass of the class `name` (`None` for `java/lang/Object`).
    pub fn super_of(&mut self, name: Sym) -> Result<Option<Sym>, MissingClass> {
        if name == self.known.object {
            return Ok(None);
        }
        Ok(self.class_entry(name)?.0)
    }

    /// Whether a value of type `from` may be stored where `to` is expected.
    pub fn is_assignable(&mut self, to: VType, from: VType) -> Result<bool, MissingClass> {
        self.assignable(to, from, false)
    }

    /// Assignability with HotSpot's `from_field_is_protected` flag (interfaces are not treated
    /// as `Object` for a protected member of `java/lang/Object`).
    pub fn assignable(
        &mut self,
        to: VType,
        from: VType,
        protected: bool,
    ) -> Result<bool, MissingClass> {
        if to == from || to == VType::Top {
            return Ok(true);
        }
        Ok(match to {
            VType::Cat1Check => from.is_category1(),
            VType::Cat2Check => from.is_category2(),
            VType::RefCheck => from.is_reference() || from.is_uninitialized(),
            VType::Boolean | VType::Byte | VType::Char | VType::Short => from == VType::Integer,
            VType::Object(_) if self.permissive => from.is_reference(),
            VType::Object(to_sym) => match from {
                VType::Null => true,
                VType::Object(from_sym) => {
                    self.reference_assignable(to_sym, from_sym, protected)?
                }
                _ => false,
            },
            _ => false,
        })
    }

    fn reference_assignable(
        &mut self,
        to: Sym,
        from: Sym,
        protected: bool,
    ) -> Result<bool, MissingClass> {
        if to == from {
            return Ok(true);
        }
        let to_is_array = self.names.is_array(to);
        let from_is_array = self.names.is_array(from);
        if !to_is_array {
            if to == self.known.object {
                return Ok(true);
            }
            let (_, to_is_interface) = self.class_entry(to)?;
            if to_is_interface && (!protected || from != self.known.object) {
                return Ok(!from_is_array
                    || to == self.known.cloneable
                    || to == self.known.serializable);
            }
            if from_is_array {
                return Ok(false);
            }
            return self.is_subclass_of(from, to);
        }
        if !from_is_array {
            return Ok(false);
        }
        let to_component = array_component(to, &mut self.names);
        let from_component = array_component(from, &mut self.names);
        match (to_component, from_component) {
            (Some(t), Some(f)) => {
                if t == f {
                    return Ok(true);
                }
                if matches!(t, VType::Boolean | VType::Byte | VType::Char | VType::Short) {
                    return Ok(false);
                }
                self.assignable(t, f, protected)
            }
            _ => Ok(false),
        }
    }

    /// HotSpot's `is_protected_access`: whether accessing the member `name:descriptor` through
    /// the class `target` (a superclass of the class being verified) is a protected access from
    /// another runtime package.
    pub fn is_protected_access(
        &mut self,
        target: Sym,
        name: &str,
        descriptor: &str,
        kind: MemberKind,
    ) -> Result<bool, MissingClass> {
        if self.permissive || !self.is_subclass_of(self.this_class, target)? {
            return Ok(false);
        }
        let target_name = self.names.name(target).to_owned();
        let Some(member) = self
            .hierarchy
            .find_member(&target_name, name, descriptor, kind)
        else {
            return Ok(false);
        };
        let this_package = package_of(self.names.name(self.this_class));
        Ok(member.is_protected && package_of(&member.declaring_class) != this_package)
    }
}

/// Makes `cache` long enough to hold `index`.
fn grow<T: Clone>(cache: &mut Vec<Option<T>>, index: impl Into<u32>) -> &mut Vec<Option<T>> {
    let index = index.into();
    if cache.len() <= index as usize {
        cache.resize(index as usize + 1, None);
    }
    cache
}

#[cfg(test)]
mod tests {
    use super::super::hierarchy::MapHierarchy;
    use super::*;

    fn hierarchy() -> MapHierarchy {
        let mut h = MapHierarchy::new();
        h.add_class("java/lang/Object", None, false);
        h.add_class("java/lang/Number", Some("java/lang/Object"), false);
        h.add_class("java/lang/Integer", Some("java/lang/Number"), false);
        h.add_class("java/lang/Runnable", Some("java/lang/Object"), true);
        h.add_class("java/lang/Cloneable", Some("java/lang/Object"), true);
        h
    }

    #[test]
    fn class_and_interface_assignability() {
        let h = hierarchy();
        let mut cx = ClassContext::new("Main", Some("java/lang/Object"), &[], false, &h);
        let number = VType::Object(cx.names.intern("java/lang/Number"));
        let integer = VType::Object(cx.names.intern("java/lang/Integer"));
        let runnable = VType::Object(cx.names.intern("java/lang/Runnable"));
        let ints = VType::Object(cx.names.intern("[I"));
        let numbers = VType::Object(cx.names.intern("[Ljava/lang/Number;"));
        let integers = VType::Object(cx.names.intern("[Ljava/lang/Integer;"));
        let cloneable = VType::Object(cx.known.cloneable);
        assert!(cx.is_assignable(number, integer).unwrap());
        assert!(!cx.is_assignable(integer, number).unwrap());
        assert!(
            cx.is_assignable(runnable, integer).unwrap(),
            "interfaces act as Object"
        );
        assert!(!cx.is_assignable(runnable, ints).unwrap());
        assert!(cx.is_assignable(cloneable, ints).unwrap());
        assert!(cx.is_assignable(numbers, integers).unwrap());
        assert!(!cx.is_assignable(integers, numbers).unwrap());
        assert!(cx.is_assignable(number, VType::Null).unwrap());
        assert!(!cx.is_assignable(number, VType::Uninitialized(3)).unwrap());
        assert!(
            cx.is_assignable(VType::RefCheck, VType::UninitializedThis)
                .unwrap()
        );
        assert!(cx.is_assignable(VType::Byte, VType::Integer).unwrap());
        let bytes = VType::Object(cx.names.intern("[B"));
        let bools = VType::Object(cx.names.intern("[Z"));
        assert!(!cx.is_assignable(bytes, bools).unwrap());
        let missing = VType::Object(cx.names.intern("does/not/Exist"));
        assert_eq!(
            cx.is_assignable(missing, integer),
            Err(MissingClass("does/not/Exist".into()))
        );
    }
}

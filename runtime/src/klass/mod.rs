//! Class metadata: [`Klass`] (instance classes, object arrays, primitive arrays), its fields
//! and methods, and the subtype relation.
//!
//! A `Klass` is created once per (defining loader, name), is never freed while the VM lives
//! (class metadata is `'static`, as HotSpot's metaspace is until class unloading exists) and is
//! immutable after definition except for the few states that change at run time: the mirror,
//! the link and initialisation states, the constant-pool resolution cache and the array class.

mod build;
mod field;
mod method;
mod vtable;

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};

use classfile::ClassFile;
use classfile::descriptor::BaseType;
use classfile::model::access;
use parking_lot::{Condvar, Mutex};

pub use build::{
    ArrayKlassParts, CLASS_KLASS_FIELD, CLASS_PROTECTION_DOMAIN_FIELD, CLASS_SIGNERS_FIELD,
    ClassParts, define_array_klass, define_instance_klass, package_of,
};
pub use field::{FieldInfo, ValueKind, layout_fields};
pub use method::{FRAME_HEADER_SLOTS, Method, external_method_name};
pub(crate) use vtable::can_override;
pub use vtable::{ItableEntry, maximally_specific, select_interface_method};

use crate::oops::ObjRef;
use crate::resolve::CpCache;

/// Identifies a class loader: the boot loader, the application class loader, or another
/// `java.lang.ClassLoader` object (see [`crate::class_loaders`]).
pub type LoaderId = u32;
/// The boot (bootstrap) loader.
pub const BOOT_LOADER: LoaderId = 0;
/// The application class loader (`ClassLoaders$AppClassLoader`; before the JDK created it,
/// the VM's own class path loader, see `loader`).
pub const APP_LOADER: LoaderId = 1;

/// What kind of class a [`Klass`] describes.
#[derive(Debug)]
pub enum KlassKind {
    /// A class or interface defined from a class file.
    Instance,
    /// An array of references.
    ObjArray {
        /// The component type.
        component: &'static Klass,
    },
    /// An array of a primitive type.
    TypeArray {
        /// The element type.
        element: BaseType,
    },
}

/// Initialisation states (JVMS §5.5), kept in one byte for the interpreter's fast check.
pub mod init_state {
    /// Loaded, not yet linked (verified).
    pub const LOADED: u8 = 0;
    /// Linked: verified and prepared.
    pub const LINKED: u8 = 1;
    /// Some thread runs the static initializer.
    pub const BEING_INITIALIZED: u8 = 2;
    /// Fully initialised.
    pub const INITIALIZED: u8 = 3;
    /// Initialisation failed: every later use throws `NoClassDefFoundError`.
    pub const ERROR: u8 = 4;
}

/// The `java.lang.ref` kinds of [`Klass::reference_kind`].
pub mod reference_kind {
    /// Not a reference class (or `Reference` itself).
    pub const NONE: u8 = 0;
    /// `SoftReference` and subclasses.
    pub const SOFT: u8 = 1;
    /// `WeakReference` and subclasses.
    pub const WEAK: u8 = 2;
    /// `FinalReference` and subclasses (`Finalizer`).
    pub const FINAL: u8 = 3;
    /// `PhantomReference` and subclasses.
    pub const PHANTOM: u8 = 4;
}

/// The lock and condition of a class's initialisation (JVMS §5.5 "LC").
#[derive(Default)]
pub struct InitLock {
    /// Id of the thread running `<clinit>` while the state is `BEING_INITIALIZED`.
    pub initializer: Mutex<Option<u16>>,
    /// Signalled when initialisation completes or fails.
    pub done: Condvar,
}

/// A class, interface or array class.
pub struct Klass {
    /// Internal name: `java/lang/String`, `[I`, `[Ljava/lang/String;`.
    pub name: String,
    /// Instance class or array.
    pub kind: KlassKind,
    /// Access flags (class flags for instances; arrays: public/final/abstract as HotSpot).
    pub access_flags: u16,
    /// The defining loader.
    pub loader: LoaderId,
    /// HotSpot's name of the defining loader in messages (`'bootstrap'`, `'app'`,
    /// `MyLoader @1b6d3586`).
    pub loader_name: &'static str,
    /// The name of the class's module (`java.base`), `None` when unnamed.
    pub module: Option<String>,
    /// The version messages show after the module's name (`m@1.0`: HotSpot's
    /// `should_show_version`), `None` when they show none.
    pub module_version: Option<String>,
    /// The direct superclass (`None` only for `java/lang/Object`).
    pub super_klass: Option<&'static Klass>,
    /// The direct superinterfaces.
    pub interfaces: Vec<&'static Klass>,
    /// Every superinterface, transitively, each once.
    pub all_interfaces: Vec<&'static Klass>,
    /// Size of an instance in bytes (header included, aligned); 0 for arrays and interfaces.
    pub instance_size: usize,
    /// Fields declared by this class (instance and static), with their offsets.
    pub fields: Vec<FieldInfo>,
    /// Reference fields of an instance, super's included: (offset, count) runs of 8-byte slots.
    pub ref_blocks: Vec<(u32, u32)>,
    /// Static fields live in the mirror from this offset on.
    pub static_base: usize,
    /// Size of this class's mirror (the `java.lang.Class` instance plus the statics).
    pub mirror_size: usize,
    /// Reference statics in the mirror: (offset, count).
    pub static_ref_block: (u32, u32),
    /// Methods declared by this class, in class-file order.
    pub methods: &'static [Method],
    /// The virtual dispatch table.
    pub vtable: Vec<&'static Method>,
    /// Interface dispatch: for each interface implemented, the selected method for each of its
    /// methods (by the interface method's index).
    pub itable: OnceLock<Vec<(&'static Klass, Vec<ItableEntry>)>>,
    /// The parsed class file (instance classes only).
    pub class_file: Option<ClassFile<'static>>,
    /// The constant-pool resolution cache (instance classes only).
    pub cp_cache: CpCache,
    /// Initialisation state ([`init_state`]).
    pub state: AtomicU8,
    /// The initialisation lock.
    pub init_lock: InitLock,
    /// The result of linking (verification): `Err((exception class, message))` if it failed.
    pub link_result: OnceLock<Result<(), (String, String)>>,
    /// Which `java.lang.ref` kind instances are ([`reference_kind`]), inherited.
    pub reference_kind: u8,
    /// Whether instances must be registered for finalization (a non-empty `finalize()`
    /// declared here or inherited, as HotSpot decides it).
    pub has_finalizer: bool,
    mirror: AtomicUsize,
    init_error: AtomicUsize,
    array_klass: OnceLock<&'static Klass>,
    depth: usize,
    /// Set once, before publication, for a hidden class (`Lookup.defineHiddenClass`).
    pub hidden: OnceLock<HiddenClass>,
    /// Set by the boot loader for a class it read from the runtime image (`lib/modules`):
    /// its code is analysed for reference maps when first needed rather than at link time
    /// (every method of the image is analysable; `runtime/tests/verify_jdk_image.rs`).
    pub from_runtime_image: AtomicBool,
}

/// What distinguishes a hidden class (JVMS §5.3.5 with JEP 371).
#[derive(Debug)]
pub struct HiddenClass {
    /// `Class.getName()`: the class file's name with dots, then `/0x` and a unique suffix.
    pub external_name: String,
    /// The nest host of a class defined with `NESTMATE`: the lookup class's nest host.
    pub nest_host: Option<&'static Klass>,
}

impl std::fmt::Debug for Klass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Klass({})", self.name)
    }
}

impl Klass {
    /// The internal name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The binary name with dots (`java.lang.String`; arrays as `[Ljava.lang.String;`; a
    /// hidden class as `p.Foo$$Lambda$14/0x0000000800c01000`).
    pub fn external_name(&self) -> String {
        match self.hidden.get() {
            Some(h) => h.external_name.clone(),
            None => self.name.replace('/', "."),
        }
    }

    /// Whether this is a hidden class.
    pub fn is_hidden(&self) -> bool {
        self.hidden.get().is_some()
    }

    /// Whether this is an interface.
    pub fn is_interface(&self) -> bool {
        self.access_flags & access::INTERFACE != 0
    }

    /// Whether this class is abstract (or an interface).
    pub fn is_abstract(&self) -> bool {
        self.access_flags & access::ABSTRACT != 0
    }

    /// Whether this is an array class.
    pub fn is_array(&self) -> bool {
        !matches!(self.kind, KlassKind::Instance)
    }

    /// Whether the class is public.
    pub fn is_public(&self) -> bool {
        self.access_flags & access::PUBLIC != 0
    }

    /// The selected implementations of interface `iface`'s methods in this class.
    #[inline]
    pub fn itable_row(&self, iface: &Klass) -> Option<&[ItableEntry]> {
        self.itable
            .get()?
            .iter()
            .find(|(i, _)| std::ptr::eq(*i, iface))
            .map(|(_, row)| &row[..])
    }

    /// The element size in bytes of an array class; 0 for instance classes.
    pub fn element_size(&self) -> usize {
        match &self.kind {
            KlassKind::Instance => 0,
            KlassKind::ObjArray { .. } => 8,
            KlassKind::TypeArray { element } => ValueKind::from_base(*element).size(),
        }
    }

    /// The component class of an object array.
    pub fn component(&self) -> Option<&'static Klass> {
        match self.kind {
            KlassKind::ObjArray { component } => Some(component),
            _ => None,
        }
    }

    /// The mirror (`java.lang.Class` instance), once created.
    #[inline]
    pub fn mirror(&self) -> Option<ObjRef> {
        ObjRef::from_addr(self.mirror.load(Ordering::Acquire))
    }

    /// The mirror's root slot (for the collector).
    pub(crate) fn mirror_slot(&self) -> &AtomicUsize {
        &self.mirror
    }

    /// The initialisation error's root slot (for the collector).
    pub(crate) fn init_error_slot(&self) -> &AtomicUsize {
        &self.init_error
    }

    /// Installs (or, for a moving collector, updates) the mirror.
    pub fn set_mirror(&self, mirror: ObjRef) {
        self.mirror.store(mirror.addr(), Ordering::Release);
    }

    /// The error recorded when initialisation failed (a root for the collector).
    pub fn init_error(&self) -> Option<ObjRef> {
        ObjRef::from_addr(self.init_error.load(Ordering::Acquire))
    }

    /// Records the initialisation error.
    pub fn set_init_error(&self, error: ObjRef) {
        self.init_error.store(error.addr(), Ordering::Release);
    }

    /// The array class whose component is this class, once created.
    pub fn array_klass(&self) -> Option<&'static Klass> {
        self.array_klass.get().copied()
    }

    /// Records the array class of this class; returns the one that won a race.
    pub fn set_array_klass(&self, array: &'static Klass) -> &'static Klass {
        self.array_klass.get_or_init(|| array)
    }

    /// Whether the class is initialised (the interpreter's fast check: one load).
    #[inline(always)]
    pub fn is_initialized(&self) -> bool {
        self.state.load(Ordering::Acquire) == init_state::INITIALIZED
    }

    /// The package part of the name (`java/lang` for `java/lang/String`; for arrays, the
    /// element's package; empty for the unnamed package).
    pub fn package(&self) -> &str {
        let name = self.name.trim_start_matches('[');
        let name = name
            .strip_prefix('L')
            .filter(|_| self.is_array())
            .unwrap_or(name);
        build::package_of(name, self.is_hidden())
    }

    /// Whether `self` and `other` are in the same run-time package (same loader and package).
    pub fn same_package(&self, other: &Klass) -> bool {
        self.loader == other.loader && self.package() == other.package()
    }

    /// Whether `self` is `other` or a subclass of it (superclass chain only).
    pub fn is_subclass_of(&self, other: &Klass) -> bool {
        let mut k = Some(self);
        while let Some(c) = k {
            if std::ptr::eq(c, other) {
                return true;
            }
            if c.depth < other.depth {
                return false;
            }
            k = c.super_klass;
        }
        false
    }

    /// Whether `self` implements interface `iface` (or is it).
    pub fn implements(&self, iface: &Klass) -> bool {
        std::ptr::eq(self, iface) || self.all_interfaces.iter().any(|i| std::ptr::eq(*i, iface))
    }

    /// Whether a value of class `self` is assignable to type `target` (JVMS §6.5 checkcast
    /// rules, arrays included).
    pub fn is_subtype_of(&self, target: &Klass) -> bool {
        if std::ptr::eq(self, target) {
            return true;
        }
        if target.is_interface() {
            return self.implements(target);
        }
        match (&self.kind, &target.kind) {
            (_, KlassKind::Instance) => self.is_subclass_of(target),
            (KlassKind::ObjArray { component: s }, KlassKind::ObjArray { component: t }) => {
                s.is_subtype_of(t)
            }
            (KlassKind::TypeArray { element: a }, KlassKind::TypeArray { element: b }) => a == b,
            _ => false,
        }
    }

    /// The method declared here with this name and descriptor.
    pub fn find_declared_method(&self, name: &str, descriptor: &str) -> Option<&'static Method> {
        self.methods
            .iter()
            .find(|m| m.name == name && m.descriptor == descriptor)
    }

    /// The field declared here with this name and descriptor.
    pub fn find_declared_field(&self, name: &str, descriptor: &str) -> Option<&FieldInfo> {
        self.fields
            .iter()
            .find(|f| f.name == name && f.descriptor == descriptor)
    }

    /// The instance field with this name in this class or a superclass (for the runtime's own
    /// use of well-known fields).
    pub fn instance_field(&self, name: &str, descriptor: &str) -> Option<&FieldInfo> {
        let mut k = Some(self);
        while let Some(c) = k {
            if let Some(f) = c
                .find_declared_field(name, descriptor)
                .filter(|f| !f.is_static())
            {
                return Some(f);
            }
            k = c.super_klass;
        }
        None
    }

    /// The source file name from the `SourceFile` attribute.
    pub fn source_file(&self) -> Option<String> {
        let cf = self.class_file.as_ref()?;
        cf.constant_pool
            .utf8(cf.source_file?)
            .ok()
            .map(|s| s.into_owned())
    }

    /// HotSpot's description of where a class lives, as used in `ClassCastException` and
    /// `IllegalAccessError` messages: `module java.base of loader 'bootstrap'` or
    /// `unnamed module of loader 'app'`.
    pub fn module_and_loader(&self) -> String {
        let module = match (&self.module, &self.module_version) {
            (Some(m), Some(version)) => format!("module {m}@{version}"),
            (Some(m), None) => format!("module {m}"),
            (None, _) => "unnamed module".to_string(),
        };
        format!("{module} of loader {}", self.loader_name)
    }

    /// HotSpot's "(A and B are in ...)" / "(A is in ...; B is in ...)" suffix naming the
    /// modules and loaders of two classes.
    pub fn describe_pair(&self, other: &Klass) -> String {
        let (a, b) = (self.module_and_loader(), other.module_and_loader());
        if a == b {
            format!(
                "{} and {} are in {a}",
                self.external_name(),
                other.external_name()
            )
        } else {
            format!(
                "{} is in {a}; {} is in {b}",
                self.external_name(),
                other.external_name()
            )
        }
    }
}

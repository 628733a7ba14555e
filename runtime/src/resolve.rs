//! Constant-pool resolution (JVMS §5.4.3) and the per-class resolution cache.
//!
//! The cache has one `OnceLock` per constant-pool entry: once resolved, the interpreter's
//! fast path is a single atomic load, with no lock and no hash lookup. Resolved `String`
//! constants live in a separate table of atomic words that the collector can update in place.
//! A failed resolution is not cached: it is attempted again (and fails again) on the next
//! execution, which differs from JVMS §5.4.3's "same error" rule only in the identity of the
//! error object.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU16, AtomicU64, Ordering};

use classfile::constant_pool::tag;

use crate::access::{
    class_access_error, class_accessible, field_access_words, member_accessible,
    method_access_words,
};
use crate::exceptions::throw_new;
use crate::klass::{
    ItableEntry, Klass, Method, ValueKind, external_method_name, maximally_specific,
};
use crate::loader::load_class;
use crate::oops::ObjRef;
use crate::strings;
use crate::thread::{JResult, JavaThread};

/// A resolved field reference.
#[derive(Debug, Clone, Copy)]
pub struct FieldRef {
    /// The class declaring the field (statics live in its mirror).
    pub holder: &'static Klass,
    /// Byte offset in the instance or the mirror.
    pub offset: usize,
    /// The value kind.
    pub kind: ValueKind,
    /// Whether the field is static.
    pub is_static: bool,
    /// Whether the field is volatile.
    pub is_volatile: bool,
}

/// One resolved constant-pool entry.
#[derive(Debug, Clone, Copy)]
pub enum CpEntry {
    /// A class.
    Class(&'static Klass),
    /// A field.
    Field(FieldRef),
    /// A method: the resolved method, and the one `invokespecial` selects from this class.
    Method {
        /// The resolved method (JVMS §5.4.3.3/4).
        resolved: &'static Method,
        /// The method `invokespecial` selects (JVMS §6.5 invokespecial).
        special: &'static Method,
    },
    /// A signature-polymorphic intrinsic (`MethodHandle.invokeBasic`, `linkTo*`) called with
    /// this entry's descriptor.
    Intrinsic {
        /// Which intrinsic.
        kind: crate::invoke::Intrinsic,
        /// Argument slots of the call site (the receiver and trailing `MemberName` included).
        arg_slots: u16,
        /// Return slots of the call site.
        return_slots: u8,
    },
    /// An `invokehandle` call site (`MethodHandle.invokeExact`/`invoke`, `VarHandle`
    /// accessors) linked through `MethodHandleNatives.linkMethod`: the invoker runs with the
    /// call's arguments followed, if `appendix`, by the entry's resolved reference.
    Handle {
        /// The linker method.
        invoker: &'static Method,
        /// Whether the appendix is passed.
        appendix: bool,
    },
    /// A `MethodHandle`, `MethodType` or dynamic constant whose resolution failed with the
    /// `LinkageError` kept as the entry's resolved reference: every later attempt throws it
    /// again (JVMS §5.4.3).
    Failed,
    /// A resolved `MethodHandle`, `MethodType` or dynamic constant: the entry's resolved
    /// reference (boxed for a primitive dynamic constant of `kind`, whose value is at
    /// `value_offset` in the box).
    Constant {
        /// The kind of value `ldc` pushes.
        kind: ValueKind,
        /// Offset of the box's `value` field for primitive kinds.
        value_offset: u32,
    },
}

/// The resolution cache of one class.
pub struct CpCache {
    entries: Box<[OnceLock<CpEntry>]>,
    strings: Box<[AtomicU64]>,
    /// The lowest and highest index whose reference slot was ever set (lowest > highest while
    /// none was): the collector scans only that range.
    used_lo: AtomicU16,
    used_hi: AtomicU16,
}

impl CpCache {
    /// An empty cache for a pool of `len` entries.
    pub fn new(len: usize) -> CpCache {
        CpCache {
            entries: (0..len).map(|_| OnceLock::new()).collect(),
            strings: (0..len).map(|_| AtomicU64::new(0)).collect(),
            used_lo: AtomicU16::new(u16::MAX),
            used_hi: AtomicU16::new(0),
        }
    }

    /// Stores `addr` into the reference slot `slot` of entry `index`, widening the range the
    /// collector scans first.
    fn store_reference(&self, index: u16, slot: &AtomicU64, addr: u64) {
        if addr != 0 {
            self.used_lo.fetch_min(index, Ordering::AcqRel);
            self.used_hi.fetch_max(index, Ordering::AcqRel);
        }
        slot.store(addr, Ordering::Release);
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the pool is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The resolved entry at `index`, if resolved.
    #[inline(always)]
    pub fn get(&self, index: u16) -> Option<&CpEntry> {
        self.entries.get(index as usize)?.get()
    }

    /// The resolved string constant at `index`, if resolved.
    #[inline(always)]
    pub fn string(&self, index: u16) -> Option<ObjRef> {
        ObjRef::from_addr(self.strings.get(index as usize)?.load(Ordering::Acquire) as usize)
    }

    /// The resolved reference of entry `index`: an interned string, an `invokehandle` appendix,
    /// a method handle, method type or dynamic constant (HotSpot's resolved references).
    #[inline(always)]
    pub fn reference(&self, index: u16) -> Option<ObjRef> {
        self.string(index)
    }

    /// Records `entry` with its resolved reference `obj` unless another thread did first;
    /// returns the recorded entry and reference (which the collector may have moved since).
    pub fn set_with_reference(
        &self,
        index: u16,
        entry: CpEntry,
        obj: Option<ObjRef>,
    ) -> (CpEntry, Option<ObjRef>) {
        let (Some(cell), Some(slot)) = (
            self.entries.get(index as usize),
            self.strings.get(index as usize),
        ) else {
            return (entry, obj);
        };
        let recorded = *cell.get_or_init(|| {
            self.store_reference(index, slot, obj.map_or(0, ObjRef::addr) as u64);
            entry
        });
        (recorded, self.reference(index))
    }

    pub(crate) fn set(&self, index: u16, entry: CpEntry) -> CpEntry {
        match self.entries.get(index as usize) {
            Some(cell) => *cell.get_or_init(|| entry),
            None => entry,
        }
    }

    /// The reference slots that may be set (roots for the collector, updated in place when
    /// their objects move): those between the lowest and highest index ever set.
    pub fn string_slots(&self) -> &[AtomicU64] {
        let lo = usize::from(self.used_lo.load(Ordering::Acquire));
        let hi = usize::from(self.used_hi.load(Ordering::Acquire));
        self.strings.get(lo..=hi).unwrap_or(&[])
    }
}

/// Resolves the `Class` entry `index` of `current`'s pool.
pub fn resolve_class(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<&'static Klass> {
    if let Some(CpEntry::Class(k)) = current.cp_cache.get(index) {
        return Ok(k);
    }
    let name = match current
        .class_file
        .as_ref()
        .map(|cf| cf.constant_pool.class_name(index))
    {
        Some(Ok(n)) => n.into_owned(),
        _ => {
            return Err(throw_new(
                thread,
                "java/lang/IncompatibleClassChangeError",
                "bad class index",
            ));
        }
    };
    let k = load_class(thread, current.loader, &name)?;
    if !class_accessible(current, k) {
        return Err(class_access_error(thread, current, k));
    }
    match current.cp_cache.set(index, CpEntry::Class(k)) {
        CpEntry::Class(k) => Ok(k),
        _ => Ok(k),
    }
}

/// Resolves the `String` entry `index` to an interned string.
pub fn resolve_string(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<ObjRef> {
    if let Some(s) = current.cp_cache.string(index) {
        return Ok(s);
    }
    let units = match current
        .class_file
        .as_ref()
        .map(|cf| cf.constant_pool.string_bytes(index))
    {
        Some(Ok(bytes)) => classfile::mutf8::decode_utf16(bytes).unwrap_or_default(),
        _ => Vec::new(),
    };
    let s = strings::intern(thread, &units)?;
    if let Some(slot) = current.cp_cache.strings.get(index as usize) {
        current
            .cp_cache
            .store_reference(index, slot, s.addr() as u64);
    }
    Ok(s)
}

/// JVMS §5.4.3.2 field lookup: the class, its superinterfaces, then its superclasses; the
/// declaring class and the field's index in it.
pub fn lookup_field(
    k: &'static Klass,
    name: &str,
    descriptor: &str,
) -> Option<(&'static Klass, usize)> {
    if let Some(i) = k
        .fields
        .iter()
        .position(|f| f.name == name && f.descriptor == descriptor && !f.injected)
    {
        return Some((k, i));
    }
    for i in &k.interfaces {
        if let Some(found) = lookup_field(i, name, descriptor) {
            return Some(found);
        }
    }
    k.super_klass
        .and_then(|s| lookup_field(s, name, descriptor))
}

/// Resolves the `Fieldref` entry `index` for `getstatic`/`putstatic` (`is_static`) or
/// `getfield`/`putfield`; `is_put` enables the final-field check.
pub fn resolve_field(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
    is_static: bool,
    is_put: bool,
) -> JResult<FieldRef> {
    if let Some(CpEntry::Field(f)) = current.cp_cache.get(index) {
        return Ok(*f);
    }
    let Some(Ok(r)) = current
        .class_file
        .as_ref()
        .map(|cf| cf.constant_pool.member_ref(index))
    else {
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            "bad field reference",
        ));
    };
    let class_index = current
        .class_file
        .as_ref()
        .and_then(|cf| match cf.constant_pool.raw(index) {
            Some(classfile::Constant::Fieldref { class_index, .. }) => Some(*class_index),
            _ => None,
        })
        .unwrap_or(0);
    let resolved = resolve_class(thread, current, class_index)?;
    let Some((holder, fi)) = lookup_field(resolved, &r.name, &r.descriptor) else {
        return Err(throw_new(thread, "java/lang/NoSuchFieldError", &r.name));
    };
    let field = &holder.fields[fi];
    if !member_accessible(thread, current, holder, field.access_flags)? {
        let msg = format!(
            "class {} tried to access {}field {}.{} ({})",
            current.external_name(),
            field_access_words(field.access_flags),
            holder.external_name(),
            field.name,
            current.describe_pair(holder)
        );
        let msg = if field.access_flags & classfile::model::access::PRIVATE != 0 {
            msg + &crate::access::nest_host_error_suffix(thread, current, holder)
        } else {
            msg
        };
        return Err(throw_new(thread, "java/lang/IllegalAccessError", &msg));
    }
    if field.is_static() != is_static {
        let msg = format!(
            "Expected {} field {}.{}",
            if is_static { "static" } else { "non-static" },
            resolved.external_name(),
            field.name
        );
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            &msg,
        ));
    }
    if is_put && field.is_final() && !std::ptr::eq(holder, current) {
        let msg = format!(
            "Update to {} final field {}.{} attempted from a different class ({}) than the field's declaring class",
            if is_static { "static" } else { "non-static" },
            holder.external_name(),
            field.name,
            current.external_name()
        );
        return Err(throw_new(thread, "java/lang/IllegalAccessError", &msg));
    }
    crate::loader_constraints::check_field_constraints(
        thread,
        current,
        holder,
        &field.name,
        &field.descriptor,
    )?;
    let fr = FieldRef {
        holder,
        offset: field.offset,
        kind: field.kind,
        is_static,
        is_volatile: field.is_volatile(),
    };
    match current.cp_cache.set(index, CpEntry::Field(fr)) {
        CpEntry::Field(f) => Ok(f),
        _ => Ok(fr),
    }
}

/// Which invoke instruction a method is resolved for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvokeKind {
    /// `invokevirtual`
    Virtual,
    /// `invokespecial`
    Special,
    /// `invokestatic`
    Static,
    /// `invokeinterface`
    Interface,
}

/// Method lookup in a class and its superclasses (JVMS §5.4.3.3 step 2).
pub fn lookup_in_classes(
    k: &'static Klass,
    name: &str,
    descriptor: &str,
) -> Option<&'static Method> {
    let mut c = Some(k);
    while let Some(cl) = c {
        if let Some(m) = cl.find_declared_method(name, descriptor) {
            return Some(m);
        }
        c = cl.super_klass;
    }
    None
}

/// The superinterface method chosen when no class declares the method (JVMS §5.4.3.3 step 3).
fn lookup_in_interfaces(
    k: &'static Klass,
    name: &str,
    descriptor: &str,
) -> Option<&'static Method> {
    match maximally_specific(k, name, descriptor) {
        ItableEntry::Selected(m) => Some(m),
        _ => k
            .all_interfaces
            .iter()
            .filter_map(|i| i.find_declared_method(name, descriptor))
            .find(|m| !m.is_static() && !m.is_private()),
    }
}

/// Method lookup (JVMS §5.4.3.3 class method resolution when `resolved` is a class, §5.4.3.4
/// interface method resolution when it is an interface), without access checks.
pub fn find_method(
    resolved: &'static Klass,
    name: &str,
    descriptor: &str,
) -> Option<&'static Method> {
    if resolved.is_interface() {
        resolved
            .find_declared_method(name, descriptor)
            .or_else(|| {
                resolved
                    .super_klass
                    .and_then(|o| o.find_declared_method(name, descriptor))
                    .filter(|m| m.is_public() && !m.is_static())
            })
            .or_else(|| lookup_in_interfaces(resolved, name, descriptor))
    } else {
        lookup_in_classes(resolved, name, descriptor)
            .or_else(|| signature_polymorphic(resolved, name))
            .or_else(|| lookup_in_interfaces(resolved, name, descriptor))
    }
}

/// The signature-polymorphic method `name` of `MethodHandle` or `VarHandle` (JVMS §5.4.3.3
/// step 2: it matches any descriptor).
fn signature_polymorphic(resolved: &'static Klass, name: &str) -> Option<&'static Method> {
    if resolved.name != "java/lang/invoke/MethodHandle"
        && resolved.name != "java/lang/invoke/VarHandle"
    {
        return None;
    }
    let mut candidates = resolved
        .methods
        .iter()
        .filter(|m| m.name == name && crate::invoke::is_signature_polymorphic(m));
    let m = candidates.next()?;
    candidates.next().is_none().then_some(m)
}

/// Resolves the `Methodref`/`InterfaceMethodref` entry `index` for invoke `kind`.
pub fn resolve_method(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
    kind: InvokeKind,
) -> JResult<CpEntry> {
    if let Some(e @ CpEntry::Method { .. }) = current.cp_cache.get(index) {
        return Ok(*e);
    }
    let Some(cf) = current.class_file.as_ref() else {
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            "no constant pool",
        ));
    };
    let (Ok(r), Some(constant)) = (
        cf.constant_pool.member_ref(index),
        cf.constant_pool.raw(index),
    ) else {
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            "bad method reference",
        ));
    };
    let (class_index, is_interface_ref) = match constant {
        classfile::Constant::Methodref { class_index, .. } => (*class_index, false),
        classfile::Constant::InterfaceMethodref { class_index, .. } => (*class_index, true),
        _ => (0, false),
    };
    let (name, descriptor) = (r.name.into_owned(), r.descriptor.into_owned());
    let resolved = resolve_class(thread, current, class_index)?;
    if is_interface_ref != resolved.is_interface() {
        let msg = if is_interface_ref {
            format!(
                "Found class {}, but interface was expected",
                resolved.external_name()
            )
        } else {
            format!(
                "Found interface {}, but class was expected",
                resolved.external_name()
            )
        };
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            &msg,
        ));
    }
    let method = find_method(resolved, &name, &descriptor);
    let Some(method) = method else {
        let msg = format!(
            "'{}'",
            external_method_name(&resolved.external_name(), &name, &descriptor)
        );
        return Err(throw_new(thread, "java/lang/NoSuchMethodError", &msg));
    };
    let holder = method.holder();
    if !member_accessible(thread, current, holder, method.access_flags)? {
        let msg = format!(
            "class {} tried to access {}method '{}' ({})",
            current.external_name(),
            method_access_words(method.access_flags),
            method.external_name(),
            current.describe_pair(holder)
        );
        let msg = if method.is_private() {
            msg + &crate::access::nest_host_error_suffix(thread, current, holder)
        } else {
            msg
        };
        return Err(throw_new(thread, "java/lang/IllegalAccessError", &msg));
    }
    let polymorphic = crate::invoke::is_signature_polymorphic(method);
    if !polymorphic {
        let what = if is_interface_ref {
            "interface method"
        } else {
            "method"
        };
        crate::loader_constraints::check_method_constraints(
            thread,
            current,
            resolved,
            method,
            &descriptor,
            what,
        )?;
    }
    if kind == InvokeKind::Static && !method.is_static() {
        let msg = format!("Expected static method '{}'", method.external_name());
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            &msg,
        ));
    }
    if kind != InvokeKind::Static && method.is_static() {
        let msg = format!("Expecting non-static method '{}'", method.external_name());
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            &msg,
        ));
    }
    if polymorphic {
        return crate::invoke::upcalls::link_polymorphic(
            thread,
            current,
            index,
            method,
            &descriptor,
        );
    }
    let special = select_special(current, resolved, method);
    if kind == InvokeKind::Special && !std::ptr::eq(special, method) {
        crate::loader_constraints::check_method_constraints(
            thread,
            current,
            resolved,
            special,
            &descriptor,
            "method",
        )?;
    }
    let entry = CpEntry::Method {
        resolved: method,
        special,
    };
    Ok(current.cp_cache.set(index, entry))
}

/// `invokespecial` selection (JVMS §6.5): a non-initializer method of a superclass of the
/// current class is looked up again from the current class's direct superclass.
pub fn select_special(
    current: &'static Klass,
    resolved: &'static Klass,
    method: &'static Method,
) -> &'static Method {
    if method.is_initializer() || method.is_private() || resolved.is_interface() {
        return method;
    }
    if std::ptr::eq(current, resolved) || !current.is_subclass_of(resolved) {
        return method;
    }
    current
        .super_klass
        .and_then(|s| {
            lookup_in_classes(s, &method.name, &method.descriptor)
                .filter(|m| !m.is_static())
                .or_else(
                    || match maximally_specific(s, &method.name, &method.descriptor) {
                        ItableEntry::Selected(m) => Some(m),
                        _ => None,
                    },
                )
        })
        .unwrap_or(method)
}

/// The tag of constant `index` of `k`'s pool (0 if none).
pub fn constant_tag(k: &Klass, index: u16) -> u8 {
    k.class_file
        .as_ref()
        .and_then(|cf| cf.constant_pool.tag(index))
        .unwrap_or(0)
}

/// Whether constant `index` is a `MethodHandle`, `MethodType` or dynamic constant.
pub fn is_dynamic_constant(k: &Klass, index: u16) -> bool {
    matches!(
        constant_tag(k, index),
        tag::METHOD_HANDLE | tag::METHOD_TYPE | tag::DYNAMIC
    )
}

//! Defining a [`Klass`] from a parsed class file (field layout, methods, vtable, itable) and
//! creating array classes.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize};

use classfile::ClassFile;
use classfile::descriptor::BaseType;
use classfile::model::access;
use gc::layout::{INSTANCE_FIELDS_OFFSET, align_object_size};

use super::field::layout_fields;
use super::vtable::{Slot, build_itable, build_vtable};
use super::{FieldInfo, InitLock, Klass, KlassKind, LoaderId, Method, ValueKind, init_state};
use crate::resolve::CpCache;

/// Everything needed to define an instance class, its supertypes already loaded.
pub struct ClassParts {
    /// The parsed class file (its bytes live as long as the VM).
    pub class_file: ClassFile<'static>,
    /// The defining loader.
    pub loader: LoaderId,
    /// The name of the class's module, `None` for unnamed.
    pub module: Option<String>,
    /// The version messages show after the module's name, if any.
    pub module_version: Option<String>,
    /// HotSpot's name of the defining loader in messages (`'app'`, `MyLoader @1b6d3586`).
    pub loader_name: &'static str,
    /// The class's name when it is not the class file's (a hidden class's `Name/0x...`).
    pub name_override: Option<String>,
    /// The resolved superclass.
    pub super_klass: Option<&'static Klass>,
    /// The resolved direct superinterfaces.
    pub interfaces: Vec<&'static Klass>,
    /// Where statics start in a mirror: the instance size of `java.lang.Class`.
    pub static_base: usize,
}

/// Instance fields the VM injects into `java.lang.Class`: the address of the class's `Klass`.
pub const CLASS_KLASS_FIELD: &str = "klass";

/// Injected into `java.lang.Class` (descriptor `Ljava/lang/Object;`): the protection domain
/// the class was defined with (`ClassLoader.defineClass1`), as in HotSpot.
pub const CLASS_PROTECTION_DOMAIN_FIELD: &str = "protection_domain";

/// Injected into `java.lang.Class` (descriptor `Ljava/lang/Object;`): the signers
/// `Class.setSigners` recorded.
pub const CLASS_SIGNERS_FIELD: &str = "signers";

/// The package of an internal class name (a hidden class's `/0x...` suffix is not part of it).
pub fn package_of(name: &str, hidden: bool) -> &str {
    let name = match name.rfind("/0x") {
        Some(i) if hidden => &name[..i],
        _ => name,
    };
    name.rfind('/').map_or("", |i| &name[..i])
}

/// Defines an instance class: lays out fields, creates methods, builds the vtable and itable.
/// Returns `None` if a member descriptor is malformed (the parser has checked them).
pub fn define_instance_klass(parts: ClassParts) -> Option<&'static Klass> {
    let cf = parts.class_file;
    let is_interface = cf.access_flags & access::INTERFACE != 0;
    let name = parts
        .name_override
        .clone()
        .unwrap_or_else(|| cf.name.to_string());
    let package = package_of(&name, parts.name_override.is_some()).to_string();

    // Fields.
    let mut fields: Vec<FieldInfo> = Vec::with_capacity(cf.fields.len() + 1);
    for f in &cf.fields {
        fields.push(FieldInfo {
            name: f.name.to_string(),
            descriptor: f.descriptor.to_string(),
            access_flags: f.access_flags,
            kind: ValueKind::from_descriptor(&f.descriptor)?,
            offset: 0,
            constant_value: f.constant_value,
            injected: false,
        });
    }
    if name == "java/lang/ClassLoader" && parts.loader == super::BOOT_LOADER {
        fields.push(FieldInfo {
            name: crate::class_loaders::LOADER_DATA_FIELD.to_string(),
            descriptor: "J".to_string(),
            access_flags: access::PRIVATE | access::TRANSIENT,
            kind: ValueKind::Long,
            offset: 0,
            constant_value: None,
            injected: true,
        });
    }
    if name == "java/lang/Class" {
        fields.push(FieldInfo {
            name: CLASS_KLASS_FIELD.to_string(),
            descriptor: "J".to_string(),
            access_flags: access::PRIVATE | access::TRANSIENT,
            kind: ValueKind::Long,
            offset: 0,
            constant_value: None,
            injected: true,
        });
        for field in [CLASS_PROTECTION_DOMAIN_FIELD, CLASS_SIGNERS_FIELD] {
            fields.push(FieldInfo {
                name: field.to_string(),
                descriptor: "Ljava/lang/Object;".to_string(),
                access_flags: access::PRIVATE | access::TRANSIENT,
                kind: ValueKind::Ref,
                offset: 0,
                constant_value: None,
                injected: true,
            });
        }
    }
    fields.extend(crate::invoke::injected_fields(&name));
    let instance_start = parts.super_klass.map_or(INSTANCE_FIELDS_OFFSET, |s| {
        s.instance_size.max(INSTANCE_FIELDS_OFFSET)
    });
    let (inst_idx, inst_kinds): (Vec<usize>, Vec<ValueKind>) = fields
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.is_static())
        .map(|(i, f)| (i, f.kind))
        .unzip();
    let (offsets, end, refs) = layout_fields(instance_start, &inst_kinds);
    for (i, off) in inst_idx.iter().zip(offsets) {
        fields[*i].offset = off;
    }
    let instance_size = if is_interface {
        0
    } else {
        align_object_size(end)
    };
    let mut ref_blocks = parts
        .super_klass
        .map_or(Vec::new(), |s| s.ref_blocks.clone());
    if refs.1 > 0 {
        ref_blocks.push(refs);
    }
    let (st_idx, st_kinds): (Vec<usize>, Vec<ValueKind>) = fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.is_static())
        .map(|(i, f)| (i, f.kind))
        .unzip();
    let (offsets, st_end, static_refs) = layout_fields(parts.static_base, &st_kinds);
    for (i, off) in st_idx.iter().zip(offsets) {
        fields[*i].offset = off;
    }

    // Methods and the vtable.
    let mut methods = Vec::with_capacity(cf.methods.len());
    for (i, m) in cf.methods.iter().enumerate() {
        let sizes = m
            .code_limits()
            .map(|(max_stack, max_locals)| (usize::from(max_locals), usize::from(max_stack)));
        methods.push(Method::new(
            &m.name,
            &m.descriptor,
            m.access_flags,
            i,
            sizes,
        )?);
    }
    let slots = if is_interface {
        Vec::new()
    } else {
        let super_vtable = parts.super_klass.map_or(&[][..], |s| &s.vtable[..]);
        build_vtable(super_vtable, &mut methods, parts.loader, &package)
    };
    let methods: &'static [Method] = Box::leak(methods.into_boxed_slice());
    let vtable = slots
        .into_iter()
        .map(|s| match s {
            Slot::Inherited(m) => m,
            Slot::Own(i) => &methods[i],
        })
        .collect();

    let mut all_interfaces: Vec<&'static Klass> = parts
        .super_klass
        .map_or(Vec::new(), |s| s.all_interfaces.clone());
    for i in &parts.interfaces {
        for k in std::iter::once(*i).chain(i.all_interfaces.iter().copied()) {
            if !all_interfaces.iter().any(|x| std::ptr::eq(*x, k)) {
                all_interfaces.push(k);
            }
        }
    }
    let depth = parts.super_klass.map_or(0, |s| s.depth + 1);
    let cp_len = cf.constant_pool.len();
    let reference_kind = match name.as_str() {
        "java/lang/ref/SoftReference" => super::reference_kind::SOFT,
        "java/lang/ref/WeakReference" => super::reference_kind::WEAK,
        "java/lang/ref/FinalReference" => super::reference_kind::FINAL,
        "java/lang/ref/PhantomReference" => super::reference_kind::PHANTOM,
        _ => parts.super_klass.map_or(0, |s| s.reference_kind),
    };
    // As in HotSpot, a declared `finalize()V` whose code is a lone `return` (Object's, Enum's,
    // or one overriding a real finalizer) means no finalizer; any other one means one;
    // otherwise the superclass decides.
    let declared_finalizer = cf
        .methods
        .iter()
        .find(|m| m.name == "finalize" && m.descriptor == "()V");
    let has_finalizer = match declared_finalizer {
        Some(m) => m.code().is_none_or(|c| c.code != [0xb1]),
        None => parts.super_klass.is_some_and(|s| s.has_finalizer),
    };
    let klass: &'static Klass = Box::leak(Box::new(Klass {
        name,
        kind: KlassKind::Instance,
        access_flags: cf.access_flags,
        loader: parts.loader,
        loader_name: parts.loader_name,
        module: parts.module,
        module_version: parts.module_version,
        super_klass: parts.super_klass,
        interfaces: parts.interfaces,
        all_interfaces,
        instance_size,
        fields,
        ref_blocks,
        static_base: parts.static_base,
        mirror_size: align_object_size(st_end),
        static_ref_block: static_refs,
        methods,
        vtable,
        itable: OnceLock::new(),
        class_file: Some(cf),
        cp_cache: CpCache::new(cp_len),
        state: AtomicU8::new(init_state::LOADED),
        init_lock: InitLock::default(),
        link_result: OnceLock::new(),
        reference_kind,
        has_finalizer,
        mirror: AtomicUsize::new(0),
        init_error: AtomicUsize::new(0),
        array_klass: OnceLock::new(),
        depth,
        hidden: OnceLock::new(),
        from_runtime_image: AtomicBool::new(false),
    }));
    for m in klass.methods {
        let _ = m.holder.set(klass);
    }
    Some(finish_itable(klass))
}

/// Computes the itable once the class exists (selection needs its methods' holders), before
/// the class is published.
fn finish_itable(klass: &'static Klass) -> &'static Klass {
    let itable = if klass.is_interface() {
        Vec::new()
    } else {
        build_itable(klass)
    };
    let _ = klass.itable.set(itable);
    klass
}

/// Everything needed to define an array class.
pub struct ArrayKlassParts {
    /// The component: an element class or a primitive type.
    pub component: Result<&'static Klass, BaseType>,
    /// `java/lang/Object`.
    pub object: &'static Klass,
    /// `java/lang/Cloneable` and `java/io/Serializable`.
    pub array_interfaces: Vec<&'static Klass>,
}

/// Creates the array class of a component (loader and module are the component's; primitive
/// arrays belong to the boot loader and `java.base`).
pub fn define_array_klass(parts: ArrayKlassParts) -> &'static Klass {
    let (name, kind, loader, loader_name, module, flags) = match parts.component {
        Ok(c) => {
            let name = if c.is_array() {
                format!("[{}", c.name)
            } else {
                format!("[L{};", c.name)
            };
            let flags = (c.access_flags & (access::PUBLIC | access::PRIVATE | access::PROTECTED))
                | access::FINAL
                | access::ABSTRACT;
            (
                name,
                KlassKind::ObjArray { component: c },
                c.loader,
                c.loader_name,
                c.module.clone(),
                flags,
            )
        }
        Err(b) => (
            format!("[{}", b.descriptor_char()),
            KlassKind::TypeArray { element: b },
            super::BOOT_LOADER,
            "'bootstrap'",
            Some("java.base".to_string()),
            access::PUBLIC | access::FINAL | access::ABSTRACT,
        ),
    };
    let object = parts.object;
    Box::leak(Box::new(Klass {
        name,
        kind,
        access_flags: flags,
        loader,
        loader_name,
        module_version: parts.component.ok().and_then(|c| c.module_version.clone()),
        module,
        super_klass: Some(object),
        interfaces: parts.array_interfaces.clone(),
        all_interfaces: parts.array_interfaces,
        instance_size: 0,
        fields: Vec::new(),
        ref_blocks: Vec::new(),
        static_base: object.static_base,
        mirror_size: object.mirror_size,
        static_ref_block: (0, 0),
        methods: &[],
        vtable: object.vtable.clone(),
        itable: OnceLock::from(Vec::new()),
        class_file: None,
        cp_cache: CpCache::new(0),
        state: AtomicU8::new(init_state::INITIALIZED),
        init_lock: InitLock::default(),
        link_result: OnceLock::from(Ok(())),
        reference_kind: 0,
        has_finalizer: false,
        mirror: AtomicUsize::new(0),
        init_error: AtomicUsize::new(0),
        array_klass: OnceLock::new(),
        depth: 1,
        hidden: OnceLock::new(),
        from_runtime_image: AtomicBool::new(false),
    }))
}

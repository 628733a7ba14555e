//! The JVM side of `java.lang.invoke`, as HotSpot implements it, so that the JDK's own Java
//! code for method handles, `invokedynamic`, lambdas and string concatenation runs unchanged.
//!
//! - **Injected fields** ([`injected_fields`]): `MemberName.vmindex` (vtable or itable index,
//!   field offset), `ResolvedMethodName.vmtarget` (the method's index in its holder's method
//!   list) and `vmholder` (the holder's mirror, which keeps the index meaningful and the class
//!   alive), `MethodHandleNatives$CallSiteContext.vmdependencies`/`last_cleanup`. Nothing keys
//!   on object addresses: a method is found again from (holder mirror, index).
//! - **`MethodHandleNatives`** ([`member_name`], [`natives`]): `init`, `expand`, `resolve`
//!   with the resolution rules and access checks of bytecode linkage, field offsets, call-site
//!   targets, `getNamedCon`.
//! - **Up-calls** ([`upcalls`]): `linkMethod` for `invokehandle` call sites (`invokeExact`,
//!   `invoke`, `VarHandle` accessors), `linkCallSite` for `invokedynamic`,
//!   `linkMethodHandleConstant`, `findMethodHandleType` and `linkDynamicConstant` for `ldc`
//!   and bootstrap arguments ([`constants`]).
//! - The interpreter runs the signature-polymorphic intrinsics (`invokeBasic`, `linkTo*`)
//!   with the targets [`Jli::member_method`] and [`Jli::form_entry`] find.

pub mod constants;
pub mod hidden;
pub mod member_name;
pub mod natives;
pub mod types;
pub mod upcalls;

use classfile::model::access;

use crate::klass::{BOOT_LOADER, FieldInfo, Klass, Method, ValueKind};
use crate::loader::load_class;
use crate::oops::{ObjRef, klass_from_addr};
use crate::thread::{JResult, JavaThread};
use crate::vm::VmState;

/// The fields the VM injects into `java.lang.invoke` classes (HotSpot's
/// `*_INJECTED_FIELDS`), invisible to reflection and to bytecode linkage.
pub fn injected_fields(class_name: &str) -> Vec<FieldInfo> {
    let fields: &[(&str, &str)] = match class_name {
        "java/lang/invoke/MemberName" => &[("vmindex", "J")],
        "java/lang/invoke/ResolvedMethodName" => {
            &[("vmtarget", "J"), ("vmholder", "Ljava/lang/Class;")]
        }
        "java/lang/invoke/MethodHandleNatives$CallSiteContext" => {
            &[("vmdependencies", "J"), ("last_cleanup", "J")]
        }
        _ => &[],
    };
    fields
        .iter()
        .map(|(name, descriptor)| FieldInfo {
            name: (*name).to_string(),
            descriptor: (*descriptor).to_string(),
            access_flags: access::PRIVATE | access::TRANSIENT,
            kind: ValueKind::from_descriptor(descriptor).unwrap_or(ValueKind::Long),
            offset: 0,
            constant_value: None,
            injected: true,
        })
        .collect()
}

/// `MemberName.flags` bits (`MethodHandleNatives.Constants`).
pub mod flags {
    /// A method (not a constructor).
    pub const IS_METHOD: i32 = 0x0001_0000;
    /// A constructor.
    pub const IS_CONSTRUCTOR: i32 = 0x0002_0000;
    /// A field.
    pub const IS_FIELD: i32 = 0x0004_0000;
    /// A nested type.
    pub const IS_TYPE: i32 = 0x0008_0000;
    /// `@CallerSensitive`.
    pub const CALLER_SENSITIVE: i32 = 0x0010_0000;
    /// A trusted final field (static, or of a record or hidden class).
    pub const TRUSTED_FINAL: i32 = 0x0020_0000;
    /// The shift of the reference kind.
    pub const REFERENCE_KIND_SHIFT: i32 = 24;
    /// The mask of the reference kind (after the shift).
    pub const REFERENCE_KIND_MASK: i32 = 0x0F;
    /// Every kind bit.
    pub const ALL_KINDS: i32 = IS_METHOD | IS_CONSTRUCTOR | IS_FIELD | IS_TYPE;
    /// The modifier bits HotSpot keeps for methods (`JVM_RECOGNIZED_METHOD_MODIFIERS`).
    pub const METHOD_MODIFIERS: i32 = 0x1DFF;
    /// The modifier bits HotSpot keeps for fields (`JVM_RECOGNIZED_FIELD_MODIFIERS`).
    pub const FIELD_MODIFIERS: i32 = 0x50DF;
}

/// Reference kinds (JVMS §5.4.3.5).
pub mod ref_kind {
    /// `REF_getField`
    pub const GET_FIELD: i32 = 1;
    /// `REF_getStatic`
    pub const GET_STATIC: i32 = 2;
    /// `REF_putField`
    pub const PUT_FIELD: i32 = 3;
    /// `REF_putStatic`
    pub const PUT_STATIC: i32 = 4;
    /// `REF_invokeVirtual`
    pub const INVOKE_VIRTUAL: i32 = 5;
    /// `REF_invokeStatic`
    pub const INVOKE_STATIC: i32 = 6;
    /// `REF_invokeSpecial`
    pub const INVOKE_SPECIAL: i32 = 7;
    /// `REF_newInvokeSpecial`
    pub const NEW_INVOKE_SPECIAL: i32 = 8;
    /// `REF_invokeInterface`
    pub const INVOKE_INTERFACE: i32 = 9;
}

/// `MemberName.vmindex` of a method called without dispatch (HotSpot's
/// `Method::nonvirtual_vtable_index`).
pub const NONVIRTUAL_INDEX: i64 = -2;

/// The signature-polymorphic methods the interpreter runs itself (HotSpot's intrinsics).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intrinsic {
    /// `MethodHandle.invokeBasic`: run the handle's `LambdaForm` entry.
    InvokeBasic,
    /// `MethodHandle.linkToStatic`
    LinkToStatic,
    /// `MethodHandle.linkToSpecial`
    LinkToSpecial,
    /// `MethodHandle.linkToVirtual`
    LinkToVirtual,
    /// `MethodHandle.linkToInterface`
    LinkToInterface,
}

impl Intrinsic {
    /// The intrinsic a `MethodHandle` method name stands for.
    pub fn from_name(name: &str) -> Option<Intrinsic> {
        Some(match name {
            "invokeBasic" => Intrinsic::InvokeBasic,
            "linkToStatic" => Intrinsic::LinkToStatic,
            "linkToSpecial" => Intrinsic::LinkToSpecial,
            "linkToVirtual" => Intrinsic::LinkToVirtual,
            "linkToInterface" => Intrinsic::LinkToInterface,
            _ => return None,
        })
    }

    /// Whether the intrinsic is a static method (`linkTo*`).
    pub fn is_static(self) -> bool {
        self != Intrinsic::InvokeBasic
    }
}

/// Whether `m` is a signature-polymorphic method (JVMS §2.9.3): declared in `MethodHandle` or
/// `VarHandle` of `java.lang.invoke`, native and varargs, with one `Object[]` parameter.
pub fn is_signature_polymorphic(m: &Method) -> bool {
    let holder = m.holder();
    (holder.name == "java/lang/invoke/MethodHandle" || holder.name == "java/lang/invoke/VarHandle")
        && holder.loader == BOOT_LOADER
        && m.is_native()
        && m.access_flags & access::VARARGS != 0
        && m.descriptor.starts_with("([Ljava/lang/Object;)")
}

/// Whether a method's frames are left out of stack traces (HotSpot's `Method::is_hidden`):
/// the methods of hidden classes, and boot methods annotated `@jdk.internal.vm.annotation.Hidden`.
pub fn is_hidden_method(m: &Method) -> bool {
    m.holder().is_hidden() || has_boot_annotation(m, "Ljdk/internal/vm/annotation/Hidden;")
}

/// Whether `m` is a method of a boot loader class with the runtime-visible annotation whose
/// type descriptor is `annotation`: the VM's own annotations (`@Hidden`, `@CallerSensitive`,
/// `@LambdaForm$Compiled`) count only there, as in HotSpot.
pub fn has_boot_annotation(m: &Method, annotation: &str) -> bool {
    let holder = m.holder();
    if holder.loader != BOOT_LOADER {
        return false;
    }
    let Some(cf) = holder.class_file.as_ref() else {
        return false;
    };
    let Some(visible) = cf
        .methods
        .get(m.index)
        .and_then(|cm| cm.annotations.visible.as_ref())
    else {
        return false;
    };
    visible.parse().is_ok_and(|list| {
        list.iter().any(|a| {
            cf.constant_pool
                .utf8(a.type_index)
                .is_ok_and(|t| t == annotation)
        })
    })
}

/// Classes, offsets and up-call methods of `java.lang.invoke` the VM uses all the time, found
/// once (after `MethodHandleNatives` is initialised).
#[derive(Debug)]
pub struct Jli {
    /// `java.lang.invoke.MemberName`
    pub member_name: &'static Klass,
    /// `java.lang.invoke.ResolvedMethodName`
    pub resolved_method_name: &'static Klass,
    /// `MemberName.clazz`
    pub mn_clazz: usize,
    /// `MemberName.name`
    pub mn_name: usize,
    /// `MemberName.type`
    pub mn_type: usize,
    /// `MemberName.flags`
    pub mn_flags: usize,
    /// `MemberName.method`
    pub mn_method: usize,
    /// `MemberName.vmindex` (injected)
    pub mn_vmindex: usize,
    /// `ResolvedMethodName.vmtarget` (injected)
    pub rmn_vmtarget: usize,
    /// `ResolvedMethodName.vmholder` (injected)
    pub rmn_vmholder: usize,
    /// `MethodHandle.form`
    pub mh_form: usize,
    /// `LambdaForm.vmentry`
    pub lf_vmentry: usize,
    /// `MethodType.rtype`
    pub mt_rtype: usize,
    /// `MethodType.ptypes`
    pub mt_ptypes: usize,
    /// `CallSite.target`
    pub cs_target: usize,
    /// `MethodHandleNatives.linkMethod`
    pub link_method: &'static Method,
    /// `MethodHandleNatives.linkCallSite`
    pub link_call_site: &'static Method,
    /// `MethodHandleNatives.linkMethodHandleConstant`
    pub link_method_handle_constant: &'static Method,
    /// `MethodHandleNatives.findMethodHandleType`
    pub find_method_handle_type: &'static Method,
    /// `MethodHandleNatives.linkDynamicConstant`
    pub link_dynamic_constant: &'static Method,
    class_klass_offset: usize,
}

/// The `java.lang.invoke` facts, loading and initialising `MethodHandleNatives` on first use.
pub fn jli(thread: &mut JavaThread) -> JResult<&'static Jli> {
    if let Some(j) = thread.vm.jli.get() {
        return Ok(*j);
    }
    let found = find_jli(thread)?;
    // One per VM, kept as long as the process (like class metadata).
    Ok(*thread.vm.jli.get_or_init(|| Box::leak(Box::new(found))))
}

/// The facts, if some thread found them already (the interpreter's fast path).
#[inline]
pub fn jli_if_ready(vm: &VmState) -> Option<&'static Jli> {
    vm.jli.get().copied()
}

fn find_jli(thread: &mut JavaThread) -> JResult<Jli> {
    let mhn = load_class(thread, BOOT_LOADER, "java/lang/invoke/MethodHandleNatives")?;
    crate::init::initialize(thread, mhn)?;
    let mn = load_class(thread, BOOT_LOADER, "java/lang/invoke/MemberName")?;
    let rmn = load_class(thread, BOOT_LOADER, "java/lang/invoke/ResolvedMethodName")?;
    let mh = load_class(thread, BOOT_LOADER, "java/lang/invoke/MethodHandle")?;
    let lf = load_class(thread, BOOT_LOADER, "java/lang/invoke/LambdaForm")?;
    let mt = load_class(thread, BOOT_LOADER, "java/lang/invoke/MethodType")?;
    let cs = load_class(thread, BOOT_LOADER, "java/lang/invoke/CallSite")?;
    let mut missing = None;
    let mut field = |k: &Klass, name: &str, d: &str| {
        k.fields
            .iter()
            .find(|f| f.name == name && f.descriptor == d && !f.is_static())
            .map(|f| f.offset)
            .unwrap_or_else(|| {
                missing = Some(format!("{}.{name}", k.name));
                0
            })
    };
    let j_fields = (
        field(mn, "clazz", "Ljava/lang/Class;"),
        field(mn, "name", "Ljava/lang/String;"),
        field(mn, "type", "Ljava/lang/Object;"),
        field(mn, "flags", "I"),
        field(mn, "method", "Ljava/lang/invoke/ResolvedMethodName;"),
        field(mn, "vmindex", "J"),
        field(rmn, "vmtarget", "J"),
        field(rmn, "vmholder", "Ljava/lang/Class;"),
        field(mh, "form", "Ljava/lang/invoke/LambdaForm;"),
        field(lf, "vmentry", "Ljava/lang/invoke/MemberName;"),
        field(mt, "rtype", "Ljava/lang/Class;"),
        field(mt, "ptypes", "[Ljava/lang/Class;"),
        field(cs, "target", "Ljava/lang/invoke/MethodHandle;"),
    );
    if let Some(m) = missing {
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/InternalError",
            &format!("java.lang.invoke field not found: {m}"),
        ));
    }
    let upcall = |thread: &mut JavaThread, name: &str, d: &str| -> JResult<&'static Method> {
        mhn.find_declared_method(name, d).ok_or_else(|| {
            crate::exceptions::throw_new(
                thread,
                "java/lang/InternalError",
                &format!("MethodHandleNatives.{name}{d} not found"),
            )
        })
    };
    let o = "Ljava/lang/Object;";
    Ok(Jli {
        member_name: mn,
        resolved_method_name: rmn,
        mn_clazz: j_fields.0,
        mn_name: j_fields.1,
        mn_type: j_fields.2,
        mn_flags: j_fields.3,
        mn_method: j_fields.4,
        mn_vmindex: j_fields.5,
        rmn_vmtarget: j_fields.6,
        rmn_vmholder: j_fields.7,
        mh_form: j_fields.8,
        lf_vmentry: j_fields.9,
        mt_rtype: j_fields.10,
        mt_ptypes: j_fields.11,
        cs_target: j_fields.12,
        link_method: upcall(
            thread,
            "linkMethod",
            "(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;",
        )?,
        link_call_site: upcall(
            thread,
            "linkCallSite",
            &format!("({o}I{o}{o}{o}{o}[{o})Ljava/lang/invoke/MemberName;"),
        )?,
        link_method_handle_constant: upcall(
            thread,
            "linkMethodHandleConstant",
            "(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;)Ljava/lang/invoke/MethodHandle;",
        )?,
        find_method_handle_type: upcall(
            thread,
            "findMethodHandleType",
            "(Ljava/lang/Class;[Ljava/lang/Class;)Ljava/lang/invoke/MethodType;",
        )?,
        link_dynamic_constant: upcall(
            thread,
            "linkDynamicConstant",
            &format!("({o}I{o}{o}{o}{o}){o}"),
        )?,
        class_klass_offset: thread.vm.class_klass_offset(),
    })
}

impl Jli {
    /// The class a mirror stands for (`None` for primitive mirrors).
    #[inline]
    pub fn mirror_klass(&self, mirror: ObjRef) -> Option<&'static Klass> {
        klass_from_addr(mirror.get_i64(self.class_klass_offset) as usize)
    }

    /// The method a resolved `MemberName` names (`None` for fields and unresolved names).
    #[inline]
    pub fn member_method(&self, member: ObjRef) -> Option<&'static Method> {
        let rmn = member.get_ref(self.mn_method)?;
        let holder = self.mirror_klass(rmn.get_ref(self.rmn_vmholder)?)?;
        let index = usize::try_from(rmn.get_i64(self.rmn_vmtarget)).ok()?;
        holder.methods.get(index)
    }

    /// The method `invokeBasic` runs for handle `mh`: its form's `vmentry`.
    #[inline]
    pub fn form_entry(&self, mh: ObjRef) -> Option<&'static Method> {
        let form = mh.get_ref(self.mh_form)?;
        self.member_method(form.get_ref(self.lf_vmentry)?)
    }

    /// `MemberName.vmindex`.
    #[inline]
    pub fn vmindex(&self, member: ObjRef) -> i64 {
        member.get_i64(self.mn_vmindex)
    }

    /// `MemberName.flags`.
    pub fn flags(&self, member: ObjRef) -> i32 {
        member.get_i32(self.mn_flags)
    }
}

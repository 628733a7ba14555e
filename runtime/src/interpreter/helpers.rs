//! The interpreter's slow paths: field access by kind, resolution with initialisation,
//! dispatch selection, allocation, and the exceptions with HotSpot's messages.

use classfile::descriptor::BaseType;

use super::arith::int_slot;
use super::ops::Elem;
use super::slots::Slots;
use crate::exceptions::{throw_new, throw_new_no_message};
use crate::init::initialize;
use crate::klass::{ItableEntry, Klass, KlassKind, Method, ValueKind};
use crate::loader::array_klass_of;
use crate::oops::ObjRef;
use crate::resolve::{CpEntry, FieldRef, InvokeKind, resolve_class, resolve_field, resolve_method};
use crate::thread::{JResult, JavaThread};

/// Reads field `f` of `obj` into `s[at..]`; returns the slots pushed.
#[inline(always)]
pub(super) fn read_field(s: &mut Slots, at: usize, obj: ObjRef, f: &FieldRef) -> usize {
    let o = f.offset;
    let v = f.is_volatile;
    s[at] = match f.kind {
        ValueKind::Int | ValueKind::Float => {
            let x = if v {
                obj.get_i32_volatile(o)
            } else {
                obj.get_i32(o)
            };
            int_slot(x)
        }
        ValueKind::Long | ValueKind::Double | ValueKind::Ref => {
            (if v {
                obj.get_i64_volatile(o)
            } else {
                obj.get_i64(o)
            }) as u64
        }
        ValueKind::Byte | ValueKind::Boolean => int_slot(i32::from(if v {
            obj.get_i8_volatile(o)
        } else {
            obj.get_i8(o)
        })),
        ValueKind::Char => int_slot(i32::from(
            (if v {
                obj.get_i16_volatile(o)
            } else {
                obj.get_i16(o)
            }) as u16,
        )),
        ValueKind::Short => int_slot(i32::from(if v {
            obj.get_i16_volatile(o)
        } else {
            obj.get_i16(o)
        })),
    };
    f.kind.slots()
}

/// Writes `s[at..]` into field `f` of `obj` (booleans masked to their low bit, JVMS §6.5
/// putfield); reference stores go through the write barrier.
#[inline(always)]
pub(super) fn write_field(s: &Slots, at: usize, obj: ObjRef, f: &FieldRef) {
    let o = f.offset;
    let raw = s[at];
    let v = f.is_volatile;
    match f.kind {
        ValueKind::Int | ValueKind::Float => {
            if v {
                obj.put_i32_volatile(o, raw as i32)
            } else {
                obj.put_i32(o, raw as i32)
            }
        }
        ValueKind::Long | ValueKind::Double => {
            if v {
                obj.put_i64_volatile(o, raw as i64)
            } else {
                obj.put_i64(o, raw as i64)
            }
        }
        ValueKind::Ref => {
            let r = ObjRef::from_addr(raw as usize);
            if v {
                obj.put_ref_volatile(o, r)
            } else {
                obj.put_ref(o, r)
            }
        }
        ValueKind::Byte => {
            if v {
                obj.put_i8_volatile(o, raw as i8)
            } else {
                obj.put_i8(o, raw as i8)
            }
        }
        ValueKind::Boolean => {
            if v {
                obj.put_i8_volatile(o, raw as i8 & 1)
            } else {
                obj.put_i8(o, raw as i8 & 1)
            }
        }
        ValueKind::Char | ValueKind::Short => {
            if v {
                obj.put_i16_volatile(o, raw as i16)
            } else {
                obj.put_i16(o, raw as i16)
            }
        }
    }
}

/// Resolves a static field and initialises its class.
pub(super) fn resolve_static(
    thread: &mut JavaThread,
    holder: &'static Klass,
    i: u16,
    is_put: bool,
) -> JResult<FieldRef> {
    let f = resolve_field(thread, holder, i, true, is_put)?;
    initialize(thread, f.holder)?;
    Ok(f)
}

/// Resolves a static method and initialises its class (a signature-polymorphic intrinsic
/// needs no initialisation).
pub(super) fn resolve_static_method(
    thread: &mut JavaThread,
    holder: &'static Klass,
    i: u16,
) -> JResult<CpEntry> {
    let entry = resolve_method(thread, holder, i, InvokeKind::Static)?;
    match entry {
        CpEntry::Method { resolved, .. } => {
            initialize(thread, resolved.holder())?;
            Ok(entry)
        }
        CpEntry::Intrinsic { .. } => Ok(entry),
        _ => Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            "not a method",
        )),
    }
}

/// Selects the method to run for a virtual or interface call when the vtable does not
/// decide: interface methods (itable), private methods, methods without a vtable slot.
/// `interface_call` tells `invokeinterface` from `invokevirtual`.
pub(super) fn select_slow(
    thread: &mut JavaThread,
    resolved: &'static Method,
    receiver: &'static Klass,
    interface_call: bool,
) -> JResult<&'static Method> {
    let iface = resolved.holder();
    let selected = if resolved.is_private() || !iface.is_interface() {
        resolved
    } else {
        match receiver
            .itable_row(iface)
            .and_then(|row| row.get(resolved.index).copied())
        {
            Some(ItableEntry::Selected(m)) => m,
            Some(ItableEntry::Missing) => {
                return abstract_method_error(thread, resolved, Some(receiver)).map(|_| resolved);
            }
            // invokeinterface reports a conflict as a missing implementation (HotSpot's itable
            // holds no method for it); invokevirtual reaches HotSpot's conflict overpass.
            Some(ItableEntry::Conflict(..)) if interface_call => {
                return abstract_method_error(thread, resolved, Some(receiver)).map(|_| resolved);
            }
            Some(ItableEntry::Conflict(a, b)) => {
                let msg = format!(
                    "Conflicting default methods: {}.{} {}.{}",
                    a.holder().external_name(),
                    a.name,
                    b.holder().external_name(),
                    b.name
                );
                return Err(throw_new(
                    thread,
                    "java/lang/IncompatibleClassChangeError",
                    &msg,
                ));
            }
            None => {
                let msg = format!(
                    "Class {} does not implement the requested interface {}",
                    receiver.external_name(),
                    iface.external_name()
                );
                return Err(throw_new(
                    thread,
                    "java/lang/IncompatibleClassChangeError",
                    &msg,
                ));
            }
        }
    };
    if selected.is_abstract() {
        abstract_method_error(thread, resolved, Some(receiver))?;
    }
    if !selected.is_public() && iface.is_interface() && !resolved.is_private() {
        let msg = format!(
            "'{}'",
            crate::klass::external_method_name(
                &receiver.external_name(),
                &selected.name,
                &selected.descriptor
            )
        );
        return Err(throw_new(thread, "java/lang/IllegalAccessError", &msg));
    }
    Ok(selected)
}

/// `AbstractMethodError` with HotSpot's message.
pub(super) fn abstract_method_error(
    thread: &mut JavaThread,
    resolved: &Method,
    receiver: Option<&Klass>,
) -> JResult<()> {
    let holder = resolved.holder();
    let descr = crate::klass::external_method_name("", &resolved.name, &resolved.descriptor);
    let descr = descr.replacen(" .", " ", 1);
    let kind = if holder.is_interface() {
        "interface"
    } else {
        "abstract class"
    };
    let kind = if holder.is_interface() || holder.is_abstract() {
        kind
    } else {
        "class"
    };
    let abs = if resolved.is_abstract() {
        "abstract "
    } else {
        ""
    };
    let msg = match receiver {
        Some(r) => format!(
            "Receiver class {} does not define or inherit an implementation of the resolved method '{abs}{descr}' of {kind} {}.",
            r.external_name(),
            holder.external_name()
        ),
        None => format!(
            "Missing implementation of resolved method '{abs}{descr}' of {kind} {}.",
            holder.external_name()
        ),
    };
    Err(throw_new(thread, "java/lang/AbstractMethodError", &msg))
}

/// `new`: resolves, checks instantiability, initialises, allocates.
pub(super) fn new_object(
    thread: &mut JavaThread,
    holder: &'static Klass,
    i: u16,
) -> JResult<ObjRef> {
    let k = resolve_class(thread, holder, i)?;
    if k.is_abstract() || k.is_array() {
        return Err(throw_new(
            thread,
            "java/lang/InstantiationError",
            &k.external_name(),
        ));
    }
    initialize(thread, k)?;
    crate::alloc::new_instance(thread, k)
}

/// The primitive type of a `newarray` type code.
fn base_type_of(atype: u8) -> Option<BaseType> {
    Some(match atype {
        4 => BaseType::Boolean,
        5 => BaseType::Char,
        6 => BaseType::Float,
        7 => BaseType::Double,
        8 => BaseType::Byte,
        9 => BaseType::Short,
        10 => BaseType::Int,
        11 => BaseType::Long,
        _ => return None,
    })
}

/// The array class for `newarray` type code `atype`, cached in the VM.
pub(super) fn type_array_klass(thread: &mut JavaThread, atype: u8) -> JResult<&'static Klass> {
    if let Some(k) = thread
        .vm
        .type_arrays
        .get(atype as usize)
        .and_then(|c| c.get())
    {
        return Ok(k);
    }
    let Some(b) = base_type_of(atype) else {
        return Err(throw_new(
            thread,
            "java/lang/VerifyError",
            "Bad newarray type",
        ));
    };
    let k = array_klass_of(thread, Err(b))?;
    if let Some(cell) = thread.vm.type_arrays.get(atype as usize) {
        let _ = cell.set(k);
    }
    Ok(k)
}

/// `newarray`.
pub(super) fn new_type_array(thread: &mut JavaThread, atype: u8, len: i32) -> JResult<ObjRef> {
    let k = type_array_klass(thread, atype)?;
    crate::alloc::new_array(thread, k, len)
}

/// `anewarray`.
pub(super) fn new_object_array(
    thread: &mut JavaThread,
    holder: &'static Klass,
    i: u16,
    len: i32,
) -> JResult<ObjRef> {
    let c = resolve_class(thread, holder, i)?;
    let k = array_klass_of(thread, Ok(c))?;
    crate::alloc::new_array(thread, k, len)
}

/// `multianewarray`: every count is checked before anything is allocated.
pub(super) fn multi_new_array(
    thread: &mut JavaThread,
    holder: &'static Klass,
    i: u16,
    counts: &[i32],
) -> JResult<ObjRef> {
    let k = resolve_class(thread, holder, i)?;
    if let Some(n) = counts.iter().find(|c| **c < 0) {
        return Err(throw_new(
            thread,
            "java/lang/NegativeArraySizeException",
            &n.to_string(),
        ));
    }
    build_array(thread, k, counts)
}

fn build_array(thread: &mut JavaThread, k: &'static Klass, counts: &[i32]) -> JResult<ObjRef> {
    let array = crate::alloc::new_array(thread, k, counts[0])?;
    if counts.len() == 1 {
        return Ok(array);
    }
    let Some(component) = k.component() else {
        return Ok(array);
    };
    let local = thread.new_local(Some(array));
    for e in 0..counts[0] as usize {
        let sub = build_array(thread, component, &counts[1..]);
        let sub = match sub {
            Ok(s) => s,
            Err(t) => {
                thread.handles.truncate(local.0 as usize);
                return Err(t);
            }
        };
        if let Some(a) = thread.local(local) {
            a.put_ref(gc::layout::ARRAY_BASE_OFFSET + 8 * e, Some(sub));
        }
    }
    let array = thread.local(local).unwrap_or(array);
    thread.handles.truncate(local.0 as usize);
    Ok(array)
}

/// Reads element `i` (in bounds) of `array` as a slot value.
#[inline(always)]
pub(super) fn array_load(array: ObjRef, e: Elem, i: usize) -> u64 {
    let base = gc::layout::ARRAY_BASE_OFFSET;
    match e {
        Elem::Int | Elem::Float => array.get_i32(base + 4 * i) as u32 as u64,
        Elem::Long | Elem::Double | Elem::Ref => array.get_i64(base + 8 * i) as u64,
        Elem::Byte => int_slot(i32::from(array.get_i8(base + i))),
        Elem::Char => int_slot(i32::from(array.get_u16(base + 2 * i))),
        Elem::Short => int_slot(i32::from(array.get_i16(base + 2 * i))),
    }
}

/// Writes slot value `value` to element `i` (in bounds, store-checked) of `array`; `boolean`
/// stores keep only the low bit (JVMS §6.5 bastore).
#[inline(always)]
pub(super) fn array_store(array: ObjRef, e: Elem, i: usize, value: u64) {
    let base = gc::layout::ARRAY_BASE_OFFSET;
    match e {
        Elem::Int | Elem::Float => array.put_i32(base + 4 * i, value as i32),
        Elem::Long | Elem::Double => array.put_i64(base + 8 * i, value as i64),
        Elem::Ref => array.put_ref(base + 8 * i, ObjRef::from_addr(value as usize)),
        Elem::Byte if is_boolean_array(array) => array.put_i8(base + i, value as i8 & 1),
        Elem::Byte => array.put_i8(base + i, value as i8),
        Elem::Char | Elem::Short => array.put_i16(base + 2 * i, value as i16),
    }
}

/// Whether `value` may be stored in reference array `array` (`aastore`).
#[inline]
pub(super) fn array_store_ok(array: ObjRef, value: ObjRef) -> bool {
    match array.klass().kind {
        KlassKind::ObjArray { component } => {
            let k = value.klass();
            std::ptr::eq(k, component) || k.is_subtype_of(component)
        }
        _ => false,
    }
}

/// Whether `array` is a `boolean[]` (stores are masked to the low bit).
#[inline]
pub(super) fn is_boolean_array(array: ObjRef) -> bool {
    matches!(
        array.klass().kind,
        KlassKind::TypeArray {
            element: BaseType::Boolean
        }
    )
}

/// `ArrayStoreException` naming the stored value's class.
pub(super) fn array_store_error(thread: &mut JavaThread, value: ObjRef) -> JResult<()> {
    let name = value.klass().external_name();
    Err(throw_new(thread, "java/lang/ArrayStoreException", &name))
}

/// `ArrayIndexOutOfBoundsException` with HotSpot's message.
pub(super) fn index_out_of_bounds(thread: &mut JavaThread, index: i32, len: i32) -> JResult<()> {
    let msg = format!("Index {index} out of bounds for length {len}");
    Err(throw_new(
        thread,
        "java/lang/ArrayIndexOutOfBoundsException",
        &msg,
    ))
}

/// `ArithmeticException: / by zero`.
pub(super) fn divide_by_zero(thread: &mut JavaThread) -> JResult<()> {
    Err(throw_new(
        thread,
        "java/lang/ArithmeticException",
        "/ by zero",
    ))
}

/// `ClassCastException` with HotSpot 17's message.
pub(super) fn class_cast_error(thread: &mut JavaThread, from: &Klass, to: &Klass) -> JResult<()> {
    let msg = format!(
        "class {} cannot be cast to class {} ({})",
        from.external_name(),
        to.external_name(),
        from.describe_pair(to)
    );
    Err(throw_new(thread, "java/lang/ClassCastException", &msg))
}

/// Throws the `NullPointerException` of an instruction. Its helpful message is computed
/// only if asked for (`NullPointerException.getExtendedNPEMessage`, from the top frame of
/// the backtrace, which records the method and bytecode index), as in HotSpot.
pub(super) fn throw_npe(thread: &mut JavaThread) {
    let _ = throw_new_no_message(thread, "java/lang/NullPointerException");
}

//! `java.lang.Class` mirrors: one instance of the image's real `java.lang.Class` per class,
//! with the VM's pointer to the `Klass` in the injected field `klass` (as HotSpot injects it),
//! `componentType` for arrays, and the class's static fields after the `Class` fields (so
//! `Unsafe.staticFieldBase` can return the mirror, as in JDK 17).

use classfile::Constant;

use crate::alloc::allocate;
use crate::klass::{Klass, ValueKind};
use crate::oops::ObjRef;
use crate::strings;
use crate::thread::{JResult, JavaThread, Local};

/// Creates the mirror of `klass` and sets the `ConstantValue` statics (JVMS §5.5 step 6 does
/// it at initialisation; HotSpot does it when the mirror is created, which no code can
/// observe).
pub fn create_mirror(thread: &mut JavaThread, klass: &'static Klass) -> JResult<ObjRef> {
    // Not yet published: the collector finds the new mirror through this list meanwhile.
    thread.vm.unpublished.lock().push(klass);
    let result = create_unpublished_mirror(thread, klass);
    let mut unpublished = thread.vm.unpublished.lock();
    if let Some(i) = unpublished.iter().rposition(|k| std::ptr::eq(*k, klass)) {
        unpublished.swap_remove(i);
    }
    result
}

fn create_unpublished_mirror(thread: &mut JavaThread, klass: &'static Klass) -> JResult<ObjRef> {
    let Some(&class_klass) = thread.vm.class_klass.get() else {
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/InternalError",
            "java.lang.Class not loaded",
        ));
    };
    let mirror = allocate(thread, class_klass, klass.mirror_size)?;
    mirror.put_i64(
        thread.vm.class_klass_offset(),
        klass as *const Klass as usize as i64,
    );
    klass.set_mirror(mirror);
    // The class is not published yet, so its mirror slot is no root: a handle keeps the mirror
    // (and the slot is refreshed from it) across the allocations that follow.
    let handle = thread.new_local(Some(mirror));
    let result = fill_mirror(thread, klass, class_klass, handle);
    let mirror = thread.local(handle);
    thread.handles.truncate(handle.0 as usize);
    result?;
    match mirror {
        Some(m) => {
            klass.set_mirror(m);
            Ok(m)
        }
        None => Err(crate::exceptions::throw_new(
            thread,
            "java/lang/InternalError",
            "mirror lost",
        )),
    }
}

/// Sets the mirror slot of `klass` from the handle that keeps it.
fn refresh_mirror(thread: &JavaThread, klass: &Klass, handle: Local) {
    if let Some(m) = thread.local(handle) {
        klass.set_mirror(m);
    }
}

/// The component type, constant statics and module of a new mirror (kept by `handle`).
fn fill_mirror(
    thread: &mut JavaThread,
    klass: &'static Klass,
    class_klass: &'static Klass,
    handle: Local,
) -> JResult<()> {
    let component_mirror = match &klass.kind {
        crate::klass::KlassKind::ObjArray { component } => Some(match component.mirror() {
            Some(m) => m,
            None => create_mirror(thread, component)?,
        }),
        crate::klass::KlassKind::TypeArray { element } => {
            let name = crate::klass::ValueKind::from_base(*element).java_name();
            primitive_mirror(thread, name)?
        }
        crate::klass::KlassKind::Instance => None,
    };
    refresh_mirror(thread, klass, handle);
    if let Some(cm) = component_mirror
        && let Some(f) = class_klass.find_declared_field("componentType", "Ljava/lang/Class;")
        && let Some(mirror) = klass.mirror()
    {
        mirror.put_ref(f.offset, Some(cm));
    }
    set_constant_values(thread, klass, handle)?;
    refresh_mirror(thread, klass, handle);
    crate::modules::set_mirror_module(thread, klass);
    refresh_mirror(thread, klass, handle);
    Ok(())
}

fn set_constant_values(
    thread: &mut JavaThread,
    klass: &'static Klass,
    handle: Local,
) -> JResult<()> {
    let Some(cf) = klass.class_file.as_ref() else {
        return Ok(());
    };
    for field in klass.fields.iter().filter(|f| f.is_static()) {
        let Some(index) = field.constant_value else {
            continue;
        };
        let Some(constant) = cf.constant_pool.raw(index).copied() else {
            continue;
        };
        let Some(mirror) = klass.mirror() else {
            return Ok(());
        };
        let off = field.offset;
        match (field.kind, constant) {
            (ValueKind::Long, Constant::Long(v)) => mirror.put_i64(off, v),
            (ValueKind::Double, Constant::Double(v)) => mirror.put_f64(off, v),
            (ValueKind::Float, Constant::Float(v)) => mirror.put_f32(off, v),
            (ValueKind::Int, Constant::Integer(v)) => mirror.put_i32(off, v),
            (ValueKind::Short | ValueKind::Char, Constant::Integer(v)) => {
                mirror.put_i16(off, v as i16)
            }
            (ValueKind::Byte | ValueKind::Boolean, Constant::Integer(v)) => {
                mirror.put_i8(off, v as i8)
            }
            (ValueKind::Ref, Constant::String { string_index }) => {
                let units = cf
                    .constant_pool
                    .utf8_bytes(string_index)
                    .ok()
                    .and_then(|b| classfile::mutf8::decode_utf16(b).ok())
                    .unwrap_or_default();
                let s = strings::intern(thread, &units)?;
                refresh_mirror(thread, klass, handle);
                if let Some(mirror) = klass.mirror() {
                    mirror.put_ref(off, Some(s));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The class a mirror stands for (`None` for primitive mirrors and non-mirrors).
pub fn klass_of_mirror(mirror: ObjRef) -> Option<&'static Klass> {
    let k = mirror.klass();
    if k.name != "java/lang/Class" {
        return None;
    }
    let field = k.find_declared_field(crate::klass::CLASS_KLASS_FIELD, "J")?;
    let addr = mirror.get_i64(field.offset) as usize;
    crate::oops::klass_from_addr(addr)
}

/// The names of the primitive types with mirrors (`int.class`...), `void` included.
pub const PRIMITIVE_NAMES: [&str; 9] = [
    "boolean", "byte", "char", "short", "int", "long", "float", "double", "void",
];

/// The mirror of a primitive type or `void` (`Class.getPrimitiveClass`), created on first use:
/// a `java.lang.Class` instance whose injected `klass` is 0.
pub fn primitive_mirror(thread: &mut JavaThread, name: &str) -> JResult<Option<ObjRef>> {
    let Some(index) = PRIMITIVE_NAMES.iter().position(|n| *n == name) else {
        return Ok(None);
    };
    let slot = &thread.vm.primitive_mirrors[index];
    if let Some(m) = ObjRef::from_addr(slot.load(std::sync::atomic::Ordering::Acquire) as usize) {
        return Ok(Some(m));
    }
    let Some(&class_klass) = thread.vm.class_klass.get() else {
        return Ok(None);
    };
    let mirror = allocate(thread, class_klass, class_klass.instance_size)?;
    if let (Some(f), Some(base)) = (
        class_klass.find_declared_field("module", "Ljava/lang/Module;"),
        thread.vm.modules.boot_module("java.base"),
    ) {
        mirror.put_ref(f.offset, Some(base));
    }
    let slot = &thread.vm.primitive_mirrors[index];
    let _ = slot.compare_exchange(
        0,
        mirror.addr() as u64,
        std::sync::atomic::Ordering::AcqRel,
        std::sync::atomic::Ordering::Acquire,
    );
    Ok(ObjRef::from_addr(
        slot.load(std::sync::atomic::Ordering::Acquire) as usize,
    ))
}

/// The primitive type a mirror stands for (`"int"`...), `None` for class mirrors.
pub fn primitive_name(thread: &JavaThread, mirror: ObjRef) -> Option<&'static str> {
    thread
        .vm
        .primitive_mirrors
        .iter()
        .position(|m| m.load(std::sync::atomic::Ordering::Acquire) == mirror.addr() as u64)
        .map(|i| PRIMITIVE_NAMES[i])
}

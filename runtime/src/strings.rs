//! `java.lang.String` as JDK 17 lays it out: a `byte[] value` in LATIN1 (one byte per char,
//! `coder` 0) when every char fits, else UTF16 (two bytes per char in the platform's byte
//! order, little-endian here, `coder` 1), plus `hash` and `hashIsZero` computed lazily by the
//! JDK's own code (the VM fills them in for the literals it interns). Interned strings live in
//! the VM's string table, which holds them weakly: collections drop the entries of strings
//! nothing else reaches ([`visit_string_table`]).

use classfile::descriptor::BaseType;

use crate::alloc::{new_array, new_instance};
use crate::loader::array_klass_of;
use crate::oops::ObjRef;
use crate::thread::{JResult, JavaThread};

/// `String.coder` for one byte per char.
pub const LATIN1: i8 = 0;
/// `String.coder` for two bytes per char.
pub const UTF16: i8 = 1;

/// A new `java.lang.String` with the contents of `s`.
pub fn new_string(thread: &mut JavaThread, s: &str) -> JResult<ObjRef> {
    let units: Vec<u16> = s.encode_utf16().collect();
    new_string_utf16(thread, &units)
}

/// A new `java.lang.String` from UTF-16 code units, compact when every unit is below 256.
pub fn new_string_utf16(thread: &mut JavaThread, units: &[u16]) -> JResult<ObjRef> {
    let wk = *thread.vm.well_known();
    let latin1 = units.iter().all(|&u| u < 256);
    let bytes: Vec<u8> = if latin1 {
        units.iter().map(|&u| u as u8).collect()
    } else {
        units.iter().flat_map(|u| u.to_le_bytes()).collect()
    };
    let byte_array = array_klass_of(thread, Err(BaseType::Byte))?;
    let value = new_array(thread, byte_array, bytes.len() as i32)?;
    value.set_array_bytes(&bytes);
    let local = thread.new_local(Some(value));
    let string = new_instance(thread, wk.string)?;
    let value = thread.local(local);
    thread.handles.truncate(local.0 as usize);
    string.put_ref(wk.string_value, value);
    string.put_i8(wk.string_coder, if latin1 { LATIN1 } else { UTF16 });
    Ok(string)
}

/// The UTF-16 contents of a `java.lang.String`.
pub fn string_utf16(thread: &JavaThread, s: ObjRef) -> Vec<u16> {
    let wk = *thread.vm.well_known();
    let Some(value) = s.get_ref(wk.string_value) else {
        return Vec::new();
    };
    let len = value.array_length().max(0) as usize;
    let bytes = value.array_bytes(len);
    if s.get_i8(wk.string_coder) == LATIN1 {
        bytes.iter().map(|&b| u16::from(b)).collect()
    } else {
        bytes
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect()
    }
}

/// The contents of a `java.lang.String` as Rust text (unpaired surrogates replaced).
pub fn string_value(thread: &JavaThread, s: ObjRef) -> String {
    String::from_utf16_lossy(&string_utf16(thread, s))
}

/// The interned string with these contents (JLS §3.10.5): created and recorded on first use.
pub fn intern(thread: &mut JavaThread, units: &[u16]) -> JResult<ObjRef> {
    let existing = thread.vm.strings.lock().get(units).copied();
    if let Some(s) = existing.and_then(|a| ObjRef::from_addr(a as usize)) {
        return Ok(s);
    }
    let s = new_string_utf16(thread, units)?;
    set_hash(thread, s, units);
    let mut table = thread.vm.strings.lock();
    let addr = *table.entry(units.to_vec()).or_insert(s.addr() as u64);
    Ok(ObjRef::from_addr(addr as usize).unwrap_or(s))
}

/// Caches the `String.hashCode` of an interned string in its `hash` (or `hashIsZero`) field,
/// as the strings of HotSpot's class-data-sharing archive come: the literals the boot hashes
/// by the thousand (package and module names) then skip the JDK's hashing loop.
fn set_hash(thread: &JavaThread, s: ObjRef, units: &[u16]) {
    let wk = thread.vm.well_known();
    let hash = units
        .iter()
        .fold(0i32, |h, &u| h.wrapping_mul(31).wrapping_add(i32::from(u)));
    if hash != 0 {
        s.put_i32(wk.string_hash, hash);
    } else {
        s.put_i8(wk.string_hash_is_zero, 1);
    }
}

/// `String.intern`: the interned string equal to `s`, which becomes the interned instance
/// itself when none was recorded yet (as in HotSpot, so `s.intern() == s` for a new string).
pub fn intern_string(thread: &mut JavaThread, s: ObjRef) -> ObjRef {
    let units = string_utf16(thread, s);
    let mut table = thread.vm.strings.lock();
    let addr = *table.entry(units).or_insert(s.addr() as u64);
    ObjRef::from_addr(addr as usize).unwrap_or(s)
}

/// Visits the string table's entries as weak roots: `visit` stores each string's new address,
/// or 0 when it died, and dead entries are removed.
pub fn visit_string_table(vm: &crate::vm::VmState, visit: &mut dyn FnMut(&mut usize)) {
    vm.strings.lock().retain(|_, slot| {
        let mut a = *slot as usize;
        if a != 0 {
            visit(&mut a);
        }
        *slot = a as u64;
        a != 0
    });
}

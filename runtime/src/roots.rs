//! Everything the collector (issue 5) must treat as a root or scan, in one place: the global
//! roots of a VM and the references inside an object.
//!
//! The interned-string table is a weak root ([`crate::strings::visit_string_table`]).
//! Every root slot is visited exactly once. Roots are visited as "read the address, maybe
//! write back a new one": the visitor gets the current address (never 0) and returns the
//! address to store, so the same visitor serves a marking collector (return it unchanged) and
//! a moving one (return the forwarded address).
//! Thread roots (frames, handles, pending exceptions) are visited per thread with
//! [`crate::interpreter::visit_roots`].

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use crate::oops::ObjRef;
use crate::vm::VmState;

fn visit_atomic64(slot: &AtomicU64, visit: &mut dyn FnMut(u64) -> u64) {
    let old = slot.load(Ordering::Acquire);
    if old != 0 {
        let new = visit(old);
        if new != old {
            slot.store(new, Ordering::Release);
        }
    }
}

fn visit_atomic_usize(slot: &AtomicUsize, visit: &mut dyn FnMut(u64) -> u64) {
    let old = slot.load(Ordering::Acquire);
    if old != 0 {
        slot.store(visit(old as u64) as usize, Ordering::Release);
    }
}

/// Visits the VM's global roots: every class's mirror (which holds its statics; classes whose
/// mirror is being created included) and recorded initialisation error, every resolved
/// constant-pool reference (strings, method handles, appendixes), every `invokedynamic` site's
/// appendix, the primitive mirrors, the preallocated `OutOfMemoryError`, the
/// module table and the class loaders.
pub fn visit_global_roots(vm: &VmState, visit: &mut dyn FnMut(u64) -> u64) {
    // Each slot once: a moving collector's update is not idempotent (a class may be listed
    // under several loaders).
    let mut classes = vm.loaded_classes();
    classes.extend(vm.unpublished.lock().iter().copied());
    classes.sort_by_key(|k| *k as *const crate::klass::Klass as usize);
    classes.dedup_by_key(|k| *k as *const crate::klass::Klass as usize);
    for k in classes {
        visit_atomic_usize(k.mirror_slot(), visit);
        visit_atomic_usize(k.init_error_slot(), visit);
        for slot in k.cp_cache.string_slots() {
            visit_atomic64(slot, visit);
        }
        for m in k.methods {
            if let Some(Ok(code)) = m.decoded.get() {
                for site in code.call_sites.iter() {
                    visit_atomic64(site.appendix_slot(), visit);
                }
            }
        }
    }
    for slot in &vm.primitive_mirrors {
        visit_atomic64(slot, visit);
    }
    visit_atomic64(vm.oom_slot(), visit);
    vm.modules.visit_roots(visit);
    vm.loaders.visit_roots(visit);
}

/// Visits the reference fields or elements of `obj` (and a mirror's reference statics) by
/// byte offset: the object layout the collector scans.
pub fn visit_object_references(obj: ObjRef, visit: &mut dyn FnMut(usize)) {
    for offset in crate::alloc::reference_offsets(obj) {
        visit(offset);
    }
}

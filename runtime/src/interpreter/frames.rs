//! Finding every reference a thread holds, precisely, for the collector (issue 5): frame slots
//! from the verifier's per-bytecode-index reference maps, native frames' reference arguments
//! and locks, native handles and the pending exception.

use classfile::verifier::reference_map;

use crate::klass::ValueKind;
use crate::thread::{Frame, JavaThread};

/// The slot indices (into `thread.stack`) of frame `index` that hold references. For a frame
/// that is not the innermost, the arguments it pushed for its callee belong to the callee.
pub fn frame_reference_slots(thread: &JavaThread, index: usize) -> Vec<usize> {
    let frame: &Frame = &thread.frames[index];
    let m = frame.method;
    let base = frame.base as usize;
    let mut out = Vec::new();
    let stack_end = thread
        .frames
        .get(index + 1)
        .map_or(frame.sp as usize, |callee| callee.base as usize);
    if m.is_native() {
        let mut slot = base;
        if !m.is_static() {
            out.push(slot);
            slot += 1;
        }
        for k in &m.param_kinds {
            if *k == ValueKind::Ref {
                out.push(slot);
            }
            slot += k.slots();
        }
        if m.is_synchronized() {
            out.push(base + m.lock_slot_offset());
        }
        return out;
    }
    let Some(Ok(code)) = m.decoded.get() else {
        return out;
    };
    let maps = code.refmaps.get_or_init(|| {
        let cf = m.holder().class_file.as_ref()?;
        reference_map(cf, m.index).ok()
    });
    let bci = code.pcs.get(frame.pc as usize).copied().unwrap_or(0);
    match maps.as_ref().and_then(|maps| maps.at(bci as u16)) {
        Some(map) => {
            out.extend(map.ref_locals().map(|l| base + l));
            let stack_base = base + m.stack_base_offset();
            out.extend(
                map.ref_stack_slots()
                    .map(|s| stack_base + s)
                    .filter(|&s| s < stack_end),
            );
        }
        None => {
            // No map (the analysis failed on unverified code): every slot of the frame that
            // points into the heap is reported, which is only safe for a non-moving collector.
            let heap = &thread.vm.heap;
            out.extend((base..stack_end).filter(|&s| heap.contains(thread.stack[s] as usize)));
        }
    }
    if m.is_synchronized() {
        out.push(base + m.lock_slot_offset());
    }
    out
}

/// Calls `visit` with every root slot of `thread`: frame reference slots, native handles and
/// the pending exception. The collector may rewrite each slot (0 stays null).
pub fn visit_roots(thread: &mut JavaThread, mut visit: impl FnMut(&mut u64)) {
    let mut slots = Vec::new();
    for i in 0..thread.frames.len() {
        slots.extend(frame_reference_slots(thread, i));
    }
    // Each slot once (a moving collector's update is not idempotent).
    slots.sort_unstable();
    slots.dedup();
    for s in slots {
        visit(&mut thread.stack[s]);
    }
    for h in thread.handles.iter_mut() {
        visit(h);
    }
    visit(&mut thread.pending);
    visit(&mut thread.thread_object);
}

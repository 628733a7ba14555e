//! Finding every reference a thread holds, precisely, for the collector (issue 5): frame slots
//! from the per-bytecode-index reference maps of the verifier's analyses, native frames'
//! reference arguments and locks, native handles and the pending exception.
//!
//! There is no conservative fallback: every method that runs has reference maps. Linking
//! computes them for unverified code (and fails with a `VerifyError` when the analysis
//! fails); for verified classes and the runtime image's classes the analysis cannot fail and
//! runs when a collection first meets the method. Either way they are computed once per
//! method and kept.

use classfile::verifier::{RefMaps, reference_map};

use crate::klass::{Method, ValueKind};
use crate::thread::{Frame, JavaThread};

/// The reference maps of `m` (a method with bytecode), computed on first use.
fn refmaps_of(m: &'static Method) -> &'static RefMaps {
    m.refmaps.get_or_init(|| {
        let holder = m.holder();
        let analysed = holder
            .class_file
            .as_ref()
            .ok_or_else(|| "no class file".to_string())
            .and_then(|cf| reference_map(cf, m.index).map_err(|e| e.to_string()));
        match analysed {
            Ok(maps) => maps,
            // Linking analysed every unverified class, and verified code always has maps:
            // reaching this is a bug in the analyses, never a property of the input.
            Err(e) => panic!(
                "no reference maps for running method {}.{}{}: {e}",
                holder.name, m.name, m.descriptor
            ),
        }
    })
}

/// Calls `visit` with the slot indices (into `thread.stack`) of frame `index` that hold
/// references. For a frame that is not the innermost, the arguments it pushed for its callee
/// belong to the callee.
pub fn visit_frame_reference_slots(
    thread: &JavaThread,
    index: usize,
    mut visit: impl FnMut(usize),
) {
    let frame: &Frame = &thread.frames[index];
    let m = frame.method;
    let base = frame.base as usize;
    let stack_end = thread
        .frames
        .get(index + 1)
        .map_or(frame.sp as usize, |callee| callee.base as usize);
    if m.is_native() {
        let mut slot = base;
        if !m.is_static() {
            visit(slot);
            slot += 1;
        }
        for k in &m.param_kinds {
            if *k == ValueKind::Ref {
                visit(slot);
            }
            slot += k.slots();
        }
    } else if let Some(Ok(code)) = m.decoded.get() {
        let maps = refmaps_of(m);
        let bci = code.pcs.get(frame.pc as usize).copied().unwrap_or(0);
        let Some(map) = maps.at(bci as u16) else {
            panic!(
                "no reference map at bci {bci} of running method {}.{}{}",
                m.holder().name,
                m.name,
                m.descriptor
            );
        };
        for l in map.ref_locals() {
            visit(base + l);
        }
        let stack_base = base + m.stack_base_offset();
        for s in map.ref_stack_slots() {
            if stack_base + s < stack_end {
                visit(stack_base + s);
            }
        }
    }
    if m.is_synchronized() {
        visit(base + m.lock_slot_offset());
    }
}

/// The slot indices of frame `index` that hold references (see
/// [`visit_frame_reference_slots`]).
pub fn frame_reference_slots(thread: &JavaThread, index: usize) -> Vec<usize> {
    let mut out = Vec::new();
    visit_frame_reference_slots(thread, index, |s| out.push(s));
    out
}

/// Calls `visit` with every root slot of `thread`: frame reference slots, native handles and
/// the pending exception. The collector may rewrite each slot (0 stays null). Frames occupy
/// disjoint slot ranges (a caller's pushed arguments are its callee's), so each slot is
/// visited once, as a moving collector needs; nothing is allocated.
pub fn visit_roots(thread: &mut JavaThread, mut visit: impl FnMut(&mut u64)) {
    let mut stack = std::mem::take(&mut thread.stack);
    for i in 0..thread.frames.len() {
        visit_frame_reference_slots(thread, i, |s| visit(&mut stack[s]));
    }
    thread.stack = stack;
    for h in thread.handles.iter_mut() {
        visit(h);
    }
    visit(&mut thread.pending);
    visit(&mut thread.thread_object);
}

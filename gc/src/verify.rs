//! A heap verifier for debugging the runtime's roots (`-XX:+VerifyBeforeGC`-like): every root
//! and every reference slot of every object must hold 0 or the start of an object in a used
//! space. Slow (it walks the whole heap); run only when asked.

use std::collections::HashSet;

use crate::heap::{FILLER_TAG, Heap, State, size_at};
use crate::mem;
use crate::model::{ObjectModel, RootSet};

/// The used spaces of the heap.
pub(crate) fn spaces(heap: &Heap, st: &State) -> Vec<(usize, usize)> {
    let mut out = vec![(heap.old_start, st.old_top), (heap.eden_start, st.eden_top)];
    if !st.young_overflow {
        out.push((heap.survivor_from_start(st), st.from_top));
    }
    out
}

/// Checks the heap and the roots; the error names the first bad root (by visiting order) or
/// object slot.
pub(crate) fn verify<M: ObjectModel, R: RootSet>(
    heap: &Heap,
    st: &State,
    model: &M,
    roots: &mut R,
    when: &str,
) -> Result<(), String> {
    let mut starts = HashSet::new();
    let mut objects = Vec::new();
    for (from, to) in spaces(heap, st) {
        let mut obj = from;
        while obj < to {
            let word = mem::read(obj);
            let size = size_at(model, obj);
            if size < 8 || obj + size > to {
                return Err(format!(
                    "{when}: object {obj:#x} of size {size} overruns {to:#x}"
                ));
            }
            if word & 0b111 != FILLER_TAG {
                if mem::read(obj + 8) == 0 {
                    return Err(format!("{when}: object {obj:#x} has no class"));
                }
                starts.insert(obj);
                objects.push(obj);
            }
            obj += size;
        }
    }
    let mut bad = None;
    let mut index = 0usize;
    roots.visit_roots(&mut |slot| {
        if *slot != 0 && !starts.contains(&*slot) && bad.is_none() {
            bad = Some(format!(
                "{when}: root #{index} holds {:#x}, not an object",
                *slot
            ));
        }
        index += 1;
    });
    index = 0;
    roots.visit_weak_roots(&mut |slot| {
        if *slot != 0 && !starts.contains(&*slot) && bad.is_none() {
            bad = Some(format!(
                "{when}: weak root #{index} holds {:#x}, not an object",
                *slot
            ));
        }
        index += 1;
    });
    if let Some(e) = bad {
        return Err(e);
    }
    for obj in objects {
        let mut error = None;
        model.visit_slots(obj, &mut |s| {
            let v = mem::read(s);
            if v != 0 && !starts.contains(&v) && error.is_none() {
                error = Some(format!(
                    "{when}: slot +{} of object {obj:#x} (class word {:#x}) holds {v:#x}",
                    s - obj,
                    mem::read(obj + 8)
                ));
            }
        });
        if let Some(e) = error {
            return Err(e);
        }
    }
    Ok(())
}

/// What verification writes over freed space: a non-canonical address in every word, so that
/// an object address kept across a collection where the collector could not update it reads
/// a class pointer that faults at once instead of stale data. Its low bits are neither a
/// filler's nor a forwarding tag.
pub(crate) const POISON: usize = 0xbad0_bad0_bad0_bad0;

impl Heap {
    /// Overwrites the parts of `before` (the spaces in use before a collection) that no
    /// object uses any more with [`POISON`].
    pub(crate) fn poison_free_space(&self, st: &State, before: &[(usize, usize)]) {
        let mut live = spaces(self, st);
        live.sort_unstable();
        for &(from, to) in before {
            let mut w = from;
            while w < to {
                // Skip the live range containing `w`, if any.
                if let Some(&(_, end)) = live.iter().find(|(a, b)| *a <= w && w < *b) {
                    w = end;
                    continue;
                }
                let next_live = live
                    .iter()
                    .map(|&(a, _)| a)
                    .filter(|&a| a > w)
                    .min()
                    .unwrap_or(to)
                    .min(to);
                while w < next_live {
                    mem::write(w, POISON);
                    w += 8;
                }
            }
        }
    }
}

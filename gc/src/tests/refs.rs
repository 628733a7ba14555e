//! `java.lang.ref` and weak roots in young and full collections on the synthetic graph.
//! Reference fields: 0 referent, 1 discovered, 2 next; payload word 0 the soft timestamp.

use super::*;

/// The pending list, head first (taken from the heap).
fn take_pending(w: &World) -> Vec<usize> {
    let mut out = Vec::new();
    let mut p = w.heap.take_pending_references();
    while p != 0 {
        out.push(p);
        p = get(p, 1);
    }
    out
}

/// A rooted reference of kind `tag` to a new object with payload `value`; returns the
/// reference's root index.
fn reference_to_new(w: &mut World, tag: usize, value: usize) -> usize {
    let r = w.reference(tag);
    let ri = w.root(r);
    let referent = w.object(0, 1);
    mem::write(referent + 16, value);
    set(w.roots[ri], 0, referent);
    ri
}

/// Collects young until the object at root `r` is old.
fn promote(w: &mut World, r: usize) {
    for _ in 0..4 {
        if !w.heap.is_young(w.roots[r]) {
            return;
        }
        w.young();
    }
    assert!(!w.heap.is_young(w.roots[r]), "promoted");
}

#[test]
fn young_collection_clears_weak_and_phantom_references_to_dead_young_referents() {
    let mut w = World::new(16 << 20, 2 << 20);
    let weak = reference_to_new(&mut w, WEAK, 1);
    let phantom = reference_to_new(&mut w, PHANTOM, 2);
    let strong = w.object(0, 1);
    mem::write(strong + 16, 3);
    let s = w.root(strong);
    let kept = w.reference(WEAK);
    let kept = w.root(kept);
    set(w.roots[kept], 0, w.roots[s]);
    w.young();
    assert_eq!(w.events.last().map(|e| e.kind), Some(GcKind::Young));
    assert_eq!(get(w.roots[weak], 0), 0, "weak referent cleared");
    assert_eq!(get(w.roots[phantom], 0), 0, "phantom referent cleared");
    assert_eq!(get(w.roots[kept], 0), w.roots[s], "moved referent updated");
    assert_eq!(payload(get(w.roots[kept], 0), 0), 3);
    let mut pending = take_pending(&w);
    pending.sort();
    let mut expected = vec![w.roots[weak], w.roots[phantom]];
    expected.sort();
    assert_eq!(pending, expected);
    // Cleared references are not discovered again.
    w.young();
    assert!(!w.heap.has_pending_references());
}

#[test]
fn old_weak_reference_to_a_young_referent_is_found_through_its_dirty_card() {
    let mut w = World::new(16 << 20, 2 << 20);
    let dead = w.reference(WEAK);
    let dead = w.root(dead);
    let live = w.reference(WEAK);
    let live = w.root(live);
    promote(&mut w, dead);
    promote(&mut w, live);
    let gone = w.object(0, 1);
    set(w.roots[dead], 0, gone);
    let kept = w.object(0, 1);
    mem::write(kept + 16, 99);
    let k = w.root(kept);
    set(w.roots[live], 0, kept);
    w.young();
    assert_eq!(get(w.roots[dead], 0), 0, "old reference cleared");
    assert_eq!(take_pending(&w), vec![w.roots[dead]]);
    // The live referent moved; the old reference's card stays dirty while it is young.
    assert_eq!(get(w.roots[live], 0), w.roots[k]);
    w.roots[k] = 0;
    w.young();
    assert_eq!(
        get(w.roots[live], 0),
        0,
        "cleared once only the reference holds it"
    );
    assert_eq!(take_pending(&w), vec![w.roots[live]]);
}

#[test]
fn an_old_pending_reference_linking_to_a_young_one_keeps_its_card_dirty() {
    let mut w = World::new(16 << 20, 2 << 20);
    let old = w.reference(PHANTOM);
    let old = w.root(old);
    promote(&mut w, old);
    let referent = w.object(0, 1);
    set(w.roots[old], 0, referent);
    // Weak references are made pending before phantom ones: the old phantom reference links
    // to the young weak one.
    let young = reference_to_new(&mut w, WEAK, 5);
    w.young();
    assert!(w.heap.is_young(w.roots[young]));
    // The pending list stays intact across further young collections (the heap verifier
    // checks every slot, `discovered` included).
    w.young();
    w.young();
    let mut pending = take_pending(&w);
    pending.sort();
    let mut expected = vec![w.roots[old], w.roots[young]];
    expected.sort();
    assert_eq!(pending, expected);
}

#[test]
fn soft_references_follow_the_lru_policy_and_memory_pressure() {
    // No pressure: a soft reference read at clock 0 survives at clock 5 (1000 ms per free MB).
    let mut w = World::new(16 << 20, 2 << 20);
    let soft = reference_to_new(&mut w, SOFT, 7);
    w.clock = 5;
    w.young();
    w.full();
    assert_eq!(payload(get(w.roots[soft], 0), 0), 7, "soft referent kept");
    assert!(!w.heap.has_pending_references());
    // The last attempt before an OutOfMemoryError clears every soft reference.
    w.collect(GcRequest {
        full: true,
        clear_soft: true,
        ..GcRequest::new(GcCause::AllocationFailure)
    });
    assert_eq!(get(w.roots[soft], 0), 0);
    assert_eq!(take_pending(&w), vec![w.roots[soft]]);

    // SoftRefLRUPolicyMSPerMB=0: cleared at the first collection after the clock passed the
    // reference's timestamp, young or full; a reference read at the current clock stays.
    for full in [false, true] {
        let mut w = World::with_config(HeapConfig {
            initial_size: Some(16 << 20),
            young_size: Some(2 << 20),
            tenuring_threshold: 3,
            verify: true,
            soft_ref_lru_policy_ms_per_mb: 0,
            ..HeapConfig::new(16 << 20)
        });
        let stale = reference_to_new(&mut w, SOFT, 1);
        let fresh = reference_to_new(&mut w, SOFT, 2);
        w.clock = 3;
        mem::write(w.roots[fresh] + 40, 3);
        if full {
            w.full()
        } else {
            w.young()
        }
        assert_eq!(get(w.roots[stale], 0), 0, "stale soft reference cleared");
        assert_eq!(payload(get(w.roots[fresh], 0), 0), 2, "fresh one kept");
        assert_eq!(take_pending(&w), vec![w.roots[stale]]);
    }
}

#[test]
fn final_references_keep_their_referent_alive_for_one_cycle() {
    let mut w = World::new(16 << 20, 2 << 20);
    let fin = reference_to_new(&mut w, FINAL, 42);
    let referent = get(w.roots[fin], 0);
    // A weak and a phantom reference to the finalizable object.
    let weak = w.reference(WEAK);
    let weak = w.root(weak);
    set(w.roots[weak], 0, referent);
    let phantom = w.reference(PHANTOM);
    let phantom = w.root(phantom);
    set(w.roots[phantom], 0, get(w.roots[fin], 0));
    w.young();
    let kept = get(w.roots[fin], 0);
    assert_ne!(kept, 0, "referent kept for finalize");
    assert_eq!(payload(kept, 0), 42);
    assert_eq!(
        get(w.roots[fin], 2),
        w.roots[fin],
        "next links to itself: inactive"
    );
    assert_eq!(get(w.roots[weak], 0), 0, "weak cleared before finalization");
    assert_eq!(
        get(w.roots[phantom], 0),
        kept,
        "phantom waits for finalization"
    );
    let mut pending = take_pending(&w);
    pending.sort();
    let mut expected = vec![w.roots[fin], w.roots[weak]];
    expected.sort();
    assert_eq!(pending, expected);
    // An inactive final reference is not discovered again while its referent stays.
    w.young();
    assert!(!w.heap.has_pending_references());
    assert_eq!(payload(get(w.roots[fin], 0), 0), 42);
    // The finalizer ran (the Finalizer thread clears the referent): now the phantom goes.
    set(w.roots[fin], 0, 0);
    w.young();
    assert_eq!(get(w.roots[phantom], 0), 0);
    assert_eq!(take_pending(&w), vec![w.roots[phantom]]);
}

#[test]
fn final_references_in_a_full_collection_are_marked_inactive() {
    let mut w = World::new(16 << 20, 2 << 20);
    let fin = reference_to_new(&mut w, FINAL, 8);
    w.full();
    assert_eq!(get(w.roots[fin], 2), w.roots[fin]);
    assert_eq!(take_pending(&w), vec![w.roots[fin]]);
    w.full();
    w.young();
    assert!(!w.heap.has_pending_references(), "not rediscovered");
    assert_eq!(payload(get(w.roots[fin], 0), 0), 8);
}

#[test]
fn weak_roots_are_updated_or_cleared_by_both_collections() {
    let mut w = World::new(16 << 20, 2 << 20);
    let live = w.object(0, 1);
    mem::write(live + 16, 11);
    let l = w.root(live);
    let dead = w.object(0, 1);
    w.weak_roots = vec![live, dead];
    w.young();
    assert_eq!(w.weak_roots, vec![w.roots[l], 0]);
    let dead = w.object(0, 1);
    w.weak_roots[1] = dead;
    promote(&mut w, l);
    assert_eq!(w.weak_roots[0], w.roots[l]);
    assert_eq!(w.weak_roots[1], 0);
    // Old objects die at a full collection.
    let old = w.object(0, 1);
    let o = w.root(old);
    promote(&mut w, o);
    w.weak_roots[1] = w.roots[o];
    w.roots[o] = 0;
    w.full();
    assert_eq!(w.weak_roots, vec![w.roots[l], 0]);
    assert_eq!(payload(w.weak_roots[0], 0), 11);
}

#[test]
fn what_a_finalizable_object_reaches_is_traced_strongly_until_it_is_finalized() {
    for full in [false, true] {
        let mut w = World::new(16 << 20, 2 << 20);
        // A finalizable object (one reference field) holding a weak reference to a payload.
        let fin = w.reference(FINAL);
        let fin = w.root(fin);
        let holder = w.object(1, 0);
        set(w.roots[fin], 0, holder);
        let weak = w.reference(WEAK);
        set(get(w.roots[fin], 0), 0, weak);
        let payload_obj = w.object(0, 1);
        mem::write(payload_obj + 16, 31);
        set(get(get(w.roots[fin], 0), 0), 0, payload_obj);
        if full {
            w.full();
        } else {
            w.young();
        }
        let holder = get(w.roots[fin], 0);
        let weak = get(holder, 0);
        assert_eq!(
            payload(get(weak, 0), 0),
            31,
            "weak referent kept (full: {full})"
        );
        assert_eq!(take_pending(&w), vec![w.roots[fin]]);
    }
}

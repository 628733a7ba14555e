//! The collector on a synthetic object graph: an object's class word encodes its shape.
//!
//! Class word: bits 0..8 a tag (1 instance, 2 reference array, 3..6 weak, soft, phantom and
//! final references), bits 8..32 the number of reference fields, bits 32.. the number of
//! 8-byte payload words after them. References have `referent`, `discovered` and `next` as
//! their first three reference fields. Arrays keep their length at offset 16.

use crate::cards::post_write_barrier;
use crate::layout::{ARRAY_BASE_OFFSET, mark};
use crate::mem;
use crate::{
    GcCause, GcKind, GcRequest, Heap, HeapConfig, Layout, ObjectModel, RefKind, ReferenceOffsets,
    RootSet, Tlab,
};

const INSTANCE: usize = 1;
const ARRAY: usize = 2;
const WEAK: usize = 3;
const SOFT: usize = 4;
const PHANTOM: usize = 5;
const FINAL: usize = 6;

mod refs;

/// The synthetic object model; `clock` is the soft-reference clock.
struct Model {
    clock: i64,
}

/// Reference-field runs of instances with fewer than eight reference fields, for
/// [`ObjectModel::layout`] (the others take the general path).
static REF_BLOCKS: [(u32, u32); 8] = [
    (16, 0),
    (16, 1),
    (16, 2),
    (16, 3),
    (16, 4),
    (16, 5),
    (16, 6),
    (16, 7),
];

fn class_word(tag: usize, refs: usize, payload: usize) -> usize {
    tag | (refs << 8) | (payload << 32)
}

impl ObjectModel for Model {
    fn size(&self, obj: usize) -> usize {
        let k = mem::read(obj + 8);
        if k & 0xff == ARRAY {
            ARRAY_BASE_OFFSET + 8 * mem::read(obj + 16)
        } else {
            16 + 8 * (((k >> 8) & 0xff_ffff) + (k >> 32))
        }
    }

    fn layout(&self, obj: usize) -> Layout<'_> {
        let k = mem::read(obj + 8);
        let refs = (k >> 8) & 0xff_ffff;
        match k & 0xff {
            ARRAY => Layout::RefArray,
            INSTANCE if refs < REF_BLOCKS.len() => Layout::Instance {
                size: self.size(obj),
                ref_blocks: std::slice::from_ref(&REF_BLOCKS[refs]),
            },
            _ => Layout::Other,
        }
    }

    fn visit_slots(&self, obj: usize, visit: &mut dyn FnMut(usize)) {
        let k = mem::read(obj + 8);
        if k & 0xff == ARRAY {
            for i in 0..mem::read(obj + 16) {
                visit(obj + ARRAY_BASE_OFFSET + 8 * i);
            }
        } else {
            for i in 0..((k >> 8) & 0xff_ffff) {
                visit(obj + 16 + 8 * i);
            }
        }
    }

    fn ref_array_length(&self, obj: usize) -> Option<usize> {
        (mem::read(obj + 8) & 0xff == ARRAY).then(|| mem::read(obj + 16))
    }

    fn reference_kind(&self, obj: usize) -> Option<RefKind> {
        match mem::read(obj + 8) & 0xff {
            WEAK => Some(RefKind::Weak),
            SOFT => Some(RefKind::Soft),
            PHANTOM => Some(RefKind::Phantom),
            FINAL => Some(RefKind::Final),
            _ => None,
        }
    }

    fn reference_offsets(&self) -> ReferenceOffsets {
        ReferenceOffsets {
            referent: 16,
            discovered: 24,
            next: 32,
            soft_timestamp: 40,
        }
    }

    fn soft_reference_clock(&self) -> i64 {
        self.clock
    }
}

/// A heap, one thread's TLAB and a root array.
struct World {
    heap: Heap,
    tlab: Tlab,
    roots: Vec<usize>,
    weak_roots: Vec<usize>,
    clock: i64,
    events: Vec<crate::GcEvent>,
}

struct Roots<'a> {
    roots: &'a mut Vec<usize>,
    weak_roots: &'a mut Vec<usize>,
    tlab: &'a mut Tlab,
}

impl RootSet for Roots<'_> {
    fn visit_roots(&mut self, visit: &mut dyn FnMut(&mut usize)) {
        for r in self.roots.iter_mut() {
            visit(r);
        }
    }

    fn visit_tlabs(&mut self, retire: &mut dyn FnMut(&mut Tlab)) {
        retire(self.tlab);
    }

    fn visit_weak_roots(&mut self, visit: &mut dyn FnMut(&mut usize)) {
        for r in self.weak_roots.iter_mut() {
            visit(r);
        }
    }
}

impl World {
    fn new(max: usize, young: usize) -> World {
        World::with_config(HeapConfig {
            max_size: max,
            initial_size: Some(max),
            young_size: Some(young),
            tenuring_threshold: 3,
            verify: true,
            soft_ref_lru_policy_ms_per_mb: 1000,
        })
    }

    fn with_config(config: HeapConfig) -> World {
        World {
            heap: Heap::with_config(config).unwrap(),
            tlab: Tlab::new(),
            roots: Vec::new(),
            weak_roots: Vec::new(),
            clock: 0,
            events: Vec::new(),
        }
    }

    fn collect(&mut self, request: GcRequest) {
        let mut roots = Roots {
            roots: &mut self.roots,
            weak_roots: &mut self.weak_roots,
            tlab: &mut self.tlab,
        };
        let model = Model { clock: self.clock };
        let events = self.heap.collect(&model, &mut roots, request);
        self.events.extend(events);
    }

    fn young(&mut self) {
        self.collect(GcRequest::new(GcCause::Stress));
    }

    fn full(&mut self) {
        self.collect(GcRequest {
            full: true,
            ..GcRequest::new(GcCause::SystemGc)
        });
    }

    /// Allocates (collecting when needed) an object with `class` and `size`; `None` when the
    /// heap stays full after a full collection.
    fn try_alloc(&mut self, class: usize, size: usize) -> Option<usize> {
        for attempt in 0..3 {
            if let Some(p) = self.tlab.allocate(&self.heap, size) {
                let a = p.as_ptr() as usize;
                mem::write(a + 8, class);
                return Some(a);
            }
            let old_bytes = if size >= self.heap.large_object_size() {
                size
            } else {
                0
            };
            self.collect(GcRequest {
                full: attempt > 0,
                clear_soft: attempt > 1,
                old_bytes,
                ..GcRequest::new(GcCause::AllocationFailure)
            });
        }
        None
    }

    fn object(&mut self, refs: usize, payload: usize) -> usize {
        self.try_alloc(
            class_word(INSTANCE, refs, payload),
            16 + 8 * (refs + payload),
        )
        .expect("heap space")
    }

    fn array(&mut self, len: usize) -> usize {
        let a = self
            .try_alloc(class_word(ARRAY, 0, 0), ARRAY_BASE_OFFSET + 8 * len)
            .expect("heap space");
        mem::write(a + 16, len);
        a
    }

    /// A reference of kind `tag` (its timestamp payload word 0).
    fn reference(&mut self, tag: usize) -> usize {
        self.try_alloc(class_word(tag, 3, 1), 16 + 32)
            .expect("heap space")
    }

    /// Keeps `obj` in a new root; returns the root's index.
    fn root(&mut self, obj: usize) -> usize {
        self.roots.push(obj);
        self.roots.len() - 1
    }
}

fn set(obj: usize, field: usize, value: usize) {
    mem::write(obj + 16 + 8 * field, value);
    post_write_barrier(obj, obj + 16 + 8 * field);
}

fn get(obj: usize, field: usize) -> usize {
    mem::read(obj + 16 + 8 * field)
}

/// Payload word `i` of an object with `refs` reference fields.
fn payload(obj: usize, refs: usize) -> usize {
    mem::read(obj + 16 + 8 * refs)
}

/// Builds a chain of `n` nodes (one reference, one payload word) from the root at `head`,
/// closing it into a cycle; allocates garbage between nodes.
fn build_cycle(w: &mut World, n: usize) -> usize {
    let first = w.object(1, 1);
    mem::write(first + 24, 0);
    let head = w.root(first);
    let tail = w.root(first);
    for i in 1..n {
        for _ in 0..3 {
            w.object(2, 4);
        }
        let node = w.object(1, 1);
        mem::write(node + 24, i);
        set(w.roots[tail], 0, node);
        w.roots[tail] = node;
    }
    set(w.roots[tail], 0, w.roots[head]);
    w.roots.truncate(head + 1);
    head
}

fn check_cycle(w: &World, head: usize, n: usize) {
    let mut node = w.roots[head];
    for i in 0..n {
        assert_eq!(payload(node, 1), i, "node {i}");
        node = get(node, 0);
    }
    assert_eq!(node, w.roots[head], "the chain closes into a cycle");
}

#[test]
fn cycles_and_deep_chains_survive_young_and_full_collections() {
    let mut w = World::new(32 << 20, 2 << 20);
    let head = build_cycle(&mut w, 50_000);
    assert!(w.events.iter().any(|e| e.kind == GcKind::Young));
    check_cycle(&w, head, 50_000);
    w.young();
    check_cycle(&w, head, 50_000);
    w.full();
    check_cycle(&w, head, 50_000);
    let used = w.heap.used();
    assert!(used < 50_000 * 40 + (1 << 20), "garbage reclaimed: {used}");
}

#[test]
fn survivors_are_promoted_after_the_tenuring_threshold() {
    let mut w = World::new(16 << 20, 2 << 20);
    let obj = w.object(0, 1);
    mem::write(obj + 16, 77);
    let r = w.root(obj);
    w.young();
    assert!(
        w.heap.is_young(w.roots[r]),
        "first survival: a survivor space"
    );
    let age = (mem::read(w.roots[r]) as u64 >> mark::AGE_SHIFT) & mark::AGE_MASK;
    assert_eq!(age, 1);
    w.young();
    w.young();
    assert!(w.heap.is_young(w.roots[r]), "age 3 after three collections");
    w.young();
    assert!(!w.heap.is_young(w.roots[r]), "promoted once aged 3");
    assert_eq!(payload(w.roots[r], 0), 77);
}

#[test]
fn dirty_cards_keep_young_objects_stored_in_old_ones() {
    let mut w = World::new(16 << 20, 2 << 20);
    let holder = w.object(4, 0);
    let h = w.root(holder);
    for _ in 0..4 {
        w.young();
    }
    assert!(!w.heap.is_young(w.roots[h]));
    let young = w.object(0, 1);
    mem::write(young + 16, 4242);
    set(w.roots[h], 2, young);
    // Only the old holder refers to the young object: the card is its only root.
    w.young();
    let moved = get(w.roots[h], 2);
    assert_ne!(moved, young);
    assert!(w.heap.is_young(moved));
    assert_eq!(payload(moved, 0), 4242);
    // The card stays dirty while the holder refers to young objects, so a second collection
    // still finds it.
    w.young();
    assert_eq!(payload(get(w.roots[h], 2), 0), 4242);
    w.young();
    w.young();
    w.young();
    assert!(!w.heap.is_young(get(w.roots[h], 2)));
    assert_eq!(payload(get(w.roots[h], 2), 0), 4242);
}

#[test]
fn large_reference_arrays_live_in_old_and_their_elements_move() {
    let mut w = World::new(32 << 20, 4 << 20);
    let len = 100_000;
    let array = w.array(len);
    assert!(
        !w.heap.is_young(array),
        "a large array goes straight to old"
    );
    let a = w.root(array);
    for i in 0..len {
        let e = w.object(0, 1);
        mem::write(e + 16, i);
        let arr = w.roots[a];
        mem::write(arr + ARRAY_BASE_OFFSET + 8 * i, e);
        post_write_barrier(arr, arr + ARRAY_BASE_OFFSET + 8 * i);
    }
    w.young();
    let arr = w.roots[a];
    for i in 0..len {
        assert_eq!(payload(mem::read(arr + ARRAY_BASE_OFFSET + 8 * i), 0), i);
    }
    w.full();
    let arr = w.roots[a];
    for i in (0..len).step_by(97) {
        assert_eq!(payload(mem::read(arr + ARRAY_BASE_OFFSET + 8 * i), 0), i);
    }
}

#[test]
fn full_collections_compact_and_keep_identity_hashes() {
    let mut w = World::new(16 << 20, 1 << 20);
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    for i in 0..20_000 {
        let o = w.object(0, 3);
        mem::write(o + 16, i);
        if i % 10 == 0 {
            mem::write(o, mark::with_hash(0, i as u32 + 1) as usize);
            kept.push(w.root(o));
        } else {
            dropped.push(w.root(o));
        }
    }
    for _ in 0..4 {
        w.young();
    }
    // Everything is old now; most of it dies there.
    for r in dropped {
        w.roots[r] = 0;
    }
    let before = w.heap.used();
    w.full();
    assert!(w.heap.used() < before, "{} < {before}", w.heap.used());
    for (n, &r) in kept.iter().enumerate() {
        let o = w.roots[r];
        assert_eq!(payload(o, 0), n * 10);
        assert_eq!(mark::hash(mem::read(o) as u64), n as u32 * 10 + 1);
    }
}

#[test]
fn exhausted_heap_fails_allocation_and_recovers_after_release() {
    let mut w = World::new(8 << 20, 1 << 20);
    let list = w.object(1, 0);
    let head = w.root(list);
    let mut count = 0;
    while let Some(o) = w.try_alloc(class_word(INSTANCE, 1, 126), 16 + 8 * 127) {
        set(o, 0, get(w.roots[head], 0));
        set(w.roots[head], 0, o);
        count += 1;
    }
    assert!(count > 5_000, "{count}");
    assert!(w.events.iter().any(|e| e.kind == GcKind::Full));
    set(w.roots[head], 0, 0);
    assert!(
        w.try_alloc(class_word(INSTANCE, 0, 1000), 16 + 8000)
            .is_some()
    );
}

#[test]
fn weak_soft_phantom_and_final_references_at_a_full_collection() {
    let mut w = World::new(16 << 20, 1 << 20);
    let mut refs = Vec::new();
    for tag in [WEAK, SOFT, PHANTOM, FINAL] {
        let r = w.reference(tag);
        let ri = w.root(r);
        let referent = w.object(0, 1);
        mem::write(referent + 16, tag * 100);
        set(w.roots[ri], 0, referent);
        refs.push(ri);
    }
    // A weak reference whose referent is strongly reachable stays.
    let strong = w.object(0, 1);
    let s = w.root(strong);
    let r = w.reference(WEAK);
    let kept = w.root(r);
    set(w.roots[kept], 0, w.roots[s]);
    w.full();
    let [weak, soft, phantom, fin] = [refs[0], refs[1], refs[2], refs[3]].map(|i| w.roots[i]);
    assert_eq!(get(weak, 0), 0, "weak referent cleared");
    assert_eq!(payload(get(soft, 0), 0), 400, "soft referent kept");
    assert_eq!(get(phantom, 0), 0, "phantom referent cleared");
    assert_eq!(
        payload(get(fin, 0), 0),
        600,
        "final referent kept for finalize"
    );
    assert_eq!(get(w.roots[kept], 0), w.roots[s]);
    let mut pending = Vec::new();
    let mut p = w.heap.take_pending_references();
    while p != 0 {
        pending.push(p);
        p = get(p, 1);
    }
    pending.sort();
    let mut expected = vec![weak, phantom, fin];
    expected.sort();
    assert_eq!(pending, expected);
    assert!(!w.heap.has_pending_references());
    // Under memory pressure soft references are cleared too.
    w.collect(GcRequest {
        full: true,
        clear_soft: true,
        ..GcRequest::new(GcCause::AllocationFailure)
    });
    assert_eq!(get(w.roots[refs[1]], 0), 0);
    assert_eq!(w.heap.take_pending_references(), w.roots[refs[1]]);
}

#[test]
fn tlab_tails_are_filled_so_the_heap_stays_walkable() {
    let mut w = World::new(16 << 20, 2 << 20);
    let a = w.object(0, 1);
    let r = w.root(a);
    w.full();
    let b = w.object(0, 1);
    w.root(b);
    w.full();
    assert_eq!(w.heap.used(), 2 * 24);
    assert!(!w.heap.is_young(w.roots[r]));
}

#[test]
fn a_range_barrier_after_a_bulk_copy_lets_young_collections_find_every_element() {
    let mut w = World::new(32 << 20, 4 << 20);
    let len = 4000;
    let array = w.array(len);
    let a = w.root(array);
    for _ in 0..4 {
        w.young();
    }
    assert!(!w.heap.is_young(w.roots[a]), "promoted");
    // Young elements stored without the per-element barrier, as a bulk copy does.
    for i in 100..3900 {
        let e = w.object(0, 1);
        mem::write(e + 16, i);
        mem::write(w.roots[a] + ARRAY_BASE_OFFSET + 8 * i, e);
    }
    let arr = w.roots[a];
    crate::post_write_barrier_range(
        arr,
        arr + ARRAY_BASE_OFFSET + 8 * 100,
        arr + ARRAY_BASE_OFFSET + 8 * 3900,
    );
    w.young();
    w.young();
    let arr = w.roots[a];
    for i in 100..3900 {
        assert_eq!(payload(mem::read(arr + ARRAY_BASE_OFFSET + 8 * i), 0), i);
    }
}

#[test]
fn the_tenuring_threshold_drops_when_survivors_fill_half_a_survivor_space() {
    // A 2 MiB young generation has 200 KiB survivor spaces; 150 KiB of survivors is more
    // than half of one, so the threshold drops to 1 and they are promoted at the next
    // collection instead of being copied again (the configured maximum is 3).
    let mut w = World::new(16 << 20, 2 << 20);
    let n = 1600;
    let array = w.array(n);
    let a = w.root(array);
    for i in 0..n {
        let obj = w.object(0, 10);
        mem::write(obj + 16, i);
        mem::write(w.roots[a] + ARRAY_BASE_OFFSET + 8 * i, obj);
    }
    w.young();
    let first = mem::read(w.roots[a] + ARRAY_BASE_OFFSET);
    assert!(w.heap.is_young(first), "first survival: a survivor space");
    w.young();
    for i in 0..n {
        let obj = mem::read(w.roots[a] + ARRAY_BASE_OFFSET + 8 * i);
        assert!(!w.heap.is_young(obj), "object {i} promoted at age 1");
        assert_eq!(payload(obj, 0), i);
    }
}

#[test]
fn verification_poisons_the_space_a_collection_freed() {
    let mut w = World::new(16 << 20, 2 << 20);
    let dead = w.object(1, 1);
    let live = w.object(1, 1);
    let r = w.root(live);
    w.young();
    assert_eq!(
        mem::read(dead + 8),
        crate::verify::POISON,
        "dead object's class word"
    );
    assert_eq!(
        mem::read(live + 8),
        crate::verify::POISON,
        "the moved object's old copy"
    );
    assert_eq!(mem::read(w.roots[r] + 8), class_word(INSTANCE, 1, 1));
}

#[test]
fn dirty_cards_are_found_as_runs() {
    use crate::cards::CARD_SIZE;
    let w = World::new(16 << 20, 2 << 20);
    let cards = &w.heap.cards;
    let base = w.heap.old_start;
    let end = base + 64 * CARD_SIZE;
    assert_eq!(cards.next_dirty_run(base, end), None);
    for card in [3, 4, 5, 20, 63] {
        cards.dirty(base + card * CARD_SIZE + 8);
    }
    let run = |from: usize| cards.next_dirty_run(from, end);
    assert_eq!(
        run(base),
        Some((base + 3 * CARD_SIZE, base + 6 * CARD_SIZE))
    );
    assert_eq!(
        run(base + 6 * CARD_SIZE),
        Some((base + 20 * CARD_SIZE, base + 21 * CARD_SIZE))
    );
    assert_eq!(
        run(base + 21 * CARD_SIZE),
        Some((base + 63 * CARD_SIZE, end))
    );
    cards.clear(base, end);
    assert_eq!(run(base), None);
}

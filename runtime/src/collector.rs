//! The runtime's side of the collector: the object model the `gc` crate scans through
//! ([`ObjectModel`] over class metadata), the roots it updates (global roots and every
//! registered thread's frames, handles and pending exception), the registry of Java threads,
//! the stop-the-world collection entry ([`collect`]) and `-Xlog:gc` lines.
//!
//! Other threads' roots are reached through the stopped world
//! ([`crate::safepoint::WorldStopped::for_each_thread`]).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use gc::layout::array_size;
use gc::{
    GcEvent, GcKind, GcRequest, Layout, ObjectModel, RefKind, ReferenceOffsets, RootSet, Tlab,
};
use parking_lot::Mutex;

use crate::klass::{BOOT_LOADER, Klass, KlassKind, reference_kind};
use crate::oops::ObjRef;
use crate::thread::JavaThread;
use crate::vm::VmState;

/// Collector settings and state of one VM.
pub struct GcState {
    /// Collect every this many allocations (`-XX:+GCStress`, `CORTADO_GC_STRESS=N`); 0: off.
    pub stress_interval: u64,
    /// Print a line per collection (`-Xlog:gc`, `-verbose:gc`).
    pub log: bool,
    /// `System.gc()` does nothing (`-XX:+DisableExplicitGC`).
    pub explicit_gc_disabled: bool,
    started: Instant,
    allocations: AtomicU64,
    /// Held by the thread that collects (one collection at a time).
    lock: Mutex<()>,
}

impl GcState {
    /// Settings for a new VM.
    pub fn new(stress_interval: u64, log: bool, explicit_gc_disabled: bool) -> GcState {
        GcState {
            stress_interval,
            log,
            explicit_gc_disabled,
            started: Instant::now(),
            allocations: AtomicU64::new(0),
            lock: Mutex::new(()),
        }
    }

    /// Counts one allocation; true when the stress mode wants a collection now.
    #[inline]
    pub(crate) fn stress_due(&self) -> bool {
        self.stress_interval != 0
            && self
                .allocations
                .fetch_add(1, Ordering::Relaxed)
                .is_multiple_of(self.stress_interval)
    }
}

/// Takes the collector lock, counted as stopped while waiting (a collection in progress must
/// not wait for this thread).
fn lock_collector<'v>(
    vm: &'v VmState,
    thread: &crate::thread_handle::ThreadHandle,
) -> parking_lot::MutexGuard<'v, ()> {
    vm.safepoints.enter_blocked(thread);
    let guard = vm.gc.lock.lock();
    vm.safepoints.leave_blocked(thread);
    guard
}

/// What `System.gc()` asks for: a full collection.
pub fn system_gc_request() -> GcRequest {
    GcRequest {
        full: true,
        ..GcRequest::new(gc::GcCause::SystemGc)
    }
}

/// Runs a collection as `request` says with every other Java thread stopped, logs it, and
/// wakes the Reference Handler if references became pending.
pub fn collect(thread: &mut JavaThread, request: GcRequest) {
    let vm = thread.vm.clone();
    let handle = thread.handle.clone();
    let _gc = lock_collector(&vm, &handle);
    let world = vm.safepoints.stop_the_world(thread);
    let model = Model::new(&vm);
    let mut roots = Roots {
        vm: &vm,
        current: thread,
        world: &world,
    };
    let events = vm.heap.collect(&model, &mut roots, request);
    // The stress mode's extra collections leave the clock alone: a program sees the soft
    // references of the collections HotSpot would run.
    if request.cause != gc::GcCause::Stress {
        advance_soft_reference_clock(&vm);
    }
    drop(world);
    if vm.gc.log {
        for e in &events {
            log_event(&vm, e);
        }
    }
    if vm.heap.has_pending_references() {
        let _signal = vm.reference_pending.0.lock();
        vm.reference_pending.1.notify_all();
    }
}

/// `SoftReference`'s static `clock`: its mirror and the field's offset there, once the class
/// is loaded.
fn soft_reference_clock_slot(vm: &VmState) -> Option<(ObjRef, usize)> {
    let k = vm.find_loaded(BOOT_LOADER, "java/lang/ref/SoftReference")?;
    let field = k.find_declared_field("clock", "J")?;
    Some((k.mirror()?, field.offset))
}

/// Advances `SoftReference.clock` to the milliseconds since the VM started (never backwards),
/// as HotSpot does after each collection: soft references not read since are older by that.
fn advance_soft_reference_clock(vm: &VmState) {
    if let Some((mirror, offset)) = soft_reference_clock_slot(vm) {
        let now = i64::try_from(vm.gc.started.elapsed().as_millis()).unwrap_or(i64::MAX);
        if now > mirror.get_i64(offset) {
            mirror.put_i64(offset, now);
        }
    }
}

fn log_event(vm: &VmState, e: &GcEvent) {
    const M: usize = 1 << 20;
    let kind = match e.kind {
        GcKind::Young => "Young",
        GcKind::Full => "Full",
    };
    println!(
        "[{:.3}s][info][gc] GC({}) Pause {kind} ({}) {}M->{}M({}M) {:.3}ms",
        vm.gc.started.elapsed().as_secs_f64(),
        e.id,
        e.cause.as_str(),
        e.used_before / M,
        e.used_after / M,
        e.capacity / M,
        e.duration.as_secs_f64() * 1000.0,
    );
}

/// Java objects as the collector sees them.
struct Model {
    class_klass: usize,
    mirror_klass_offset: usize,
    refs: ReferenceOffsets,
    soft_clock: i64,
}

impl Model {
    fn new(vm: &VmState) -> Model {
        let field = |name: &str| {
            vm.find_loaded(BOOT_LOADER, "java/lang/ref/Reference")
                .and_then(|k| {
                    k.find_declared_field(name, "Ljava/lang/ref/Reference;")
                        .or_else(|| k.find_declared_field(name, "Ljava/lang/Object;"))
                })
                .map_or(0, |f| f.offset)
        };
        Model {
            class_klass: vm
                .class_klass
                .get()
                .map_or(0, |k| *k as *const Klass as usize),
            mirror_klass_offset: vm.class_klass_offset(),
            refs: ReferenceOffsets {
                referent: field("referent"),
                discovered: field("discovered"),
                next: field("next"),
                soft_timestamp: vm
                    .find_loaded(BOOT_LOADER, "java/lang/ref/SoftReference")
                    .and_then(|k| k.find_declared_field("timestamp", "J"))
                    .map_or(0, |f| f.offset),
            },
            soft_clock: soft_reference_clock_slot(vm).map_or(0, |(m, off)| m.get_i64(off)),
        }
    }

    #[inline]
    fn object(obj: usize) -> ObjRef {
        ObjRef::from_addr(obj).expect("the collector passes object addresses, never 0")
    }

    /// The class whose statics a mirror holds, if `obj` is a class's mirror.
    #[inline]
    fn mirrored(&self, obj: ObjRef, k: &Klass) -> Option<&'static Klass> {
        if k as *const Klass as usize != self.class_klass || self.mirror_klass_offset == 0 {
            return None;
        }
        crate::oops::klass_from_addr(obj.get_i64(self.mirror_klass_offset) as usize)
    }
}

impl ObjectModel for Model {
    #[inline]
    fn size(&self, obj: usize) -> usize {
        let o = Model::object(obj);
        let k = o.klass();
        match &k.kind {
            KlassKind::Instance => self
                .mirrored(o, k)
                .map_or(k.instance_size, |m| m.mirror_size),
            _ => array_size(o.array_length().max(0) as usize, k.element_size()).unwrap_or(0),
        }
    }

    #[inline]
    fn layout(&self, obj: usize) -> Layout<'_> {
        let k = Model::object(obj).klass();
        match &k.kind {
            KlassKind::Instance
                if k.reference_kind == 0 && k as *const Klass as usize != self.class_klass =>
            {
                Layout::Instance {
                    size: k.instance_size,
                    ref_blocks: &k.ref_blocks,
                }
            }
            KlassKind::Instance => Layout::Other,
            KlassKind::ObjArray { .. } => Layout::RefArray,
            KlassKind::TypeArray { .. } => Layout::PrimitiveArray {
                element_size: k.element_size(),
            },
        }
    }

    fn visit_slots(&self, obj: usize, visit: &mut dyn FnMut(usize)) {
        let o = Model::object(obj);
        let k = o.klass();
        match &k.kind {
            KlassKind::Instance => {
                for &(start, count) in &k.ref_blocks {
                    for i in 0..count as usize {
                        visit(obj + start as usize + 8 * i);
                    }
                }
                if let Some(m) = self.mirrored(o, k) {
                    let (start, count) = m.static_ref_block;
                    for i in 0..count as usize {
                        visit(obj + start as usize + 8 * i);
                    }
                }
            }
            KlassKind::ObjArray { .. } => {
                for i in 0..o.array_length().max(0) as usize {
                    visit(obj + gc::layout::ARRAY_BASE_OFFSET + 8 * i);
                }
            }
            KlassKind::TypeArray { .. } => {}
        }
    }

    fn ref_array_length(&self, obj: usize) -> Option<usize> {
        let o = Model::object(obj);
        matches!(o.klass().kind, KlassKind::ObjArray { .. })
            .then(|| o.array_length().max(0) as usize)
    }

    fn reference_kind(&self, obj: usize) -> Option<RefKind> {
        match Model::object(obj).klass().reference_kind {
            reference_kind::SOFT => Some(RefKind::Soft),
            reference_kind::WEAK => Some(RefKind::Weak),
            reference_kind::FINAL => Some(RefKind::Final),
            reference_kind::PHANTOM => Some(RefKind::Phantom),
            _ => None,
        }
    }

    fn reference_offsets(&self) -> ReferenceOffsets {
        self.refs
    }

    fn soft_reference_clock(&self) -> i64 {
        self.soft_clock
    }
}

/// The roots of one collection: the VM's global roots and every registered thread's.
struct Roots<'a> {
    vm: &'a VmState,
    current: &'a mut JavaThread,
    world: &'a crate::safepoint::WorldStopped<'a>,
}

impl Roots<'_> {
    fn each_thread(&mut self, mut f: impl FnMut(&mut JavaThread)) {
        f(self.current);
        self.world.for_each_thread(f);
    }
}

impl RootSet for Roots<'_> {
    fn visit_roots(&mut self, visit: &mut dyn FnMut(&mut usize)) {
        crate::roots::visit_global_roots(self.vm, &mut |v| {
            let mut a = v as usize;
            visit(&mut a);
            a as u64
        });
        self.each_thread(|t| {
            crate::interpreter::visit_roots(t, |slot| {
                if *slot != 0 {
                    let mut a = *slot as usize;
                    visit(&mut a);
                    *slot = a as u64;
                }
            })
        });
    }

    fn visit_tlabs(&mut self, retire: &mut dyn FnMut(&mut Tlab)) {
        self.each_thread(|t| retire(&mut t.tlab));
    }

    fn visit_weak_roots(&mut self, visit: &mut dyn FnMut(&mut usize)) {
        crate::strings::visit_string_table(self.vm, visit);
    }
}

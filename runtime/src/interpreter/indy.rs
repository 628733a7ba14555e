//! `invokedynamic` call sites (one per instruction, JVMS §6.5), signature-polymorphic
//! intrinsics and `ldc` of constants that need `java.lang.invoke`: the interpreter's slow
//! paths and the per-site state its fast path reads.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use classfile::constant_pool::tag;

use crate::exceptions::throw_new;
use crate::invoke::{Intrinsic, Jli, constants};
use crate::klass::{ItableEntry, Klass, Method, ValueKind};
use crate::oops::ObjRef;
use crate::resolve::constant_tag;
use crate::thread::{JResult, JavaThread};

/// A linked `invokedynamic`: the invoker method and whether it takes the appendix.
#[derive(Debug, Clone, Copy)]
pub struct LinkedSite {
    /// The method the call runs (an invoker of `java.lang.invoke.Invokers`).
    pub invoker: &'static Method,
    /// Whether the appendix (the call site or its target) is pushed after the arguments.
    pub appendix: bool,
}

/// The state of one `invokedynamic` instruction, linked once. A linkage that failed with a
/// `LinkageError` keeps the error in the appendix slot and throws it again at every later
/// execution (JVMS §5.4.3).
#[derive(Debug)]
pub struct CallSite {
    /// The `InvokeDynamic` constant.
    pub cp_index: u16,
    linked: OnceLock<Result<LinkedSite, ()>>,
    appendix: AtomicU64,
}

impl CallSite {
    /// An unlinked site of constant `cp_index`.
    pub fn new(cp_index: u16) -> CallSite {
        CallSite {
            cp_index,
            linked: OnceLock::new(),
            appendix: AtomicU64::new(0),
        }
    }

    /// The linkage, once linked (the fast path: one atomic load).
    #[inline(always)]
    pub fn linked(&self) -> Option<&LinkedSite> {
        self.linked.get()?.as_ref().ok()
    }

    /// The appendix as a slot value.
    #[inline(always)]
    pub fn appendix(&self) -> u64 {
        self.appendix.load(Ordering::Acquire)
    }

    /// The appendix slot (a root for the collector, updated in place).
    pub fn appendix_slot(&self) -> &AtomicU64 {
        &self.appendix
    }

    /// Records the linkage unless another thread linked the site first (JVMS §5.4.3.6: every
    /// thread then uses the first result).
    fn record(
        &self,
        outcome: Result<LinkedSite, ()>,
        object: Option<ObjRef>,
    ) -> Result<LinkedSite, ()> {
        *self.linked.get_or_init(|| {
            self.appendix
                .store(object.map_or(0, ObjRef::addr) as u64, Ordering::Release);
            outcome
        })
    }
}

/// Links `site` of a method of `holder` through its bootstrap method.
pub(super) fn link_site(
    thread: &mut JavaThread,
    holder: &'static Klass,
    site: &CallSite,
) -> JResult<LinkedSite> {
    if let Some(state) = site.linked.get() {
        return match state {
            Ok(linked) => Ok(*linked),
            Err(()) => Err(throw_recorded(thread, site)),
        };
    }
    match crate::invoke::upcalls::link_call_site(thread, holder, site.cp_index) {
        Ok((invoker, appendix)) => {
            let linked = LinkedSite {
                invoker,
                appendix: appendix.is_some(),
            };
            site.record(Ok(linked), appendix)
                .map_err(|()| throw_recorded(thread, site))
        }
        Err(thrown) => match crate::invoke::constants::pending_linkage_error(thread) {
            // The first failure is thrown as it is; later executions throw a copy.
            Some(error) => match site.record(Err(()), Some(error)) {
                Err(()) if site.appendix() == error.addr() as u64 => Err(thrown),
                Err(()) => Err(throw_recorded(thread, site)),
                Ok(linked) => Ok(linked),
            },
            None => Err(thrown),
        },
    }
}

/// Throws the linkage error recorded for `site` again (HotSpot keeps its class and message).
fn throw_recorded(thread: &mut JavaThread, site: &CallSite) -> crate::thread::Thrown {
    match ObjRef::from_addr(site.appendix() as usize) {
        Some(error) => crate::invoke::constants::throw_again(thread, error, false),
        None => throw_new(thread, "java/lang/InternalError", "lost linkage error"),
    }
}

/// `ldc` of a `MethodHandle`, `MethodType` or dynamic constant: the slot value and its slots.
pub(super) fn ldc_dynamic(
    thread: &mut JavaThread,
    holder: &'static Klass,
    index: u16,
) -> JResult<(u64, usize)> {
    match constant_tag(holder, index) {
        tag::METHOD_HANDLE => {
            constants::method_handle_constant(thread, holder, index).map(|m| (m.addr() as u64, 1))
        }
        tag::METHOD_TYPE => {
            constants::method_type_constant(thread, holder, index).map(|m| (m.addr() as u64, 1))
        }
        tag::DYNAMIC => {
            let (value, kind) = constants::dynamic_constant(thread, holder, index)?;
            let offset = match holder.cp_cache.get(index) {
                Some(crate::resolve::CpEntry::Constant { value_offset, .. }) => *value_offset,
                _ => 0,
            };
            Ok((constants::unbox(value, kind, offset), kind.slots()))
        }
        _ => {
            let msg = format!("bad ldc constant #{index}");
            Err(throw_new(thread, "java/lang/VerifyError", &msg))
        }
    }
}

/// The method an intrinsic calls, found with loads only; the second value is how many slots
/// to pop first (the trailing `MemberName` of `linkTo*`). `None` sends the call to
/// [`intrinsic_slow`] (null handles, interface selection).
#[inline]
pub(super) fn intrinsic_target(
    jli: &Jli,
    s: &[u64],
    sp: usize,
    kind: Intrinsic,
    slots: usize,
) -> Option<(&'static Method, usize)> {
    let at = |i: usize| ObjRef::from_addr(s[i] as usize);
    match kind {
        Intrinsic::InvokeBasic => Some((jli.form_entry(at(sp - slots)?)?, 0)),
        Intrinsic::LinkToStatic => Some((jli.member_method(at(sp - 1)?)?, 1)),
        Intrinsic::LinkToSpecial => {
            let m = jli.member_method(at(sp - 1)?)?;
            at(sp - slots)?;
            Some((m, 1))
        }
        Intrinsic::LinkToVirtual => {
            let mn = at(sp - 1)?;
            let m = jli.member_method(mn)?;
            let receiver = at(sp - slots)?.klass();
            match usize::try_from(jli.vmindex(mn)) {
                Ok(i) => Some((*receiver.vtable.get(i)?, 1)),
                Err(_) => Some((m, 1)),
            }
        }
        Intrinsic::LinkToInterface => {
            let mn = at(sp - 1)?;
            let m = jli.member_method(mn)?;
            if m.is_private() || !m.holder().is_interface() {
                return Some((m, 1));
            }
            let receiver = at(sp - slots)?.klass();
            match receiver.itable_row(m.holder())?.get(m.index)? {
                ItableEntry::Selected(t) if !t.is_abstract() && t.is_public() => Some((t, 1)),
                _ => None,
            }
        }
    }
}

/// The slow path of an intrinsic (the frame is synced, so the arguments are in
/// `thread.stack` below `sp`): throws for a null handle or receiver, selects interface
/// methods with their errors.
pub(super) fn intrinsic_slow(
    thread: &mut JavaThread,
    sp: usize,
    kind: Intrinsic,
    slots: usize,
) -> JResult<(&'static Method, usize)> {
    let jli = crate::invoke::jli(thread)?;
    let at = |thread: &JavaThread, i: usize| ObjRef::from_addr(thread.stack[i] as usize);
    if kind == Intrinsic::InvokeBasic {
        let Some(mh) = at(thread, sp - slots) else {
            return Err(crate::exceptions::throw_new_no_message(
                thread,
                "java/lang/NullPointerException",
            ));
        };
        return match jli.form_entry(mh) {
            Some(m) => Ok((m, 0)),
            None => Err(throw_new(
                thread,
                "java/lang/InternalError",
                "no LambdaForm entry",
            )),
        };
    }
    let Some(m) = at(thread, sp - 1).and_then(|mn| jli.member_method(mn)) else {
        return Err(throw_new(
            thread,
            "java/lang/InternalError",
            "unresolved MemberName",
        ));
    };
    let Some(receiver) = at(thread, sp - slots) else {
        return Err(crate::exceptions::throw_new_no_message(
            thread,
            "java/lang/NullPointerException",
        ));
    };
    let rk = receiver.klass();
    match kind {
        Intrinsic::LinkToInterface | Intrinsic::LinkToVirtual => {
            super::helpers::select_slow(thread, m, rk, kind == Intrinsic::LinkToInterface)
                .map(|t| (t, 1))
        }
        _ => Ok((m, 1)),
    }
}

/// The slot value `ldc` pushes for a resolved constant entry.
#[inline]
pub(super) fn constant_value(holder: &Klass, index: u16, kind: ValueKind, offset: u32) -> u64 {
    constants::unbox(holder.cp_cache.reference(index), kind, offset)
}

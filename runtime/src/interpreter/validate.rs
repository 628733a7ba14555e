//! Decode-time checks of a method's decoded code that the dispatch loop's unchecked slot and
//! op accesses ([`super::slots`]) rely on, made for every method, verified or not (boot
//! classes are not verified, as in HotSpot):
//!
//! - every local an op names lies below `max_locals` (two-slot values: both slots);
//! - along every path, the operand stack depth before each reachable op is the same, never
//!   below what the op pops, and never above `max_stack` after what it pushes;
//! - every reachable op's successors (fall-through, branch, switch and handler targets) are
//!   ops of the method: control never runs off the end;
//! - each return op returns the slots the method's descriptor says;
//! - every `jsr` and `ret` runs at one common depth, so the op after a `jsr`, where `ret`
//!   continues, has the depth the `jsr` had (the `ret` checks its target at run time).
//!
//! The stack effects of field and invoke ops come from the descriptors of their constant-pool
//! references, which are those of the members they resolve to. Class files `javac` writes
//! always pass; a method that fails is rejected with a `VerifyError`.

use classfile::Constant;
use classfile::ConstantPool;

use super::ops::{Elem, Op, Switch};
use super::{DecodedMethod, Handler};
use crate::klass::{Method, ValueKind};

/// Slot counts of the members a class's constant pool references.
pub(super) struct Shapes<'a, 'p> {
    pool: &'a ConstantPool<'p>,
}

impl<'a, 'p> Shapes<'a, 'p> {
    /// The shapes of `pool`'s references.
    pub(super) fn new(pool: &'a ConstantPool<'p>) -> Self {
        Shapes { pool }
    }

    /// Slots of the field a `Fieldref` names.
    pub(super) fn field_slots(&self, index: u16) -> Option<usize> {
        let r = self.pool.member_ref(index).ok()?;
        field_descriptor_slots(&r.descriptor)
    }

    /// (argument slots without a receiver, return slots) of a method reference.
    pub(super) fn call_shape(&self, index: u16) -> Option<(usize, usize)> {
        let r = self.pool.member_ref(index).ok()?;
        method_descriptor_shape(&r.descriptor)
    }

    /// (argument slots, return slots) of an `InvokeDynamic` constant.
    pub(super) fn dynamic_shape(&self, index: u16) -> Option<(usize, usize)> {
        match self.pool.raw(index) {
            Some(Constant::InvokeDynamic {
                name_and_type_index,
                ..
            }) => {
                let nt = self.pool.name_and_type(*name_and_type_index).ok()?;
                method_descriptor_shape(&nt.descriptor)
            }
            _ => None,
        }
    }

    /// Slots `ldc` pushes for a `MethodType`, `MethodHandle` or dynamic constant.
    pub(super) fn ldc_slots(&self, index: u16) -> Option<usize> {
        match self.pool.raw(index) {
            Some(Constant::Dynamic {
                name_and_type_index,
                ..
            }) => {
                let nt = self.pool.name_and_type(*name_and_type_index).ok()?;
                field_descriptor_slots(&nt.descriptor)
            }
            Some(Constant::MethodType { .. } | Constant::MethodHandle { .. }) => Some(1),
            _ => None,
        }
    }
}

/// Slots of a value of field descriptor `d`: 2 for `J` and `D`, else 1.
fn field_descriptor_slots(d: &str) -> Option<usize> {
    match d.as_bytes().first()? {
        b'J' | b'D' => Some(2),
        _ => Some(1),
    }
}

/// (parameter slots, return slots) of method descriptor `d`, `None` if malformed.
fn method_descriptor_shape(d: &str) -> Option<(usize, usize)> {
    let b = d.as_bytes();
    if b.first() != Some(&b'(') {
        return None;
    }
    let mut i = 1;
    let mut params = 0;
    loop {
        let c = *b.get(i)?;
        if c == b')' {
            i += 1;
            break;
        }
        let (end, slots) = field_type_end(b, i)?;
        params += slots;
        i = end;
    }
    let ret = match b.get(i..)? {
        [b'V'] => 0,
        _ => {
            let (end, slots) = field_type_end(b, i)?;
            if end != b.len() {
                return None;
            }
            slots
        }
    };
    Some((params, ret))
}

/// The end of the field type starting at `i` and its slots.
fn field_type_end(b: &[u8], mut i: usize) -> Option<(usize, usize)> {
    let mut array = false;
    while b.get(i) == Some(&b'[') {
        array = true;
        i += 1;
    }
    let slots = match *b.get(i)? {
        b'L' => {
            let len = b.get(i..)?.iter().position(|&c| c == b';')?;
            i += len;
            1
        }
        b'J' | b'D' => 2,
        b'B' | b'C' | b'F' | b'I' | b'S' | b'Z' => 1,
        _ => return None,
    };
    Some((i + 1, if array { 1 } else { slots }))
}

/// (pops, pushes) in slots of an op, `None` when its constant-pool reference is malformed.
pub(super) fn effect(op: Op, shapes: &Shapes<'_, '_>) -> Option<(usize, usize)> {
    use Op::*;
    if let Some(a) = op.arith() {
        return Some(super::npe_arith::effect(a));
    }
    Some(match op {
        Nop | Goto(_) | Iinc(..) | IincGoto(..) | Ret(_) | Return | ReturnRegisterFinalizer => {
            (0, 0)
        }
        Load1Load1(..) => (0, 2),
        AconstNull | Iconst(_) | Fconst(_) | LdcString(_) | LdcClass(_) | Load1(_) | New(_) => {
            (0, 1)
        }
        LdcDynamic(i) => (0, shapes.ldc_slots(i)?),
        Const2(_) | Load2(_) => (0, 2),
        Store1(_) | Pop | If(..) | IfNull(_) | IfNonNull(_) | TableSwitch(_) | LookupSwitch(_)
        | Return1 | Athrow | MonitorEnter | MonitorExit => (1, 0),
        Store2(_) | Pop2 | IfIcmp(..) | IfAcmpEq(_) | IfAcmpNe(_) | Return2 => (2, 0),
        ArrayLoad(Elem::Long | Elem::Double) => (2, 2),
        ArrayLoad(_) => (2, 1),
        ArrayStore(Elem::Long | Elem::Double) => (4, 0),
        ArrayStore(_) => (3, 0),
        Dup => (1, 2),
        DupX1 => (2, 3),
        DupX2 => (3, 4),
        Dup2 => (2, 4),
        Dup2X1 => (3, 5),
        Dup2X2 => (4, 6),
        Swap => (2, 2),
        Idiv | Irem => (2, 1),
        Ldiv | Lrem => (4, 2),
        Jsr(_) => (0, 1),
        GetStatic(i) => (0, shapes.field_slots(i)?),
        PutStatic(i) => (shapes.field_slots(i)?, 0),
        GetField(i) => (1, shapes.field_slots(i)?),
        PutField(i) => (1 + shapes.field_slots(i)?, 0),
        InvokeStatic(i) => shapes.call_shape(i)?,
        InvokeVirtual(i) | InvokeSpecial(i) | InvokeInterface(i) => {
            let (a, r) = shapes.call_shape(i)?;
            (a + 1, r)
        }
        InvokeDynamic(i, _) => shapes.dynamic_shape(i)?,
        NewArray(_) | ANewArray(_) | ArrayLength | Checkcast(_) | Instanceof(_) => (1, 1),
        MultiANewArray(_, d) => (d as usize, 1),
        Intrinsic => (0, 2),
        // Only the arithmetic ops, handled above, remain.
        _ => (2, 1),
    })
}

/// The locals op `op` reads or writes: (first local, slots).
fn local_use(op: Op) -> Option<(u16, u16)> {
    match op {
        Op::Load1(n) | Op::Store1(n) | Op::Iinc(n, _) | Op::Ret(n) => Some((n, 1)),
        Op::Load2(n) | Op::Store2(n) => Some((n, 2)),
        _ => None,
    }
}

const UNSEEN: u32 = u32::MAX;

/// Records depth `d` before op `to`, queueing the op when first reached.
fn flow(depth: &mut [u32], work: &mut Vec<usize>, to: usize, d: u32) -> Result<(), &'static str> {
    match depth.get(to).copied() {
        None => Err("Falling off the end of the code"),
        Some(UNSEEN) => {
            depth[to] = d;
            work.push(to);
            Ok(())
        }
        Some(e) if e == d => Ok(()),
        Some(_) => Err("Inconsistent stack height"),
    }
}

/// Whether return op `op` returns what `kind` needs.
fn returns_kind(op: Op, kind: Option<ValueKind>) -> bool {
    match op {
        Op::Return | Op::ReturnRegisterFinalizer => kind.is_none(),
        Op::Return1 => kind.is_some_and(|k| k.slots() == 1),
        Op::Return2 => kind.is_some_and(|k| k.slots() == 2),
        _ => true,
    }
}

/// Checks the ops, handlers and switches of `code` of `method` against `pool`; the message of
/// the `VerifyError` otherwise. Returns the op indices where a `ret` may continue (those after
/// each reachable `jsr`).
pub(super) fn check(
    method: &Method,
    code: &DecodedMethod,
    pool: &ConstantPool<'_>,
) -> Result<Box<[u32]>, String> {
    let ops = &code.ops;
    let n = ops.len();
    let (max_stack, max_locals) = (method.max_stack, method.max_locals);
    let shapes = Shapes::new(pool);
    let bad = |what: &str, at: usize| {
        format!(
            "{what} at op {at} of {}.{}{}",
            method.holder().name,
            method.name,
            method.descriptor
        )
    };
    if n == 0 {
        return Err(bad("No code", 0));
    }
    let mut depth = vec![UNSEEN; n];
    let mut work = vec![0usize];
    depth[0] = 0;
    let mut sub_depth: Option<u32> = None;
    let mut ret_targets = Vec::new();
    while let Some(at) = work.pop() {
        let op = ops[at];
        let d = depth[at] as usize;
        if let Some((first, slots)) = local_use(op)
            && usize::from(first) + usize::from(slots) > max_locals
        {
            return Err(bad("Illegal local variable number", at));
        }
        if !returns_kind(op, method.return_kind) {
            return Err(bad("Return type mismatch", at));
        }
        let Some((pops, pushes)) = effect(op, &shapes) else {
            return Err(bad("Bad constant pool reference", at));
        };
        if d < pops {
            return Err(bad("Operand stack underflow", at));
        }
        let after = d - pops + pushes;
        if after > max_stack {
            return Err(bad("Operand stack overflow", at));
        }
        let after = after as u32;
        let covering = code
            .handlers
            .iter()
            .filter(|h: &&Handler| h.start as usize <= at && at < h.end as usize);
        for h in covering {
            if max_stack < 1 {
                return Err(bad("Operand stack overflow", at));
            }
            flow(&mut depth, &mut work, h.handler as usize, 1).map_err(|e| bad(e, at))?;
        }
        let mut to = |t: u32, d: u32| flow(&mut depth, &mut work, t as usize, d);
        let result = match op {
            Op::Return | Op::ReturnRegisterFinalizer | Op::Return1 | Op::Return2 | Op::Athrow => {
                Ok(())
            }
            Op::Goto(t) => to(t, after),
            Op::If(_, t)
            | Op::IfIcmp(_, t)
            | Op::IfAcmpEq(t)
            | Op::IfAcmpNe(t)
            | Op::IfNull(t)
            | Op::IfNonNull(t) => to(t, after).and_then(|()| to(at as u32 + 1, after)),
            Op::TableSwitch(i) | Op::LookupSwitch(i) => match code.switches.get(i as usize) {
                Some(Switch::Table {
                    default, targets, ..
                }) => std::iter::once(default)
                    .chain(targets)
                    .try_for_each(|&t| to(t, after)),
                Some(Switch::Lookup { default, pairs }) => std::iter::once(*default)
                    .chain(pairs.iter().map(|p| p.1))
                    .try_for_each(|t| to(t, after)),
                None => Err("Bad switch"),
            },
            Op::Jsr(t) => {
                ret_targets.push(at as u32 + 1);
                same_depth(&mut sub_depth, d as u32)
                    .and_then(|()| to(t, after))
                    .and_then(|()| to(at as u32 + 1, d as u32))
            }
            Op::Ret(_) => same_depth(&mut sub_depth, d as u32),
            _ => to(at as u32 + 1, after),
        };
        result.map_err(|e| bad(e, at))?;
    }
    ret_targets.sort_unstable();
    Ok(ret_targets.into_boxed_slice())
}

/// Requires every `jsr` and `ret` to run at one depth.
fn same_depth(common: &mut Option<u32>, d: u32) -> Result<(), &'static str> {
    match *common {
        None => {
            *common = Some(d);
            Ok(())
        }
        Some(c) if c == d => Ok(()),
        Some(_) => Err("Inconsistent stack height at a subroutine"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_descriptor_shapes_count_slots_and_refuse_malformed_ones() {
        assert_eq!(method_descriptor_shape("()V"), Some((0, 0)));
        assert_eq!(
            method_descriptor_shape("(IJ[JLjava/lang/String;D)J"),
            Some((7, 2))
        );
        assert_eq!(
            method_descriptor_shape("([[DZ)Ljava/lang/Object;"),
            Some((2, 1))
        );
        assert_eq!(method_descriptor_shape("(I"), None);
        assert_eq!(method_descriptor_shape("(Ljava/lang/String)V"), None);
        assert_eq!(method_descriptor_shape("(Q)V"), None);
        assert_eq!(method_descriptor_shape("()VV"), None);
        assert_eq!(method_descriptor_shape("I"), None);
    }

    #[test]
    fn branches_must_agree_on_depth_and_stay_in_the_method() {
        let mut depth = vec![UNSEEN; 3];
        let mut work = Vec::new();
        assert_eq!(flow(&mut depth, &mut work, 1, 2), Ok(()));
        assert_eq!(work, [1]);
        assert_eq!(flow(&mut depth, &mut work, 1, 2), Ok(()));
        assert_eq!(work, [1]);
        assert_eq!(
            flow(&mut depth, &mut work, 1, 1),
            Err("Inconsistent stack height")
        );
        assert_eq!(
            flow(&mut depth, &mut work, 3, 0),
            Err("Falling off the end of the code")
        );
        let mut common = None;
        assert_eq!(same_depth(&mut common, 0), Ok(()));
        assert!(same_depth(&mut common, 1).is_err());
    }
}

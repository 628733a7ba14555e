//! The dispatch loop: runs the innermost frame, switching frames itself on ordinary calls and
//! returns, until a call or return needs the slow path or an exception is thrown.
//!
//! The fast path of every op reads the slot stack, the decoded ops and (for resolved
//! constant-pool operands) one `OnceLock` of the class's resolution cache: no allocation, no
//! lock, no hash lookup. Anything slower (resolution, initialisation, allocation, exceptions)
//! first records `pc` and `sp` in the frame, so that it may run Java code or walk the stack.

use super::Exit;
use super::arith::{self, int_slot};
use super::helpers as h;
use super::ops::{Arith, Elem, Op};
use super::slots::{self, Slots};
use crate::klass::Method;
use crate::natives::Intrinsic;
use crate::oops::ObjRef;
use crate::resolve::{CpEntry, InvokeKind};
use crate::thread::{Frame, JavaThread};

/// Runs the innermost frame of `thread`, and the frames it calls and returns to, until a
/// call or return needs the slow path (natives excepted, synchronized methods, a method not yet
/// decoded, a stack overflow, a safepoint request), an exception is thrown, or the frame at
/// depth `entry_depth` returns.
pub(super) fn interpret(thread: &mut JavaThread, entry_depth: usize) -> Exit {
    let frame = *thread.frames.last().expect("a frame to run");
    let mut method: &'static Method = frame.method;
    let Some(Ok(code)) = method.decoded.get() else {
        let _ =
            crate::exceptions::throw_new(thread, "java/lang/InternalError", "method not decoded");
        return Exit::Throw;
    };
    let mut code: &'static super::DecodedMethod = code;
    let mut holder = method.holder();
    let mut ops = &code.fused[..];
    let mut base = frame.base as usize;
    let mut sp = frame.sp as usize;
    let mut pc = frame.pc as usize;
    // The fast path reaches the slot stack through a pointer held in a local (so that it
    // stays in a register); anything that may run Java code, walk the stack or leave this
    // frame goes through the thread (after `sync!`), and the pointer is borrowed again after.
    let mut stack = Slots::borrow(&mut thread.stack);

    macro_rules! s {
        () => {
            stack
        };
    }
    macro_rules! sync {
        ($cur:expr) => {{
            let f = thread.frames.last_mut().expect("the running frame");
            f.pc = $cur as u32;
            f.sp = sp as u32;
        }};
    }
    // Runs a slow operation that may throw: the frame is synced first.
    macro_rules! slow {
        ($cur:expr, $e:expr) => {{
            sync!($cur);
            match $e {
                Ok(v) => {
                    stack = Slots::borrow(&mut thread.stack);
                    v
                }
                Err(_) => return Exit::Throw,
            }
        }};
    }
    macro_rules! npe {
        ($cur:expr) => {{
            sync!($cur);
            h::throw_npe(thread);
            return Exit::Throw;
        }};
    }
    // Takes a branch; a backward branch polls for a safepoint first.
    macro_rules! branch {
        ($cur:expr, $t:expr) => {{
            let t = $t as usize;
            if t <= $cur && thread.vm.safepoints.is_requested() {
                sync!($cur);
                thread.safepoint_block();
                stack = Slots::borrow(&mut thread.stack);
            }
            pc = t;
        }};
    }
    macro_rules! pop_ref {
        () => {{
            sp -= 1;
            ObjRef::from_addr(s!()[sp] as usize)
        }};
    }
    // A call of a decoded, unsynchronized bytecode method with room on the stack and no
    // safepoint pending switches frames here; any other goes through `run` (`Exit::Call`).
    macro_rules! invoke {
        ($cur:expr, $target:expr) => {{
            let target: &'static Method = $target;
            let new_base = sp - target.arg_slots;
            if target.is_native() {
                slow!($cur, super::call_native(thread, target, new_base));
                // Counted from the descriptor, whatever the native returned (frame geometry).
                sp = new_base + target.return_kind.map_or(0, |k| k.slots());
            } else if let Some(Ok(callee)) = target.decoded.get()
                && !target.is_synchronized()
                && !thread.in_stack_overflow
                && new_base + target.frame_slots() <= thread.stack_limit
                && !thread.vm.safepoints.is_requested()
            {
                let caller = thread.frames.last_mut().expect("the running frame");
                caller.pc = $cur as u32;
                caller.sp = sp as u32;
                sp = new_base + target.stack_base_offset();
                thread.frames.push(Frame {
                    method: target,
                    pc: 0,
                    base: new_base as u32,
                    sp: sp as u32,
                });
                method = target;
                code = callee;
                holder = target.holder();
                ops = &code.fused[..];
                base = new_base;
                pc = 0;
            } else {
                sync!($cur);
                return Exit::Call(target);
            }
        }};
    }
    // Returns `$slots` slots from the top of the stack: to the caller here when the frame is
    // not the entry frame and holds no lock, otherwise through `run` (`Exit::Return`).
    macro_rules! ret {
        ($slots:expr) => {{
            let slots: usize = $slots;
            let depth = thread.frames.len() - 1;
            if depth > entry_depth && !method.is_synchronized() {
                let from = sp - slots;
                for k in 0..slots {
                    s!()[base + k] = s!()[from + k];
                }
                thread.frames.pop();
                let caller = *thread.frames.last().expect("a caller");
                let Some(Ok(caller_code)) = caller.method.decoded.get() else {
                    let _ = crate::exceptions::throw_new(
                        thread,
                        "java/lang/InternalError",
                        "method not decoded",
                    );
                    return Exit::Throw;
                };
                sp = base + slots;
                method = caller.method;
                code = caller_code;
                holder = method.holder();
                ops = &code.fused[..];
                base = caller.base as usize;
                pc = caller.pc as usize + 1;
            } else {
                return Exit::Return {
                    from: sp - slots,
                    slots,
                };
            }
        }};
    }

    // The target of a signature-polymorphic intrinsic; pops a `linkTo*` call's `MemberName`.
    macro_rules! call_intrinsic {
        ($cur:expr, $kind:expr, $slots:expr, $ret:expr) => {{
            let (kind, slots) = ($kind, $slots as usize);
            let found = match crate::invoke::jli_if_ready(&thread.vm) {
                Some(j) => super::indy::intrinsic_target(j, s!().checked(), sp, kind, slots),
                None => None,
            };
            let (target, popped) = match found {
                Some(t) => t,
                None => slow!($cur, super::indy::intrinsic_slow(thread, sp, kind, slots)),
            };
            // Frame geometry: the target has the call site's arguments, and returns what the
            // site expects, or more that the site drops (a `void` call of a value-returning
            // target): that call runs nested, and the stack is cut back to the site's shape.
            let target_ret = target.return_kind.map_or(0, |k| k.slots());
            let site_ret = usize::from($ret);
            if target.arg_slots + popped != slots || target_ret < site_ret {
                sync!($cur);
                let _ = crate::exceptions::throw_new(
                    thread,
                    "java/lang/InternalError",
                    "method handle target does not match the call site",
                );
                return Exit::Throw;
            }
            if target_ret != site_ret {
                sp -= popped;
                let new_base = sp - target.arg_slots;
                slow!($cur, super::call_in_place(thread, target, new_base));
                sp = new_base + site_ret;
                continue;
            }
            sp -= popped;
            target
        }};
    }

    // An array load (the op at `$cur`).
    macro_rules! array_load {
        ($cur:expr, $e:expr) => {{
            let e: Elem = $e;
            let index = s!()[sp - 1] as i32;
            let Some(array) = ObjRef::from_addr(s!()[sp - 2] as usize) else {
                npe!($cur)
            };
            let len = array.array_length();
            if index < 0 || index >= len {
                slow!($cur, h::index_out_of_bounds(thread, index, len));
            }
            sp -= 2;
            s!()[sp] = h::array_load(array, e, index as usize);
            sp += e.slots();
        }};
    }
    // Counts the ops a fused op runs beyond the first.
    macro_rules! extra_ops {
        ($n:expr) => {
            #[cfg(feature = "bytecode-count")]
            {
                thread.bytecodes_executed += $n;
            }
        };
    }
    // A conditional branch of the op at `$cur`.
    macro_rules! branch_if {
        ($cur:expr, $test:expr, $t:expr) => {{
            if $test {
                branch!($cur, $t);
            }
        }};
    }

    loop {
        let cur = pc;
        let op = slots::op_at(ops, cur);
        pc += 1;
        #[cfg(feature = "bytecode-count")]
        {
            thread.bytecodes_executed += 1;
        }
        match op {
            Op::Nop => {}
            Op::AconstNull => {
                s!()[sp] = 0;
                sp += 1;
            }
            Op::Iconst(v) => {
                s!()[sp] = int_slot(v);
                sp += 1;
            }
            Op::Fconst(v) => {
                s!()[sp] = arith::float_slot(v);
                sp += 1;
            }
            Op::Const2(i) => {
                s!()[sp] = code.wide[i as usize];
                sp += 2;
            }
            Op::LdcString(i) => {
                let r = match holder.cp_cache.string(i) {
                    Some(r) => r,
                    None => slow!(cur, crate::resolve::resolve_string(thread, holder, i)),
                };
                s!()[sp] = r.addr() as u64;
                sp += 1;
            }
            Op::LdcClass(i) => {
                let k = match holder.cp_cache.get(i) {
                    Some(CpEntry::Class(k)) => *k,
                    _ => slow!(cur, crate::resolve::resolve_class(thread, holder, i)),
                };
                s!()[sp] = k.mirror().map_or(0, ObjRef::addr) as u64;
                sp += 1;
            }
            Op::LdcDynamic(i) => {
                let (value, slots) = match holder.cp_cache.get(i) {
                    Some(CpEntry::Constant { kind, value_offset }) => (
                        super::indy::constant_value(holder, i, *kind, *value_offset),
                        kind.slots(),
                    ),
                    _ => slow!(cur, super::indy::ldc_dynamic(thread, holder, i)),
                };
                s!()[sp] = value;
                sp += slots;
            }
            Op::Load1(n) => {
                s!()[sp] = s!()[base + n as usize];
                sp += 1;
            }
            Op::Load1Load1(a, b) => {
                s!()[sp] = s!()[base + a as usize];
                s!()[sp + 1] = s!()[base + b as usize];
                sp += 2;
                pc += 1;
                #[cfg(feature = "bytecode-count")]
                {
                    thread.bytecodes_executed += 1;
                }
            }
            Op::Load2(n) => {
                s!()[sp] = s!()[base + n as usize];
                sp += 2;
            }
            Op::Store1(n) => {
                sp -= 1;
                s!()[base + n as usize] = s!()[sp];
            }
            Op::Store2(n) => {
                sp -= 2;
                s!()[base + n as usize] = s!()[sp];
            }
            Op::ArrayLoad(e) => array_load!(cur, e),
            Op::LoadLoadArrayLoad(e, a, i) => {
                s!()[sp] = s!()[base + a as usize];
                s!()[sp + 1] = s!()[base + i as usize];
                sp += 2;
                extra_ops!(2);
                array_load!(cur + 2, e);
                pc += 2;
            }
            Op::ArrayStore(e) => {
                let slots = e.slots();
                let value = s!()[sp - slots];
                let index = s!()[sp - slots - 1] as i32;
                let Some(array) = ObjRef::from_addr(s!()[sp - slots - 2] as usize) else {
                    npe!(cur)
                };
                let len = array.array_length();
                if index < 0 || index >= len {
                    slow!(cur, h::index_out_of_bounds(thread, index, len));
                }
                if e == Elem::Ref
                    && let Some(v) = ObjRef::from_addr(value as usize)
                    && !h::array_store_ok(array, v)
                {
                    slow!(cur, h::array_store_error(thread, v));
                }
                h::array_store(array, e, index as usize, value);
                sp -= slots + 2;
            }
            Op::Pop => sp -= 1,
            Op::Pop2 => sp -= 2,
            Op::Dup => {
                s!()[sp] = s!()[sp - 1];
                sp += 1;
            }
            Op::DupX1 => {
                let (v2, v1) = (s!()[sp - 2], s!()[sp - 1]);
                s!()[sp - 2] = v1;
                s!()[sp - 1] = v2;
                s!()[sp] = v1;
                sp += 1;
            }
            Op::DupX2 => {
                let (v3, v2, v1) = (s!()[sp - 3], s!()[sp - 2], s!()[sp - 1]);
                s!()[sp - 3] = v1;
                s!()[sp - 2] = v3;
                s!()[sp - 1] = v2;
                s!()[sp] = v1;
                sp += 1;
            }
            Op::Dup2 => {
                s!()[sp] = s!()[sp - 2];
                s!()[sp + 1] = s!()[sp - 1];
                sp += 2;
            }
            Op::Dup2X1 => {
                let (v3, v2, v1) = (s!()[sp - 3], s!()[sp - 2], s!()[sp - 1]);
                s!()[sp - 3] = v2;
                s!()[sp - 2] = v1;
                s!()[sp - 1] = v3;
                s!()[sp] = v2;
                s!()[sp + 1] = v1;
                sp += 2;
            }
            Op::Dup2X2 => {
                let (v4, v3, v2, v1) = (s!()[sp - 4], s!()[sp - 3], s!()[sp - 2], s!()[sp - 1]);
                s!()[sp - 4] = v2;
                s!()[sp - 3] = v1;
                s!()[sp - 2] = v4;
                s!()[sp - 1] = v3;
                s!()[sp] = v2;
                s!()[sp + 1] = v1;
                sp += 2;
            }
            Op::Swap => {
                let (a, b) = (s!()[sp - 2], s!()[sp - 1]);
                s!()[sp - 2] = b;
                s!()[sp - 1] = a;
            }
            Op::Iadd => sp = arith::execute(&mut s!(), sp, Arith::Iadd),
            Op::Ladd => sp = arith::execute(&mut s!(), sp, Arith::Ladd),
            Op::Fadd => sp = arith::execute(&mut s!(), sp, Arith::Fadd),
            Op::Dadd => sp = arith::execute(&mut s!(), sp, Arith::Dadd),
            Op::Isub => sp = arith::execute(&mut s!(), sp, Arith::Isub),
            Op::Lsub => sp = arith::execute(&mut s!(), sp, Arith::Lsub),
            Op::Fsub => sp = arith::execute(&mut s!(), sp, Arith::Fsub),
            Op::Dsub => sp = arith::execute(&mut s!(), sp, Arith::Dsub),
            Op::Imul => sp = arith::execute(&mut s!(), sp, Arith::Imul),
            Op::Lmul => sp = arith::execute(&mut s!(), sp, Arith::Lmul),
            Op::Fmul => sp = arith::execute(&mut s!(), sp, Arith::Fmul),
            Op::Dmul => sp = arith::execute(&mut s!(), sp, Arith::Dmul),
            Op::Fdiv => sp = arith::execute(&mut s!(), sp, Arith::Fdiv),
            Op::Ddiv => sp = arith::execute(&mut s!(), sp, Arith::Ddiv),
            Op::Frem => sp = arith::execute(&mut s!(), sp, Arith::Frem),
            Op::Drem => sp = arith::execute(&mut s!(), sp, Arith::Drem),
            Op::Ineg => sp = arith::execute(&mut s!(), sp, Arith::Ineg),
            Op::Lneg => sp = arith::execute(&mut s!(), sp, Arith::Lneg),
            Op::Fneg => sp = arith::execute(&mut s!(), sp, Arith::Fneg),
            Op::Dneg => sp = arith::execute(&mut s!(), sp, Arith::Dneg),
            Op::Ishl => sp = arith::execute(&mut s!(), sp, Arith::Ishl),
            Op::Lshl => sp = arith::execute(&mut s!(), sp, Arith::Lshl),
            Op::Ishr => sp = arith::execute(&mut s!(), sp, Arith::Ishr),
            Op::Lshr => sp = arith::execute(&mut s!(), sp, Arith::Lshr),
            Op::Iushr => sp = arith::execute(&mut s!(), sp, Arith::Iushr),
            Op::Lushr => sp = arith::execute(&mut s!(), sp, Arith::Lushr),
            Op::Iand => sp = arith::execute(&mut s!(), sp, Arith::Iand),
            Op::Land => sp = arith::execute(&mut s!(), sp, Arith::Land),
            Op::Ior => sp = arith::execute(&mut s!(), sp, Arith::Ior),
            Op::Lor => sp = arith::execute(&mut s!(), sp, Arith::Lor),
            Op::Ixor => sp = arith::execute(&mut s!(), sp, Arith::Ixor),
            Op::Lxor => sp = arith::execute(&mut s!(), sp, Arith::Lxor),
            Op::I2l => sp = arith::execute(&mut s!(), sp, Arith::I2l),
            Op::I2f => sp = arith::execute(&mut s!(), sp, Arith::I2f),
            Op::I2d => sp = arith::execute(&mut s!(), sp, Arith::I2d),
            Op::L2i => sp = arith::execute(&mut s!(), sp, Arith::L2i),
            Op::L2f => sp = arith::execute(&mut s!(), sp, Arith::L2f),
            Op::L2d => sp = arith::execute(&mut s!(), sp, Arith::L2d),
            Op::F2i => sp = arith::execute(&mut s!(), sp, Arith::F2i),
            Op::F2l => sp = arith::execute(&mut s!(), sp, Arith::F2l),
            Op::F2d => sp = arith::execute(&mut s!(), sp, Arith::F2d),
            Op::D2i => sp = arith::execute(&mut s!(), sp, Arith::D2i),
            Op::D2l => sp = arith::execute(&mut s!(), sp, Arith::D2l),
            Op::D2f => sp = arith::execute(&mut s!(), sp, Arith::D2f),
            Op::I2b => sp = arith::execute(&mut s!(), sp, Arith::I2b),
            Op::I2c => sp = arith::execute(&mut s!(), sp, Arith::I2c),
            Op::I2s => sp = arith::execute(&mut s!(), sp, Arith::I2s),
            Op::Lcmp => sp = arith::execute(&mut s!(), sp, Arith::Lcmp),
            Op::Fcmpl => sp = arith::execute(&mut s!(), sp, Arith::Fcmpl),
            Op::Fcmpg => sp = arith::execute(&mut s!(), sp, Arith::Fcmpg),
            Op::Dcmpl => sp = arith::execute(&mut s!(), sp, Arith::Dcmpl),
            Op::Dcmpg => sp = arith::execute(&mut s!(), sp, Arith::Dcmpg),
            Op::Idiv | Op::Irem => {
                let (a, b) = (s!()[sp - 2] as i32, s!()[sp - 1] as i32);
                if b == 0 {
                    slow!(cur, h::divide_by_zero(thread));
                }
                let r = if op == Op::Idiv {
                    a.wrapping_div(b)
                } else {
                    a.wrapping_rem(b)
                };
                s!()[sp - 2] = int_slot(r);
                sp -= 1;
            }
            Op::Ldiv | Op::Lrem => {
                let (a, b) = (s!()[sp - 4] as i64, s!()[sp - 2] as i64);
                if b == 0 {
                    slow!(cur, h::divide_by_zero(thread));
                }
                let r = if op == Op::Ldiv {
                    a.wrapping_div(b)
                } else {
                    a.wrapping_rem(b)
                };
                s!()[sp - 4] = r as u64;
                sp -= 2;
            }
            Op::Iinc(n, d) => {
                let slot = base + n as usize;
                s!()[slot] = int_slot((s!()[slot] as i32).wrapping_add(i32::from(d)));
            }
            Op::IincGoto(n, d, t) => {
                #[cfg(feature = "bytecode-count")]
                {
                    thread.bytecodes_executed += 1;
                }
                let slot = base + n as usize;
                s!()[slot] = int_slot((s!()[slot] as i32).wrapping_add(i32::from(d)));
                branch!(cur + 1, t);
            }
            Op::IfEq(t) => {
                sp -= 1;
                branch_if!(cur, s!()[sp] as i32 == 0, t);
            }
            Op::IfNe(t) => {
                sp -= 1;
                branch_if!(cur, s!()[sp] as i32 != 0, t);
            }
            Op::IfLt(t) => {
                sp -= 1;
                branch_if!(cur, (s!()[sp] as i32) < 0, t);
            }
            Op::IfGe(t) => {
                sp -= 1;
                branch_if!(cur, s!()[sp] as i32 >= 0, t);
            }
            Op::IfGt(t) => {
                sp -= 1;
                branch_if!(cur, s!()[sp] as i32 > 0, t);
            }
            Op::IfLe(t) => {
                sp -= 1;
                branch_if!(cur, s!()[sp] as i32 <= 0, t);
            }
            Op::IfIcmpEq(t) => {
                sp -= 2;
                branch_if!(cur, s!()[sp] as i32 == s!()[sp + 1] as i32, t);
            }
            Op::IfIcmpNe(t) => {
                sp -= 2;
                branch_if!(cur, s!()[sp] as i32 != s!()[sp + 1] as i32, t);
            }
            Op::IfIcmpLt(t) => {
                sp -= 2;
                branch_if!(cur, (s!()[sp] as i32) < s!()[sp + 1] as i32, t);
            }
            Op::IfIcmpGe(t) => {
                sp -= 2;
                branch_if!(cur, s!()[sp] as i32 >= s!()[sp + 1] as i32, t);
            }
            Op::IfIcmpGt(t) => {
                sp -= 2;
                branch_if!(cur, s!()[sp] as i32 > s!()[sp + 1] as i32, t);
            }
            Op::IfIcmpLe(t) => {
                sp -= 2;
                branch_if!(cur, s!()[sp] as i32 <= s!()[sp + 1] as i32, t);
            }
            Op::LoadLoadIfIcmp(c, a, b, t) => {
                extra_ops!(2);
                let (a, b) = (
                    s!()[base + a as usize] as i32,
                    s!()[base + b as usize] as i32,
                );
                if c.test(a, b) {
                    branch!(cur, t);
                } else {
                    pc += 2;
                }
            }
            Op::LcmpIf(c, t) => {
                extra_ops!(1);
                sp -= 4;
                let (a, b) = (s!()[sp] as i64, s!()[sp + 2] as i64);
                if c.test(a.cmp(&b) as i32, 0) {
                    branch!(cur, t);
                } else {
                    pc += 1;
                }
            }
            Op::DcmpIf(c, nan_greater, t) => {
                extra_ops!(1);
                sp -= 4;
                let (a, b) = (f64::from_bits(s!()[sp]), f64::from_bits(s!()[sp + 2]));
                let r = match a.partial_cmp(&b) {
                    Some(o) => o as i32,
                    None if nan_greater => 1,
                    None => -1,
                };
                if c.test(r, 0) {
                    branch!(cur, t);
                } else {
                    pc += 1;
                }
            }
            Op::Lconst(v) => {
                s!()[sp] = i64::from(v) as u64;
                sp += 2;
            }
            Op::Dconst(v) => {
                s!()[sp] = f64::from(v).to_bits();
                sp += 2;
            }
            Op::Load2Load2(a, b) => {
                extra_ops!(1);
                s!()[sp] = s!()[base + a as usize];
                s!()[sp + 2] = s!()[base + b as usize];
                sp += 4;
                pc += 1;
            }
            Op::If(c, t) => {
                sp -= 1;
                if c.test(s!()[sp] as i32, 0) {
                    branch!(cur, t);
                }
            }
            Op::IfIcmp(c, t) => {
                sp -= 2;
                if c.test(s!()[sp] as i32, s!()[sp + 1] as i32) {
                    branch!(cur, t);
                }
            }
            Op::IfAcmpEq(t) => {
                sp -= 2;
                if s!()[sp] == s!()[sp + 1] {
                    branch!(cur, t);
                }
            }
            Op::IfAcmpNe(t) => {
                sp -= 2;
                if s!()[sp] != s!()[sp + 1] {
                    branch!(cur, t);
                }
            }
            Op::IfNull(t) => {
                sp -= 1;
                if s!()[sp] == 0 {
                    branch!(cur, t);
                }
            }
            Op::IfNonNull(t) => {
                sp -= 1;
                if s!()[sp] != 0 {
                    branch!(cur, t);
                }
            }
            Op::Goto(t) => branch!(cur, t),
            Op::Jsr(t) => {
                s!()[sp] = pc as u64;
                sp += 1;
                pc = t as usize;
            }
            Op::Ret(n) => {
                let target = s!()[base + n as usize];
                // Only the op after a reachable `jsr` (validated code; a return address is an
                // int in the local, which unverified code may have forged).
                if u32::try_from(target)
                    .map_or(true, |t| code.ret_targets.binary_search(&t).is_err())
                {
                    sync!(cur);
                    let _ = crate::exceptions::throw_new(
                        thread,
                        "java/lang/VerifyError",
                        "Bad return address",
                    );
                    return Exit::Throw;
                }
                pc = target as usize;
            }
            Op::TableSwitch(i) | Op::LookupSwitch(i) => {
                sp -= 1;
                pc = code.switches[i as usize].target(s!()[sp] as i32) as usize;
            }
            Op::Return1 => ret!(1),
            Op::Return2 => ret!(2),
            Op::Return => ret!(0),
            Op::ReturnRegisterFinalizer => {
                if let Some(obj) = ObjRef::from_addr(s!()[base] as usize)
                    && obj.klass().has_finalizer
                {
                    slow!(cur, crate::alloc::register_finalizer(thread, obj));
                }
                ret!(0)
            }
            Op::Intrinsic => {
                let arg = |i: usize| f64::from_bits(stack[base + i]);
                let result = match code.intrinsic {
                    Some(Intrinsic::Unary(f)) => f(arg(0)),
                    Some(Intrinsic::Binary(f)) => f(arg(0), arg(2)),
                    // Only intrinsic code holds this op, and it always has its intrinsic.
                    None => f64::NAN,
                };
                s!()[sp] = result.to_bits();
                sp += 2;
            }
            Op::GetStatic(i) => {
                let f = match holder.cp_cache.get(i) {
                    Some(CpEntry::Field(f)) if f.holder.is_initialized() => *f,
                    _ => slow!(cur, h::resolve_static(thread, holder, i, false)),
                };
                let Some(mirror) = f.holder.mirror() else {
                    npe!(cur)
                };
                sp += h::read_field(&mut s!(), sp, mirror, &f);
            }
            Op::PutStatic(i) => {
                let f = match holder.cp_cache.get(i) {
                    Some(CpEntry::Field(f)) if f.holder.is_initialized() => *f,
                    _ => slow!(cur, h::resolve_static(thread, holder, i, true)),
                };
                let Some(mirror) = f.holder.mirror() else {
                    npe!(cur)
                };
                sp -= f.kind.slots();
                h::write_field(&s!(), sp, mirror, &f);
            }
            Op::GetField(i) => {
                let f = match holder.cp_cache.get(i) {
                    Some(CpEntry::Field(f)) => *f,
                    _ => slow!(
                        cur,
                        crate::resolve::resolve_field(thread, holder, i, false, false)
                    ),
                };
                let Some(obj) = ObjRef::from_addr(s!()[sp - 1] as usize) else {
                    npe!(cur)
                };
                sp -= 1;
                sp += h::read_field(&mut s!(), sp, obj, &f);
            }
            Op::PutField(i) => {
                let f = match holder.cp_cache.get(i) {
                    Some(CpEntry::Field(f)) => *f,
                    _ => slow!(
                        cur,
                        crate::resolve::resolve_field(thread, holder, i, false, true)
                    ),
                };
                let slots = f.kind.slots();
                let Some(obj) = ObjRef::from_addr(s!()[sp - slots - 1] as usize) else {
                    npe!(cur)
                };
                h::write_field(&s!(), sp - slots, obj, &f);
                sp -= slots + 1;
            }
            Op::InvokeStatic(i) => {
                let m = match holder.cp_cache.get(i) {
                    Some(CpEntry::Method { resolved, .. })
                        if resolved.holder().is_initialized() =>
                    {
                        *resolved
                    }
                    Some(CpEntry::Intrinsic {
                        kind,
                        arg_slots,
                        return_slots,
                    }) => {
                        call_intrinsic!(cur, *kind, *arg_slots, *return_slots)
                    }
                    _ => match slow!(cur, h::resolve_static_method(thread, holder, i)) {
                        CpEntry::Method { resolved, .. } => resolved,
                        CpEntry::Intrinsic {
                            kind,
                            arg_slots,
                            return_slots,
                        } => {
                            call_intrinsic!(cur, kind, arg_slots, return_slots)
                        }
                        _ => npe!(cur),
                    },
                };
                invoke!(cur, m);
            }
            Op::InvokeSpecial(i) => {
                let m = match holder.cp_cache.get(i) {
                    Some(CpEntry::Method { special, .. }) => *special,
                    _ => match slow!(
                        cur,
                        crate::resolve::resolve_method(thread, holder, i, InvokeKind::Special)
                    ) {
                        CpEntry::Method { special, .. } => special,
                        _ => npe!(cur),
                    },
                };
                if s!()[sp - m.arg_slots] == 0 {
                    npe!(cur);
                }
                if m.is_abstract() {
                    slow!(cur, h::abstract_method_error(thread, m, None));
                }
                invoke!(cur, m);
            }
            Op::InvokeVirtual(i) | Op::InvokeInterface(i) => {
                let kind = if matches!(op, Op::InvokeVirtual(_)) {
                    InvokeKind::Virtual
                } else {
                    InvokeKind::Interface
                };
                let entry = match holder.cp_cache.get(i) {
                    Some(e) => *e,
                    None => slow!(cur, crate::resolve::resolve_method(thread, holder, i, kind)),
                };
                let resolved = match entry {
                    CpEntry::Method { resolved, .. } => resolved,
                    CpEntry::Handle { invoker, appendix } => {
                        if appendix {
                            let appendix = holder.cp_cache.reference(i).map_or(0, ObjRef::addr);
                            s!().set_checked(sp, appendix as u64);
                            sp += 1;
                        }
                        invoke!(cur, invoker);
                        continue;
                    }
                    CpEntry::Intrinsic {
                        kind,
                        arg_slots,
                        return_slots,
                    } => {
                        let target = call_intrinsic!(cur, kind, arg_slots, return_slots);
                        invoke!(cur, target);
                        continue;
                    }
                    _ => npe!(cur),
                };
                let Some(receiver) = ObjRef::from_addr(s!()[sp - resolved.arg_slots] as usize)
                else {
                    npe!(cur)
                };
                let rk = receiver.klass();
                let target = match resolved.vtable_index {
                    Some(vi) if !resolved.is_private() && !resolved.holder().is_interface() => {
                        rk.vtable[vi]
                    }
                    _ => slow!(
                        cur,
                        h::select_slow(thread, resolved, rk, kind == InvokeKind::Interface)
                    ),
                };
                invoke!(cur, target);
            }
            Op::InvokeDynamic(_, site) => {
                let site = &code.call_sites[site as usize];
                let linked = match site.linked() {
                    Some(l) => *l,
                    None => slow!(cur, super::indy::link_site(thread, holder, site)),
                };
                if linked.appendix {
                    s!().set_checked(sp, site.appendix());
                    sp += 1;
                }
                invoke!(cur, linked.invoker);
            }
            Op::New(i) => {
                let obj = slow!(cur, h::new_object(thread, holder, i));
                s!()[sp] = obj.addr() as u64;
                sp += 1;
            }
            Op::NewArray(atype) => {
                let len = s!()[sp - 1] as i32;
                let a = slow!(cur, h::new_type_array(thread, atype, len));
                s!()[sp - 1] = a.addr() as u64;
            }
            Op::ANewArray(i) => {
                let len = s!()[sp - 1] as i32;
                let a = slow!(cur, h::new_object_array(thread, holder, i, len));
                s!()[sp - 1] = a.addr() as u64;
            }
            Op::MultiANewArray(i, dims) => {
                let dims = dims as usize;
                let counts: Vec<i32> = (0..dims).map(|d| s!()[sp - dims + d] as i32).collect();
                let a = slow!(cur, h::multi_new_array(thread, holder, i, &counts));
                sp -= dims;
                s!()[sp] = a.addr() as u64;
                sp += 1;
            }
            Op::ArrayLength => {
                let Some(a) = ObjRef::from_addr(s!()[sp - 1] as usize) else {
                    npe!(cur)
                };
                s!()[sp - 1] = int_slot(a.array_length());
            }
            Op::Athrow => {
                let Some(e) = pop_ref!() else { npe!(cur) };
                sp += 1;
                sync!(cur);
                thread.throw(e);
                return Exit::Throw;
            }
            // The object is read again after resolution, which may run Java code (and move it).
            Op::Checkcast(i) => {
                if s!()[sp - 1] != 0 {
                    let target = match holder.cp_cache.get(i) {
                        Some(CpEntry::Class(k)) => *k,
                        _ => slow!(cur, crate::resolve::resolve_class(thread, holder, i)),
                    };
                    if let Some(obj) = ObjRef::from_addr(s!()[sp - 1] as usize) {
                        let k = obj.klass();
                        if !std::ptr::eq(k, target) && !k.is_subtype_of(target) {
                            slow!(cur, h::class_cast_error(thread, k, target));
                        }
                    }
                }
            }
            Op::Instanceof(i) => {
                if s!()[sp - 1] != 0 {
                    let target = match holder.cp_cache.get(i) {
                        Some(CpEntry::Class(k)) => *k,
                        _ => slow!(cur, crate::resolve::resolve_class(thread, holder, i)),
                    };
                    let obj = ObjRef::from_addr(s!()[sp - 1] as usize);
                    s!()[sp - 1] =
                        int_slot(obj.is_some_and(|o| o.klass().is_subtype_of(target)).into());
                }
            }
            Op::MonitorEnter => {
                let Some(obj) = ObjRef::from_addr(s!()[sp - 1] as usize) else {
                    npe!(cur)
                };
                slow!(cur, crate::monitor::monitor_enter(thread, obj));
                sp -= 1;
            }
            Op::MonitorExit => {
                let Some(obj) = ObjRef::from_addr(s!()[sp - 1] as usize) else {
                    npe!(cur)
                };
                slow!(cur, crate::monitor::monitor_exit(thread, obj));
                sp -= 1;
            }
        }
    }
}

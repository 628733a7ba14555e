//! The type-inference verifier (JVMS §4.10.2) for class files older than version 50, with
//! HotSpot's old-verifier semantics for subroutines: a `ret` returns to every `jsr` of its
//! subroutine, with the locals the subroutine touched taken from the `ret` and all others from
//! the `jsr`. The same data-flow analysis, run permissively, computes reference maps for code
//! that is not verified.

use std::collections::HashMap;

use super::context::ClassContext;
use super::failure::Failure;
use super::frame::Frame;
use super::input::{ClassInput, CodeInput, MethodInput};
use super::refmap::{RefMaps, RefMapsBuilder};
use super::stackmap::CodeMark;
use super::typecheck::{Flow, MethodChecker};

mod checks;
use super::types::{Sym, VType};

/// One active subroutine: its entry and the locals it has touched so far.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Subroutine {
    entry: u16,
    touched: Vec<bool>,
}

/// The inferred state at the start of an instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    frame: Frame,
    subroutines: Vec<Subroutine>,
}

/// Runs the inference over one method; `record` asks for reference maps.
pub(crate) fn infer_method<'a>(
    cx: &mut ClassContext<'_>,
    class: &ClassInput<'a>,
    method: &MethodInput<'a>,
    code: &CodeInput<'a>,
    record: bool,
) -> Result<Option<RefMaps>, Failure> {
    cx.inference = true;
    let (marks, lengths) = checks::instruction_extents(code.code)?;
    if !cx.permissive {
        checks::check_operands(cx, class, code, &marks, &lengths)?;
    }
    if !cx.permissive {
        checks::check_handlers(cx, class, code, &marks)?;
    }
    let mut checker = MethodChecker::new(cx, class, method, code, marks, lengths)?;
    checker.jumps = Some(Vec::new());
    let mut engine = Engine {
        states: vec![None; code.code.len()],
        changed: vec![false; code.code.len()],
        jsr_callers: HashMap::new(),
        rets_of: HashMap::new(),
        ret_of_jsr: HashMap::new(),
    };
    for (pc, mark) in checker.marks.iter().enumerate() {
        if *mark != CodeMark::None && matches!(code.code[pc], 0xa8 | 0xc9) {
            let target = jsr_target(code.code, pc);
            engine
                .jsr_callers
                .entry(target)
                .or_default()
                .push(pc as u16);
        }
    }
    let initial = State {
        frame: checker.frame.clone(),
        subroutines: Vec::new(),
    };
    engine.merge(&mut checker, 0, initial, false)?;
    let mut work = true;
    while work {
        work = false;
        for pc in 0..code.code.len() {
            if engine.changed[pc] {
                engine.changed[pc] = false;
                work = true;
                engine.step(&mut checker, pc)?;
            }
        }
    }
    Ok(record.then(|| {
        let mut builder = RefMapsBuilder::new(code.max_locals.into());
        for (pc, state) in engine.states.iter().enumerate() {
            if let Some(state) = state {
                builder.record(pc as u16, &state.frame);
            }
        }
        builder.finish()
    }))
}

fn jsr_target(code: &[u8], pc: usize) -> i64 {
    let offset = if code[pc] == 0xa8 {
        i64::from(i16::from_be_bytes([code[pc + 1], code[pc + 2]]))
    } else {
        i64::from(i32::from_be_bytes([
            code[pc + 1],
            code[pc + 2],
            code[pc + 3],
            code[pc + 4],
        ]))
    };
    pc as i64 + offset
}

struct Engine {
    states: Vec<Option<State>>,
    changed: Vec<bool>,
    /// Subroutine entry -> the `jsr` instructions calling it.
    jsr_callers: HashMap<i64, Vec<u16>>,
    /// Subroutine entry -> the `ret` instructions seen returning from it.
    rets_of: HashMap<u16, Vec<u16>>,
    /// `jsr` -> the one `ret` returning to it.
    ret_of_jsr: HashMap<u16, u16>,
}

/// The local slot an instruction reads or writes, with its width, if any.
pub(super) fn local_access(code: &[u8], pc: usize) -> Option<(usize, usize)> {
    let (opcode, index) = match code[pc] {
        0xc4 => (
            code[pc + 1],
            usize::from(u16::from_be_bytes([code[pc + 2], code[pc + 3]])),
        ),
        op @ (0x15..=0x19 | 0x36..=0x3a | 0x84 | 0xa9) => (op, usize::from(code[pc + 1])),
        op @ 0x1a..=0x2d => (0x15 + (op - 0x1a) / 4, usize::from((op - 0x1a) % 4)),
        op @ 0x3b..=0x4e => (0x36 + (op - 0x3b) / 4, usize::from((op - 0x3b) % 4)),
        _ => return None,
    };
    let wide = matches!(opcode, 0x16 | 0x18 | 0x37 | 0x39);
    Some((index, if wide { 2 } else { 1 }))
}

impl Engine {
    fn step(&mut self, checker: &mut MethodChecker<'_, '_, '_>, pc: usize) -> Result<(), Failure> {
        let Some(state) = self.states[pc].clone() else {
            return Ok(());
        };
        let code = checker.code;
        let bci = pc as u16;
        let len = checker.lengths[pc] as usize;
        checker.frame = state.frame.clone();
        checker.frame.set_mark(bci);
        checker.this_uninit = false;
        if let Some(jumps) = checker.jumps.as_mut() {
            jumps.clear();
        }
        let (opcode, wide) = match code[pc] {
            0xc4 => (code[pc + 1], true),
            op => (op, false),
        };
        if !checker.cx.permissive {
            checks::check_registers(code, pc, &state.frame)?;
        }
        let mut subroutines = state.subroutines.clone();
        let flow = match opcode {
            0xa8 | 0xc9 => return self.jsr(checker, pc, &state),
            0xa9 => return self.ret(checker, pc, &state),
            0x3a | 0x4b..=0x4e
                if matches!(
                    checker.frame.stack_slice().last(),
                    Some(VType::ReturnAddress(_))
                ) =>
            {
                let (index, _) = local_access(code, pc).unwrap_or((0, 1));
                let value = checker.frame.pop_any()?;
                checker.frame.set_local(index, value)?;
                Flow::Next
            }
            _ => checker.execute(bci, opcode, wide, false)?,
        };
        touch(
            &mut subroutines,
            &state.frame,
            &checker.frame,
            local_access(code, pc),
        );
        let after = State {
            frame: checker.frame.clone(),
            subroutines,
        };
        self.merge_handlers(checker, pc, &state, Some(&after))?;
        let jumps = checker.jumps.clone().unwrap_or_default();
        for target in jumps {
            self.merge(checker, target.into(), after.clone(), false)?;
        }
        if flow == Flow::Next {
            let next = pc + len;
            if next >= code.len() {
                return Err(Failure::verify("Falling off the end of the code", None));
            }
            self.merge(checker, next, after, false)?;
        }
        Ok(())
    }

    /// Merges the exception states of the instruction at `pc` into its handlers: the incoming
    /// locals, and for a constructor call also the outgoing ones.
    fn merge_handlers(
        &mut self,
        checker: &mut MethodChecker<'_, '_, '_>,
        pc: usize,
        before: &State,
        after: Option<&State>,
    ) -> Result<(), Failure> {
        for i in 0..checker.handlers.len() {
            let h = checker.handlers[i];
            if pc < h.start as usize || pc >= h.end as usize {
                continue;
            }
            let caught = if h.catch_type == 0 {
                VType::Object(checker.cx.known.throwable)
            } else {
                checker.class_type_at(h.catch_type, pc as u16)?
            };
            let mut sources = vec![before];
            if let Some(after) = after.filter(|a| a.frame.locals != before.frame.locals)
                && checker.code[pc] == 0xb7
            {
                sources.push(after);
            }
            for source in sources {
                let mut state = source.clone();
                state.frame.stack_size = 0;
                state.frame.push(caught)?;
                self.merge(checker, h.handler.into(), state, true)?;
            }
        }
        Ok(())
    }

    fn jsr(
        &mut self,
        checker: &mut MethodChecker<'_, '_, '_>,
        pc: usize,
        state: &State,
    ) -> Result<(), Failure> {
        let target = jsr_target(checker.code, pc);
        let entry = u16::try_from(target)
            .ok()
            .filter(|t| {
                checker
                    .marks
                    .get(*t as usize)
                    .is_some_and(|m| *m != CodeMark::None)
            })
            .ok_or_else(|| Failure::verify("Illegal target of jump or branch", None))?;
        if state.subroutines.iter().any(|s| s.entry == entry) {
            return Err(Failure::verify("Recursive call to jsr entry", None));
        }
        self.merge_handlers(checker, pc, state, None)?;
        checker.frame.push(VType::ReturnAddress(entry))?;
        let mut after = State {
            frame: checker.frame.clone(),
            subroutines: state.subroutines.clone(),
        };
        let max_locals = checker.frame.locals.len();
        after.subroutines.push(Subroutine {
            entry,
            touched: vec![false; max_locals],
        });
        drop_uninitialized(&mut after.frame);
        self.merge(checker, entry.into(), after, false)?;
        for ret in self.rets_of.get(&entry).cloned().unwrap_or_default() {
            self.changed[ret as usize] = true;
        }
        Ok(())
    }

    fn ret(
        &mut self,
        checker: &mut MethodChecker<'_, '_, '_>,
        pc: usize,
        state: &State,
    ) -> Result<(), Failure> {
        let (index, _) = local_access(checker.code, pc).unwrap_or((0, 1));
        let entry = match state.frame.locals.get(index) {
            Some(VType::ReturnAddress(entry)) => *entry,
            Some(_) => {
                return Err(Failure::verify(
                    format!("Register {index} contains wrong type"),
                    None,
                ));
            }
            None => return Err(Failure::verify("Illegal local variable number", None)),
        };
        self.merge_handlers(checker, pc, state, None)?;
        let rets = self.rets_of.entry(entry).or_default();
        if !rets.contains(&(pc as u16)) {
            rets.push(pc as u16);
        }
        let callers = self
            .jsr_callers
            .get(&i64::from(entry))
            .cloned()
            .unwrap_or_default();
        for jsr in callers {
            match self.ret_of_jsr.get(&jsr) {
                Some(&r) if r != pc as u16 => {
                    return Err(Failure::verify("Multiple returns to single jsr", None));
                }
                _ => {
                    self.ret_of_jsr.insert(jsr, pc as u16);
                }
            }
            let Some(caller) = self.states[jsr as usize].clone() else {
                continue;
            };
            let Some(depth) = state.subroutines.iter().rposition(|s| s.entry == entry) else {
                return Err(Failure::verify("Illegal return from subroutine", None));
            };
            let touched = &state.subroutines[depth].touched;
            let mut frame = state.frame.clone();
            for (i, slot) in frame.locals.iter_mut().enumerate() {
                if !touched.get(i).copied().unwrap_or(false) {
                    *slot = caller.frame.locals.get(i).copied().unwrap_or(VType::Top);
                }
            }
            frame.locals_size = frame.locals_size.max(caller.frame.locals_size);
            drop_uninitialized(&mut frame);
            let mut subroutines = state.subroutines[..depth].to_vec();
            for (outer, s) in subroutines.iter_mut().enumerate() {
                if let Some(c) = caller.subroutines.get(outer) {
                    for (t, (&a, &b)) in s.touched.iter_mut().zip(touched.iter().zip(&c.touched)) {
                        *t |= a || b;
                    }
                }
            }
            let next = jsr as usize + checker.lengths[jsr as usize] as usize;
            if next >= checker.code.len() {
                return Err(Failure::verify("Falling off the end of the code", None));
            }
            self.merge(checker, next, State { frame, subroutines }, false)?;
        }
        Ok(())
    }

    /// Merges `incoming` into the state at `pc`, marking it changed if it grew.
    fn merge(
        &mut self,
        checker: &mut MethodChecker<'_, '_, '_>,
        pc: usize,
        incoming: State,
        _exception: bool,
    ) -> Result<(), Failure> {
        let Some(slot) = self.states.get_mut(pc) else {
            return Err(Failure::verify("Falling off the end of the code", None));
        };
        let Some(existing) = slot else {
            *slot = Some(incoming);
            self.changed[pc] = true;
            return Ok(());
        };
        let cx = &mut *checker.cx;
        let mut merged = existing.clone();
        let (old_size, new_size) = (existing.frame.stack_size, incoming.frame.stack_size);
        if old_size != new_size {
            if cx.permissive {
                return Err(Failure::verify("Inconsistent stack height", None));
            }
            let msg = format!("Inconsistent stack height {new_size} != {old_size}");
            return Err(Failure::verify(msg, None));
        }
        for i in 0..old_size {
            let ty = merge_types(cx, existing.frame.stack[i], incoming.frame.stack[i])?;
            if ty == VType::Top && existing.frame.stack[i] != VType::Top && !cx.permissive {
                return Err(Failure::verify("Mismatched stack types", None));
            }
            merged.frame.stack[i] = ty;
        }
        for i in 0..existing.frame.locals.len() {
            merged.frame.locals[i] =
                merge_types(cx, existing.frame.locals[i], incoming.frame.locals[i])?;
        }
        // The old verifier's register count: the registers defined on every path.
        let mut count = existing.frame.locals_size.min(incoming.frame.locals_size);
        while count > 0 && merged.frame.locals[count - 1] == VType::Top {
            count -= 1;
        }
        merged.frame.locals_size = count;
        merged.frame.flag_this_uninit |= incoming.frame.flag_this_uninit;
        merged.subroutines = existing
            .subroutines
            .iter()
            .filter_map(|s| {
                let other = incoming.subroutines.iter().find(|o| o.entry == s.entry)?;
                let touched = s
                    .touched
                    .iter()
                    .zip(&other.touched)
                    .map(|(a, b)| *a || *b)
                    .collect();
                Some(Subroutine {
                    entry: s.entry,
                    touched,
                })
            })
            .collect();
        if merged != *existing {
            *existing = merged;
            self.changed[pc] = true;
        }
        Ok(())
    }
}

/// Marks the locals an instruction read or changed as touched in every active subroutine.
fn touch(subs: &mut [Subroutine], before: &Frame, after: &Frame, access: Option<(usize, usize)>) {
    if subs.is_empty() {
        return;
    }
    for i in 0..before.locals.len() {
        let accessed = access.is_some_and(|(at, width)| i >= at && i < at + width);
        if accessed || before.locals[i] != after.locals[i] {
            for s in subs.iter_mut() {
                if let Some(t) = s.touched.get_mut(i) {
                    *t = true;
                }
            }
        }
    }
}

/// Uninitialized objects do not survive a `jsr` or `ret` (HotSpot's old verifier).
fn drop_uninitialized(frame: &mut Frame) {
    for slot in frame.locals.iter_mut() {
        if matches!(slot, VType::Uninitialized(_)) {
            *slot = VType::Top;
        }
    }
    let size = frame.stack_size;
    for slot in frame.stack[..size].iter_mut() {
        if matches!(slot, VType::Uninitialized(_)) {
            *slot = VType::Top;
        }
    }
}

/// The least upper bound of two types at a join point (`Top` when they do not merge).
fn merge_types(cx: &mut ClassContext<'_>, a: VType, b: VType) -> Result<VType, Failure> {
    if a == b {
        return Ok(a);
    }
    Ok(match (a, b) {
        (VType::Null, VType::Object(_)) => b,
        (VType::Object(_), VType::Null) => a,
        (VType::Object(x), VType::Object(y)) => VType::Object(common_super(cx, x, y)?),
        _ => VType::Top,
    })
}

/// The common superclass of two reference types, with interfaces and mixed arrays giving
/// `java/lang/Object`, and arrays of references merging element-wise.
fn common_super(cx: &mut ClassContext<'_>, x: Sym, y: Sym) -> Result<Sym, Failure> {
    let object = cx.known.object;
    if cx.permissive {
        return Ok(object);
    }
    if cx.is_assignable(VType::Object(x), VType::Object(y))? && !cx.is_interface_name(x)? {
        return Ok(x);
    }
    if cx.is_assignable(VType::Object(y), VType::Object(x))? && !cx.is_interface_name(y)? {
        return Ok(y);
    }
    let (xa, ya) = (cx.names.is_array(x), cx.names.is_array(y));
    if xa || ya {
        if !(xa && ya) {
            return Ok(object);
        }
        let (xs, ys) = (cx.names.name(x).to_owned(), cx.names.name(y).to_owned());
        let (xe, ye) = (&xs[1..], &ys[1..]);
        let element = |s: &str| {
            s.strip_prefix('L')
                .and_then(|s| s.strip_suffix(';'))
                .map(str::to_owned)
        };
        let inner = match (element(xe), element(ye)) {
            (Some(a), Some(b)) => {
                let (a, b) = (cx.names.intern(&a), cx.names.intern(&b));
                let common = common_super(cx, a, b)?;
                format!("[L{};", cx.names.name(common))
            }
            _ if xe.starts_with('[') && ye.starts_with('[') => {
                let (a, b) = (cx.names.intern(xe), cx.names.intern(ye));
                let common = common_super(cx, a, b)?;
                format!("[{}", cx.names.name(common))
            }
            _ if (xe.starts_with('[') || xe.starts_with('L'))
                && (ye.starts_with('[') || ye.starts_with('L')) =>
            {
                "[Ljava/lang/Object;".to_owned()
            }
            _ => return Ok(object),
        };
        return Ok(cx.names.intern(&inner));
    }
    if cx.is_interface_name(x)? || cx.is_interface_name(y)? {
        return Ok(object);
    }
    let mut chain = Vec::new();
    let mut current = Some(x);
    while let Some(c) = current {
        chain.push(c);
        current = cx.super_of(c)?;
        if chain.len() > 10_000 {
            break;
        }
    }
    let mut current = Some(y);
    let mut steps = 0;
    while let Some(c) = current {
        if chain.contains(&c) {
            return Ok(c);
        }
        current = cx.super_of(c)?;
        steps += 1;
        if steps > 10_000 {
            break;
        }
    }
    Ok(object)
}

//! Helpful `NullPointerException` messages (JEP 358) computed from the bytecode as HotSpot 17
//! does: a data-flow simulation of the operand stack records which instruction pushed each
//! slot (merged to "unknown" where paths disagree) and which locals were written; the message
//! names the failed action ("Cannot invoke \"String.length()\"") and, when the source of the
//! null is simple enough, what was null (`because "<local1>" is null`).

use super::decode::DecodedMethod;
use super::ops::{Elem, Op};
use super::validate::Shapes;
use crate::klass::{Klass, Method};

/// HotSpot's limit on the nesting of the cause description.
const MAX_DETAIL: usize = 5;

/// One simulated stack slot: the op that pushed it, if known.
type Src = Option<usize>;

#[derive(Clone, PartialEq)]
struct State {
    stack: Vec<Src>,
    written: Vec<bool>,
}

impl State {
    fn merge(&mut self, other: &State) -> bool {
        let mut changed = false;
        if self.stack.len() == other.stack.len() {
            for (a, b) in self.stack.iter_mut().zip(&other.stack) {
                if *a != *b && a.is_some() {
                    *a = None;
                    changed = true;
                }
            }
        }
        for (a, b) in self.written.iter_mut().zip(&other.written) {
            if *b && !*a {
                *a = true;
                changed = true;
            }
        }
        changed
    }
}

struct Pool<'a> {
    holder: &'a Klass,
}

impl Pool<'_> {
    /// (class internal name, member name, descriptor) of a member reference.
    fn member(&self, index: u16) -> Option<(String, String, String)> {
        let r = self
            .holder
            .class_file
            .as_ref()?
            .constant_pool
            .member_ref(index)
            .ok()?;
        Some((
            r.class_name.into_owned(),
            r.name.into_owned(),
            r.descriptor.into_owned(),
        ))
    }

    /// The slot counts of the holder's constant-pool references, as decoding checked them.
    fn shapes(&self) -> Option<Shapes<'_, '_>> {
        let cf = self.holder.class_file.as_ref()?;
        Some(Shapes::new(&cf.constant_pool))
    }

    fn field_slots(&self, index: u16) -> usize {
        self.shapes()
            .and_then(|s| s.field_slots(index))
            .unwrap_or(1)
    }

    /// (argument slots without receiver, return slots) of a method reference.
    fn call_shape(&self, index: u16) -> (usize, usize) {
        self.shapes()
            .and_then(|s| s.call_shape(index))
            .unwrap_or((0, 0))
    }
}

/// (pops, pushes) in slots of an op; branch and switch targets come from `successors`. The
/// method passed the decode-time check, so every reachable op has an effect.
fn effect(op: Op, pool: &Pool<'_>) -> (usize, usize) {
    pool.shapes()
        .and_then(|shapes| super::validate::effect(op, &shapes))
        .unwrap_or((0, 0))
}

/// Stack permutations keep their sources (JVMS dup semantics on slots).
fn apply(op: Op, at: usize, pool: &Pool<'_>, state: &mut State) -> bool {
    let (pops, pushes) = effect(op, pool);
    let n = state.stack.len();
    if n < pops {
        return false;
    }
    use Op::*;
    if let Checkcast(_) = op {
        // A checked reference keeps its source (HotSpot's simulation leaves the stack alone).
        return true;
    }
    let popped: Vec<Src> = state.stack.split_off(n - pops);
    match op {
        Dup | DupX1 | DupX2 | Dup2 | Dup2X1 | Dup2X2 | Swap => {
            let p = &popped;
            let out: Vec<Src> = match op {
                Dup => vec![p[0], p[0]],
                DupX1 => vec![p[1], p[0], p[1]],
                DupX2 => vec![p[2], p[0], p[1], p[2]],
                Dup2 => vec![p[0], p[1], p[0], p[1]],
                Dup2X1 => vec![p[1], p[2], p[0], p[1], p[2]],
                Dup2X2 => vec![p[2], p[3], p[0], p[1], p[2], p[3]],
                _ => vec![p[1], p[0]],
            };
            state.stack.extend(out);
        }
        _ => state.stack.extend(std::iter::repeat_n(Some(at), pushes)),
    }
    if let Store1(l) | Store2(l) | Iinc(l, _) = op
        && let Some(w) = state.written.get_mut(l as usize)
    {
        *w = true;
    }
    true
}

fn successors(op: Op, at: usize, code: &DecodedMethod) -> Vec<usize> {
    use Op::*;
    match op {
        Goto(t) => vec![t as usize],
        If(_, t) | IfIcmp(_, t) | IfAcmpEq(t) | IfAcmpNe(t) | IfNull(t) | IfNonNull(t) => {
            vec![at + 1, t as usize]
        }
        Jsr(t) => vec![t as usize],
        TableSwitch(i) | LookupSwitch(i) => match &code.switches[i as usize] {
            super::ops::Switch::Table {
                default, targets, ..
            } => std::iter::once(*default)
                .chain(targets.iter().copied())
                .map(|t| t as usize)
                .collect(),
            super::ops::Switch::Lookup { default, pairs } => std::iter::once(*default)
                .chain(pairs.iter().map(|p| p.1))
                .map(|t| t as usize)
                .collect(),
        },
        Return | ReturnRegisterFinalizer | Return1 | Return2 | Athrow | Ret(_) => vec![],
        _ => vec![at + 1],
    }
}

/// Simulates the method up to the state before op `target`.
fn simulate(
    method: &Method,
    code: &DecodedMethod,
    pool: &Pool<'_>,
    target: usize,
) -> Option<State> {
    let n = code.ops.len();
    let mut states: Vec<Option<State>> = vec![None; n];
    states[0] = Some(State {
        stack: Vec::new(),
        written: vec![false; method.max_locals],
    });
    let mut work = vec![0usize];
    while let Some(at) = work.pop() {
        let Some(mut state) = states[at].clone() else {
            continue;
        };
        let op = code.ops[at];
        for h in code
            .handlers
            .iter()
            .filter(|h| h.start as usize <= at && at < h.end as usize)
        {
            let hs = State {
                stack: vec![None],
                written: state.written.clone(),
            };
            flow(&mut states, &mut work, h.handler as usize, hs);
        }
        if !apply(op, at, pool, &mut state) {
            continue;
        }
        for next in successors(op, at, code) {
            if next < n {
                flow(&mut states, &mut work, next, state.clone());
            }
        }
    }
    states[target].take()
}

fn flow(states: &mut [Option<State>], work: &mut Vec<usize>, at: usize, state: State) {
    match &mut states[at] {
        Some(existing) => {
            if existing.merge(&state) {
                work.push(at);
            }
        }
        slot @ None => {
            *slot = Some(state);
            work.push(at);
        }
    }
}

/// The helpful message of a `NullPointerException` thrown at bytecode index `bci` of
/// `method` (the top frame of its backtrace), as `NullPointerException.getExtendedNPEMessage`
/// returns it: `None` for natives, for exceptions created by reflection, and for those
/// created explicitly (the frame is at a constructor call) or at an instruction that cannot
/// throw one.
pub fn extended_npe_message(method: &'static Method, bci: u32) -> Option<String> {
    let holder = method.holder();
    if method.is_native() || holder.name == "jdk/internal/reflect/NativeConstructorAccessorImpl" {
        return None;
    }
    let code = method.decoded.get()?.as_ref().ok()?;
    let cur = code.index_of_pc(bci)?;
    if let Op::InvokeVirtual(i) | Op::InvokeSpecial(i) | Op::InvokeInterface(i) = code.ops[cur]
        && (Pool { holder }).member(i).is_some_and(|m| m.1 == "<init>")
    {
        return None;
    }
    helpful_message(method, cur)
}

/// The helpful message for a null dereference by op `cur` of `method`, `None` if the op
/// cannot throw one implicitly.
fn helpful_message(method: &'static Method, cur: usize) -> Option<String> {
    let code = method.decoded.get()?.as_ref().ok()?;
    let pool = Pool {
        holder: method.holder(),
    };
    let op = *code.ops.get(cur)?;
    let (action, depth) = failed_action(op, &pool)?;
    let mut msg = action;
    if let Some(state) = simulate(method, code, &pool, cur)
        && state.stack.len() > depth
    {
        let slot = state.stack.len() - 1 - depth;
        let mut cause = String::new();
        let states = Analysis {
            method,
            code,
            pool: &pool,
        };
        if let Some(src) = state.stack[slot]
            && states.describe(&mut cause, src, MAX_DETAIL)
        {
            if matches!(
                code.ops[src],
                Op::InvokeVirtual(_)
                    | Op::InvokeSpecial(_)
                    | Op::InvokeStatic(_)
                    | Op::InvokeInterface(_)
            ) {
                msg.push_str(" because the return value of \"");
            } else {
                msg.push_str(" because \"");
            }
            msg.push_str(&cause);
            msg.push_str("\" is null");
        }
    }
    Some(msg)
}

/// The action text and the depth (from the top, in slots) of the null reference.
fn failed_action(op: Op, pool: &Pool<'_>) -> Option<(String, usize)> {
    use Op::*;
    let elem_name = |e: Elem| match e {
        Elem::Int => "int",
        Elem::Long => "long",
        Elem::Float => "float",
        Elem::Double => "double",
        Elem::Ref => "object",
        Elem::Byte => "byte/boolean",
        Elem::Char => "char",
        Elem::Short => "short",
    };
    Some(match op {
        ArrayLoad(e) => (format!("Cannot load from {} array", elem_name(e)), 1),
        ArrayStore(e) => {
            let d = if matches!(e, Elem::Long | Elem::Double) {
                3
            } else {
                2
            };
            (format!("Cannot store to {} array", elem_name(e)), d)
        }
        ArrayLength => ("Cannot read the array length".to_string(), 0),
        Athrow => ("Cannot throw exception".to_string(), 0),
        MonitorEnter => ("Cannot enter synchronized block".to_string(), 0),
        MonitorExit => ("Cannot exit synchronized block".to_string(), 0),
        GetField(i) => (format!("Cannot read field \"{}\"", pool.member(i)?.1), 0),
        PutField(i) => (
            format!("Cannot assign field \"{}\"", pool.member(i)?.1),
            pool.field_slots(i),
        ),
        InvokeVirtual(i) | InvokeSpecial(i) | InvokeInterface(i) => (
            format!("Cannot invoke \"{}\"", method_name(pool, i)?),
            pool.call_shape(i).0,
        ),
        _ => return None,
    })
}

fn klass_name(internal: &str) -> String {
    match internal {
        "java/lang/Object" => "Object".to_string(),
        "java/lang/String" => "String".to_string(),
        other => other.replace('/', "."),
    }
}

fn method_name(pool: &Pool<'_>, index: u16) -> Option<String> {
    let (class, name, descriptor) = pool.member(index)?;
    let full = crate::klass::external_method_name("X", &name, &descriptor);
    let params = full
        .split_once('(')
        .map_or("", |p| p.1)
        .trim_end_matches(')');
    let params: Vec<&str> = params
        .split(", ")
        .filter(|p| !p.is_empty())
        .map(|p| {
            // HotSpot trims the package of any parameter type starting with these names:
            // `Object[]`, and also `StringBuilder`.
            if p.starts_with("java.lang.Object") || p.starts_with("java.lang.String") {
                &p["java.lang.".len()..]
            } else {
                p
            }
        })
        .collect();
    Some(format!(
        "{}.{name}({})",
        klass_name(&class),
        params.join(", ")
    ))
}

struct Analysis<'a> {
    method: &'static Method,
    code: &'a DecodedMethod,
    pool: &'a Pool<'a>,
}

impl Analysis<'_> {
    /// Describes what op `src` pushed; `false` if it is too complex.
    fn describe(&self, out: &mut String, src: usize, detail: usize) -> bool {
        if detail == 0 {
            return false;
        }
        let op = self.code.ops[src];
        match op {
            Op::Load1(n) => {
                let written = simulate(self.method, self.code, self.pool, src)
                    .is_some_and(|s| s.written.get(n as usize).copied().unwrap_or(false));
                out.push_str(&self.local_name(src, n as usize, !written));
                true
            }
            Op::AconstNull => {
                out.push_str("null");
                true
            }
            Op::Iconst(v) if (-1..=5).contains(&v) || self.is_push_const(src) => {
                out.push_str(&v.to_string());
                true
            }
            Op::ArrayLoad(Elem::Int | Elem::Ref) => {
                let Some(state) = simulate(self.method, self.code, self.pool, src) else {
                    return false;
                };
                let n = state.stack.len();
                let (array, index) = (
                    state.stack.get(n.wrapping_sub(2)).copied().flatten(),
                    state.stack.get(n.wrapping_sub(1)).copied().flatten(),
                );
                if !array.is_some_and(|a| self.describe(out, a, detail - 1)) {
                    out.push_str("<array>");
                }
                out.push('[');
                if !index.is_some_and(|i| self.describe(out, i, detail)) {
                    out.push_str("...");
                }
                out.push(']');
                true
            }
            Op::GetStatic(i) => match self.pool.member(i) {
                Some((class, name, _)) => {
                    out.push_str(&format!("{}.{name}", klass_name(&class)));
                    true
                }
                None => false,
            },
            Op::GetField(i) => {
                let Some((_, name, _)) = self.pool.member(i) else {
                    return false;
                };
                let sender = simulate(self.method, self.code, self.pool, src)
                    .and_then(|s| s.stack.last().copied().flatten());
                if sender.is_some_and(|s| self.describe(out, s, detail - 1)) {
                    out.push('.');
                }
                out.push_str(&name);
                true
            }
            Op::InvokeVirtual(i)
            | Op::InvokeSpecial(i)
            | Op::InvokeStatic(i)
            | Op::InvokeInterface(i) => match method_name(self.pool, i) {
                Some(m) => {
                    out.push_str(&m);
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// Whether the `Iconst` at `src` came from `bipush`/`sipush` (printed) rather than `ldc`.
    fn is_push_const(&self, src: usize) -> bool {
        let Some(cf) = self.method.holder().class_file.as_ref() else {
            return false;
        };
        let code = cf.methods.get(self.method.index).and_then(|m| m.code());
        let pc = self.code.pcs[src] as usize;
        code.and_then(|c| c.code.get(pc))
            .is_some_and(|&b| b == 0x10 || b == 0x11)
    }

    /// HotSpot's name for local `slot` at op `at`: its name from the `LocalVariableTable`,
    /// else `this`, `<parameterN>` or `<localN>`.
    fn local_name(&self, at: usize, slot: usize, is_parameter: bool) -> String {
        let m = self.method;
        let pc = self.code.pcs[at];
        if let Some(cf) = m.holder().class_file.as_ref()
            && let Some(code) = cf.methods.get(m.index).and_then(|x| x.code())
        {
            for table in &code.local_variable_tables {
                for lv in table.iter() {
                    let (start, end) = (
                        u32::from(lv.start_pc),
                        u32::from(lv.start_pc) + u32::from(lv.length),
                    );
                    if pc >= start
                        && pc < end
                        && usize::from(lv.index) == slot
                        && let Ok(name) = cf.constant_pool.utf8(lv.name_index)
                    {
                        return name.into_owned();
                    }
                }
            }
        }
        if !m.is_static() && slot == 0 && is_parameter {
            return "this".to_string();
        }
        let mut curr = usize::from(!m.is_static());
        for (i, k) in m.param_kinds.iter().enumerate() {
            if slot >= curr && slot < curr + k.slots() {
                if is_parameter {
                    return format!("<parameter{}>", i + 1);
                }
                break;
            }
            curr += k.slots();
        }
        format!("<local{slot}>")
    }
}

//! Decoding a method's bytecode once into the internal form ([`DecodedMethod`]).

use classfile::Constant;
use classfile::bytecode::{Instruction, Opcode, decode_method};

use super::ops::{Arith, Cond, Elem, Op, Switch};
use crate::klass::Method;
use crate::natives::Intrinsic;

/// An exception handler with op indices.
#[derive(Debug, Clone, Copy)]
pub struct Handler {
    /// First covered op (inclusive).
    pub start: u32,
    /// End of the covered range (exclusive).
    pub end: u32,
    /// The handler's first op.
    pub handler: u32,
    /// `Class` index of the caught type, 0 for any.
    pub catch_type: u16,
}

/// A method's code in the interpreter's form.
#[derive(Debug)]
pub struct DecodedMethod {
    /// The ops, one per bytecode instruction.
    pub ops: Vec<Op>,
    /// The ops the dispatch loop runs: `ops` with common pairs fused into one op at the first
    /// one's index, which runs both and continues after the second. The second stays in place
    /// on its own, so jumps to it and every index (`pcs`, handlers, frames) keep their meaning.
    /// Only pairs that neither throw nor call are fused.
    pub fused: Vec<Op>,
    /// The bytecode index of each op.
    pub pcs: Vec<u32>,
    /// Exception handlers in order of precedence.
    pub handlers: Vec<Handler>,
    /// Switch tables referenced by `TableSwitch`/`LookupSwitch`.
    pub switches: Vec<Switch>,
    /// The bits of the `long` and `double` constants referenced by `Const2`.
    pub wide: Vec<u64>,
    /// One call site per `invokedynamic` instruction, referenced by `InvokeDynamic`.
    pub call_sites: Box<[super::indy::CallSite]>,
    /// The VM's own code replacing the bytecode (run by [`Op::Intrinsic`]).
    pub intrinsic: Option<Intrinsic>,
    /// The op indices where a `ret` may continue (after each reachable `jsr`), sorted.
    pub ret_targets: Box<[u32]>,
}

impl DecodedMethod {
    /// The op index of bytecode index `pc`.
    pub fn index_of_pc(&self, pc: u32) -> Option<usize> {
        self.pcs.binary_search(&pc).ok()
    }
}

/// Decodes `method` (which must have code). Errors are (exception class, message).
pub(crate) fn decode(method: &Method) -> Result<DecodedMethod, (String, String)> {
    let holder = method.holder();
    let verify_error = |m: String| ("java/lang/VerifyError".to_string(), m);
    let cf = holder
        .class_file
        .as_ref()
        .ok_or_else(|| verify_error("no class file".into()))?;
    let code = cf
        .methods
        .get(method.index)
        .and_then(|m| m.code())
        .ok_or_else(|| verify_error(format!("Method {} has no code", method.name)))?;
    let decoded = decode_method(code.code).map_err(|e| verify_error(e.to_string()))?;
    let instructions = decoded.instructions();
    let index = |pc: u32| -> Result<u32, (String, String)> {
        decoded
            .index_of(pc)
            .map(|i| i as u32)
            .ok_or_else(|| verify_error(format!("Illegal target of jump or branch {pc}")))
    };
    let pool = &cf.constant_pool;
    let mut ops = Vec::with_capacity(instructions.len());
    let mut pcs = Vec::with_capacity(instructions.len());
    let mut switches = Vec::new();
    let mut wide = Vec::new();
    let mut call_sites = Vec::new();
    for (pc, ins) in instructions {
        pcs.push(*pc);
        let op = match *ins {
            Instruction::Simple(opcode) => match opcode {
                Opcode::Lconst0 => wide_const(&mut wide, 0),
                Opcode::Lconst1 => wide_const(&mut wide, 1),
                Opcode::Dconst0 => wide_const(&mut wide, 0f64.to_bits()),
                Opcode::Dconst1 => wide_const(&mut wide, 1f64.to_bits()),
                _ => simple(opcode),
            },
            Instruction::Bipush(v) => Op::Iconst(i32::from(v)),
            Instruction::Sipush(v) => Op::Iconst(i32::from(v)),
            Instruction::ConstantPool { opcode, index } => match opcode {
                Opcode::Ldc | Opcode::LdcW | Opcode::Ldc2W => match pool.raw(index) {
                    Some(Constant::Integer(v)) => Op::Iconst(*v),
                    Some(Constant::Float(v)) => Op::Fconst(*v),
                    Some(Constant::Long(v)) => wide_const(&mut wide, *v as u64),
                    Some(Constant::Double(v)) => wide_const(&mut wide, v.to_bits()),
                    Some(Constant::String { .. }) => Op::LdcString(index),
                    Some(Constant::Class { .. }) => Op::LdcClass(index),
                    _ => Op::LdcDynamic(index),
                },
                Opcode::Getstatic => Op::GetStatic(index),
                Opcode::Putstatic => Op::PutStatic(index),
                Opcode::Getfield => Op::GetField(index),
                Opcode::Putfield => Op::PutField(index),
                Opcode::Invokevirtual => Op::InvokeVirtual(index),
                Opcode::Invokespecial => Op::InvokeSpecial(index),
                Opcode::Invokestatic => Op::InvokeStatic(index),
                Opcode::New => Op::New(index),
                Opcode::Anewarray => Op::ANewArray(index),
                Opcode::Checkcast => Op::Checkcast(index),
                Opcode::Instanceof => Op::Instanceof(index),
                other => return Err(verify_error(format!("unexpected operand for {other:?}"))),
            },
            Instruction::Local { opcode, index, .. } => match opcode {
                Opcode::Iload | Opcode::Fload | Opcode::Aload => Op::Load1(index),
                Opcode::Lload | Opcode::Dload => Op::Load2(index),
                Opcode::Istore | Opcode::Fstore | Opcode::Astore => Op::Store1(index),
                Opcode::Lstore | Opcode::Dstore => Op::Store2(index),
                _ => Op::Ret(index),
            },
            Instruction::Iinc { index, delta, .. } => Op::Iinc(index, delta),
            Instruction::Branch { opcode, target } => {
                let t = index(target)?;
                match opcode {
                    Opcode::Ifeq => Op::If(Cond::Eq, t),
                    Opcode::Ifne => Op::If(Cond::Ne, t),
                    Opcode::Iflt => Op::If(Cond::Lt, t),
                    Opcode::Ifge => Op::If(Cond::Ge, t),
                    Opcode::Ifgt => Op::If(Cond::Gt, t),
                    Opcode::Ifle => Op::If(Cond::Le, t),
                    Opcode::IfIcmpeq => Op::IfIcmp(Cond::Eq, t),
                    Opcode::IfIcmpne => Op::IfIcmp(Cond::Ne, t),
                    Opcode::IfIcmplt => Op::IfIcmp(Cond::Lt, t),
                    Opcode::IfIcmpge => Op::IfIcmp(Cond::Ge, t),
                    Opcode::IfIcmpgt => Op::IfIcmp(Cond::Gt, t),
                    Opcode::IfIcmple => Op::IfIcmp(Cond::Le, t),
                    Opcode::IfAcmpeq => Op::IfAcmpEq(t),
                    Opcode::IfAcmpne => Op::IfAcmpNe(t),
                    Opcode::Ifnull => Op::IfNull(t),
                    Opcode::Ifnonnull => Op::IfNonNull(t),
                    Opcode::Jsr | Opcode::JsrW => Op::Jsr(t),
                    _ => Op::Goto(t),
                }
            }
            Instruction::TableSwitch(ts) => {
                let targets = ts.targets().map(index).collect::<Result<Vec<_>, _>>()?;
                switches.push(Switch::Table {
                    low: ts.low,
                    default: index(ts.default)?,
                    targets,
                });
                Op::TableSwitch(switches.len() as u32 - 1)
            }
            Instruction::LookupSwitch(ls) => {
                let mut pairs = Vec::with_capacity(ls.len());
                for (key, target) in ls.pairs() {
                    pairs.push((key, index(target)?));
                }
                pairs.sort_by_key(|p| p.0);
                switches.push(Switch::Lookup {
                    default: index(ls.default)?,
                    pairs,
                });
                Op::LookupSwitch(switches.len() as u32 - 1)
            }
            Instruction::InvokeInterface { index, .. } => Op::InvokeInterface(index),
            Instruction::InvokeDynamic { index } => {
                call_sites.push(super::indy::CallSite::new(index));
                Op::InvokeDynamic(index, (call_sites.len() - 1) as u16)
            }
            Instruction::NewArray(t) => Op::NewArray(t.atype()),
            Instruction::MultiANewArray { index, dimensions } => {
                Op::MultiANewArray(index, dimensions)
            }
        };
        ops.push(op);
    }
    let end_index = |pc: u16| -> u32 {
        decoded
            .index_of(u32::from(pc))
            .map_or(ops.len() as u32, |i| i as u32)
    };
    let handlers = code
        .exception_table
        .iter()
        .map(|h| Handler {
            start: end_index(h.start_pc),
            end: end_index(h.end_pc),
            handler: end_index(h.handler_pc),
            catch_type: h.catch_type,
        })
        .collect();
    // Objects are registered for finalization when `Object.<init>` returns, so that an object
    // whose construction never reached it is never finalized.
    if holder.name == "java/lang/Object" && method.name == "<init>" {
        for op in ops.iter_mut().filter(|op| matches!(op, Op::Return)) {
            *op = Op::ReturnRegisterFinalizer;
        }
    }
    let fused = fuse(&ops, &wide);
    let mut decoded = DecodedMethod {
        ops,
        fused,
        pcs,
        handlers,
        switches,
        wide,
        call_sites: call_sites.into_boxed_slice(),
        intrinsic: None,
        ret_targets: Box::new([]),
    };
    decoded.ret_targets = super::validate::check(method, &decoded, pool).map_err(verify_error)?;
    Ok(decoded)
}

/// The code of a method replaced by `intrinsic`: the intrinsic, then the return of its
/// `double`. Both ops stand at bytecode index 0, where the frame holds no reference.
pub(crate) fn intrinsic_code(intrinsic: Intrinsic) -> DecodedMethod {
    DecodedMethod {
        ops: vec![Op::Intrinsic, Op::Return2],
        fused: vec![Op::Intrinsic, Op::Return2],
        pcs: vec![0, 0],
        handlers: Vec::new(),
        switches: Vec::new(),
        wide: Vec::new(),
        call_sites: Box::new([]),
        intrinsic: Some(intrinsic),
        ret_targets: Box::new([]),
    }
}

/// `ops` as the dispatch loop runs them: branches with one op per condition, small wide
/// constants in the op, and each fusable sequence replaced by its fused op at the first one's
/// index (the later ones stay in place for jumps to them).
fn fuse(ops: &[Op], wide: &[u64]) -> Vec<Op> {
    let mut fused: Vec<Op> = ops.iter().map(|&op| specialise(op, wide)).collect();
    for i in 0..ops.len() {
        let next = |k: usize| ops.get(i + k).copied().unwrap_or(Op::Nop);
        fused[i] = match (ops[i], next(1), next(2)) {
            (Op::Load1(a), Op::Load1(b), Op::IfIcmp(c, t)) if a < 256 && b < 256 => {
                Op::LoadLoadIfIcmp(c, a as u8, b as u8, t)
            }
            (Op::Load1(a), Op::Load1(b), Op::ArrayLoad(e)) => Op::LoadLoadArrayLoad(e, a, b),
            (Op::Load1(a), Op::Load1(b), _) => Op::Load1Load1(a, b),
            (Op::Load2(a), Op::Load2(b), _) => Op::Load2Load2(a, b),
            (Op::Iinc(n, d), Op::Goto(t), _) if n < 256 => Op::IincGoto(n as u8, d, t),
            (Op::Lcmp, Op::If(c, t), _) => Op::LcmpIf(c, t),
            (Op::Dcmpg, Op::If(c, t), _) => Op::DcmpIf(c, true, t),
            (Op::Dcmpl, Op::If(c, t), _) => Op::DcmpIf(c, false, t),
            _ => fused[i],
        };
    }
    fused
}

/// The one-op-per-condition form of a branch, or a wide constant held in the op.
fn specialise(op: Op, wide: &[u64]) -> Op {
    match op {
        Op::If(c, t) => match c {
            Cond::Eq => Op::IfEq(t),
            Cond::Ne => Op::IfNe(t),
            Cond::Lt => Op::IfLt(t),
            Cond::Ge => Op::IfGe(t),
            Cond::Gt => Op::IfGt(t),
            Cond::Le => Op::IfLe(t),
        },
        Op::IfIcmp(c, t) => match c {
            Cond::Eq => Op::IfIcmpEq(t),
            Cond::Ne => Op::IfIcmpNe(t),
            Cond::Lt => Op::IfIcmpLt(t),
            Cond::Ge => Op::IfIcmpGe(t),
            Cond::Gt => Op::IfIcmpGt(t),
            Cond::Le => Op::IfIcmpLe(t),
        },
        Op::Const2(i) => match wide.get(i as usize) {
            // Either form pushes the same bits: a long's two's complement, a double's IEEE
            // bits (both forms are used for both kinds; the slot holds bits, not a type).
            Some(&bits) if i32::try_from(bits as i64).is_ok() => Op::Lconst(bits as i64 as i32),
            Some(&bits)
                if !f64::from_bits(bits).is_nan()
                    && f64::from(f64::from_bits(bits) as f32).to_bits() == bits =>
            {
                Op::Dconst(f64::from_bits(bits) as f32)
            }
            _ => op,
        },
        _ => op,
    }
}

/// The op pushing the 64-bit constant `bits`, recorded once in `wide`.
fn wide_const(wide: &mut Vec<u64>, bits: u64) -> Op {
    let index = wide.iter().position(|&w| w == bits).unwrap_or_else(|| {
        wide.push(bits);
        wide.len() - 1
    });
    Op::Const2(index as u32)
}

fn simple(opcode: Opcode) -> Op {
    use Opcode as O;
    match opcode {
        O::Nop => Op::Nop,
        O::AconstNull => Op::AconstNull,
        O::IconstM1 => Op::Iconst(-1),
        O::Iconst0 => Op::Iconst(0),
        O::Iconst1 => Op::Iconst(1),
        O::Iconst2 => Op::Iconst(2),
        O::Iconst3 => Op::Iconst(3),
        O::Iconst4 => Op::Iconst(4),
        O::Iconst5 => Op::Iconst(5),
        O::Fconst0 => Op::Fconst(0.0),
        O::Fconst1 => Op::Fconst(1.0),
        O::Fconst2 => Op::Fconst(2.0),
        O::Iload0 | O::Fload0 | O::Aload0 => Op::Load1(0),
        O::Iload1 | O::Fload1 | O::Aload1 => Op::Load1(1),
        O::Iload2 | O::Fload2 | O::Aload2 => Op::Load1(2),
        O::Iload3 | O::Fload3 | O::Aload3 => Op::Load1(3),
        O::Lload0 | O::Dload0 => Op::Load2(0),
        O::Lload1 | O::Dload1 => Op::Load2(1),
        O::Lload2 | O::Dload2 => Op::Load2(2),
        O::Lload3 | O::Dload3 => Op::Load2(3),
        O::Istore0 | O::Fstore0 | O::Astore0 => Op::Store1(0),
        O::Istore1 | O::Fstore1 | O::Astore1 => Op::Store1(1),
        O::Istore2 | O::Fstore2 | O::Astore2 => Op::Store1(2),
        O::Istore3 | O::Fstore3 | O::Astore3 => Op::Store1(3),
        O::Lstore0 | O::Dstore0 => Op::Store2(0),
        O::Lstore1 | O::Dstore1 => Op::Store2(1),
        O::Lstore2 | O::Dstore2 => Op::Store2(2),
        O::Lstore3 | O::Dstore3 => Op::Store2(3),
        O::Iaload => Op::ArrayLoad(Elem::Int),
        O::Laload => Op::ArrayLoad(Elem::Long),
        O::Faload => Op::ArrayLoad(Elem::Float),
        O::Daload => Op::ArrayLoad(Elem::Double),
        O::Aaload => Op::ArrayLoad(Elem::Ref),
        O::Baload => Op::ArrayLoad(Elem::Byte),
        O::Caload => Op::ArrayLoad(Elem::Char),
        O::Saload => Op::ArrayLoad(Elem::Short),
        O::Iastore => Op::ArrayStore(Elem::Int),
        O::Lastore => Op::ArrayStore(Elem::Long),
        O::Fastore => Op::ArrayStore(Elem::Float),
        O::Dastore => Op::ArrayStore(Elem::Double),
        O::Aastore => Op::ArrayStore(Elem::Ref),
        O::Bastore => Op::ArrayStore(Elem::Byte),
        O::Castore => Op::ArrayStore(Elem::Char),
        O::Sastore => Op::ArrayStore(Elem::Short),
        O::Pop => Op::Pop,
        O::Pop2 => Op::Pop2,
        O::Dup => Op::Dup,
        O::DupX1 => Op::DupX1,
        O::DupX2 => Op::DupX2,
        O::Dup2 => Op::Dup2,
        O::Dup2X1 => Op::Dup2X1,
        O::Dup2X2 => Op::Dup2X2,
        O::Swap => Op::Swap,
        O::Idiv => Op::Idiv,
        O::Ldiv => Op::Ldiv,
        O::Irem => Op::Irem,
        O::Lrem => Op::Lrem,
        O::Ireturn | O::Freturn | O::Areturn => Op::Return1,
        O::Lreturn | O::Dreturn => Op::Return2,
        O::Return => Op::Return,
        O::Arraylength => Op::ArrayLength,
        O::Athrow => Op::Athrow,
        O::Monitorenter => Op::MonitorEnter,
        O::Monitorexit => Op::MonitorExit,
        other => Op::from_arith(arith(other)),
    }
}

fn arith(opcode: Opcode) -> Arith {
    use Opcode as O;
    match opcode {
        O::Iadd => Arith::Iadd,
        O::Ladd => Arith::Ladd,
        O::Fadd => Arith::Fadd,
        O::Dadd => Arith::Dadd,
        O::Isub => Arith::Isub,
        O::Lsub => Arith::Lsub,
        O::Fsub => Arith::Fsub,
        O::Dsub => Arith::Dsub,
        O::Imul => Arith::Imul,
        O::Lmul => Arith::Lmul,
        O::Fmul => Arith::Fmul,
        O::Dmul => Arith::Dmul,
        O::Fdiv => Arith::Fdiv,
        O::Ddiv => Arith::Ddiv,
        O::Frem => Arith::Frem,
        O::Drem => Arith::Drem,
        O::Ineg => Arith::Ineg,
        O::Lneg => Arith::Lneg,
        O::Fneg => Arith::Fneg,
        O::Dneg => Arith::Dneg,
        O::Ishl => Arith::Ishl,
        O::Lshl => Arith::Lshl,
        O::Ishr => Arith::Ishr,
        O::Lshr => Arith::Lshr,
        O::Iushr => Arith::Iushr,
        O::Lushr => Arith::Lushr,
        O::Iand => Arith::Iand,
        O::Land => Arith::Land,
        O::Ior => Arith::Ior,
        O::Lor => Arith::Lor,
        O::Ixor => Arith::Ixor,
        O::Lxor => Arith::Lxor,
        O::I2l => Arith::I2l,
        O::I2f => Arith::I2f,
        O::I2d => Arith::I2d,
        O::L2i => Arith::L2i,
        O::L2f => Arith::L2f,
        O::L2d => Arith::L2d,
        O::F2i => Arith::F2i,
        O::F2l => Arith::F2l,
        O::F2d => Arith::F2d,
        O::D2i => Arith::D2i,
        O::D2l => Arith::D2l,
        O::D2f => Arith::D2f,
        O::I2b => Arith::I2b,
        O::I2c => Arith::I2c,
        O::I2s => Arith::I2s,
        O::Lcmp => Arith::Lcmp,
        O::Fcmpl => Arith::Fcmpl,
        O::Fcmpg => Arith::Fcmpg,
        O::Dcmpl => Arith::Dcmpl,
        // Only dcmpg remains: every other opcode without operands is mapped in `simple`.
        _ => Arith::Dcmpg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuses_load_pairs_and_increment_goto_keeping_the_second_op() {
        let ops = [
            Op::Load1(1),
            Op::Load1(2),
            Op::Load1(3),
            Op::Iinc(1, -1),
            Op::Goto(0),
            Op::Iinc(300, 1),
            Op::Goto(0),
            Op::Load1(4),
        ];
        assert_eq!(
            fuse(&ops, &[]),
            [
                Op::Load1Load1(1, 2),
                Op::Load1Load1(2, 3),
                Op::Load1(3),
                Op::IincGoto(1, -1, 0),
                Op::Goto(0),
                // A local beyond 255 does not fit the fused op.
                Op::Iinc(300, 1),
                Op::Goto(0),
                Op::Load1(4),
            ]
        );
    }

    #[test]
    fn fuses_compare_branches_and_array_loads_and_specialises_conditions_and_constants() {
        let wide = [7u64, 2.5f64.to_bits(), 0.1f64.to_bits(), (1u64 << 40)];
        let ops = [
            Op::Load1(1),
            Op::Load1(2),
            Op::IfIcmp(Cond::Ge, 9),
            Op::Load1(1),
            Op::Load1(2),
            Op::ArrayLoad(Elem::Double),
            Op::Lcmp,
            Op::If(Cond::Ne, 0),
            Op::Dcmpl,
            Op::If(Cond::Lt, 1),
            Op::Const2(0),
            Op::Const2(1),
            Op::Const2(2),
            Op::Const2(3),
            Op::Load2(4),
            Op::Load2(6),
        ];
        assert_eq!(
            fuse(&ops, &wide),
            [
                Op::LoadLoadIfIcmp(Cond::Ge, 1, 2, 9),
                Op::Load1(2),
                Op::IfIcmpGe(9),
                Op::LoadLoadArrayLoad(Elem::Double, 1, 2),
                Op::Load1(2),
                Op::ArrayLoad(Elem::Double),
                Op::LcmpIf(Cond::Ne, 0),
                Op::IfNe(0),
                Op::DcmpIf(Cond::Lt, false, 1),
                Op::IfLt(1),
                Op::Lconst(7),
                Op::Dconst(2.5),
                // Neither an int nor exactly a float.
                Op::Const2(2),
                Op::Const2(3),
                Op::Load2Load2(4, 6),
                Op::Load2(6),
            ]
        );
    }
}

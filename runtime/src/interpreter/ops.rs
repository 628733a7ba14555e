//! The interpreter's internal instruction form: one [`Op`] per bytecode instruction, operands
//! widened, branch targets as indices into the op array, constant-pool operands as indices
//! into the class's resolution cache, constants inlined.

/// Array element kinds for the array load/store instructions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elem {
    /// `int`
    Int,
    /// `long`
    Long,
    /// `float`
    Float,
    /// `double`
    Double,
    /// reference
    Ref,
    /// `byte` or `boolean`
    Byte,
    /// `char`
    Char,
    /// `short`
    Short,
}

impl Elem {
    /// Slots an element of this kind takes on the operand stack.
    #[inline(always)]
    pub fn slots(self) -> usize {
        match self {
            Elem::Long | Elem::Double => 2,
            _ => 1,
        }
    }
}

/// Comparison of a conditional branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cond {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `>=`
    Ge,
    /// `>`
    Gt,
    /// `<=`
    Le,
}

impl Cond {
    /// Whether `a <cond> b`.
    #[inline(always)]
    pub fn test(self, a: i32, b: i32) -> bool {
        match self {
            Cond::Eq => a == b,
            Cond::Ne => a != b,
            Cond::Lt => a < b,
            Cond::Ge => a >= b,
            Cond::Gt => a > b,
            Cond::Le => a <= b,
        }
    }
}

/// Binary and unary arithmetic, logic and conversions (no operands, never throwing except the
/// integer divisions, which are separate ops).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Arith {
    Iadd,
    Ladd,
    Fadd,
    Dadd,
    Isub,
    Lsub,
    Fsub,
    Dsub,
    Imul,
    Lmul,
    Fmul,
    Dmul,
    Fdiv,
    Ddiv,
    Frem,
    Drem,
    Ineg,
    Lneg,
    Fneg,
    Dneg,
    Ishl,
    Lshl,
    Ishr,
    Lshr,
    Iushr,
    Lushr,
    Iand,
    Land,
    Ior,
    Lor,
    Ixor,
    Lxor,
    I2l,
    I2f,
    I2d,
    L2i,
    L2f,
    L2d,
    F2i,
    F2l,
    F2d,
    D2i,
    D2l,
    D2f,
    I2b,
    I2c,
    I2s,
    Lcmp,
    Fcmpl,
    Fcmpg,
    Dcmpl,
    Dcmpg,
}

/// One internal instruction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    /// `nop`
    Nop,
    /// `aconst_null`
    AconstNull,
    /// Push an `int` (iconst, bipush, sipush, ldc of an Integer).
    Iconst(i32),
    /// Push a `long` or `double`: the bits are entry `n` of the method's wide constants (kept
    /// out of the op so that an op is 8 bytes and dispatch loads it into one register).
    Const2(u32),
    /// Push a `float`.
    Fconst(f32),
    /// `ldc` of a String.
    LdcString(u16),
    /// `ldc` of a Class.
    LdcClass(u16),
    /// `ldc` of a MethodType, MethodHandle or dynamic constant.
    LdcDynamic(u16),
    /// Load a one-slot local (iload, fload, aload).
    Load1(u16),
    /// Load a two-slot local (lload, dload).
    Load2(u16),
    /// Two `Load1` in a row, fused (only in [`DecodedMethod::fused`](super::DecodedMethod)).
    Load1Load1(u16, u16),
    /// Store a one-slot local.
    Store1(u16),
    /// Store a two-slot local.
    Store2(u16),
    /// `xaload`
    ArrayLoad(Elem),
    /// `xastore`
    ArrayStore(Elem),
    /// `pop`
    Pop,
    /// `pop2`
    Pop2,
    /// `dup`
    Dup,
    /// `dup_x1`
    DupX1,
    /// `dup_x2`
    DupX2,
    /// `dup2`
    Dup2,
    /// `dup2_x1`
    Dup2X1,
    /// `dup2_x2`
    Dup2X2,
    /// `swap`
    Swap,
    /// `iadd`
    Iadd,
    /// `ladd`
    Ladd,
    /// `fadd`
    Fadd,
    /// `dadd`
    Dadd,
    /// `isub`
    Isub,
    /// `lsub`
    Lsub,
    /// `fsub`
    Fsub,
    /// `dsub`
    Dsub,
    /// `imul`
    Imul,
    /// `lmul`
    Lmul,
    /// `fmul`
    Fmul,
    /// `dmul`
    Dmul,
    /// `fdiv`
    Fdiv,
    /// `ddiv`
    Ddiv,
    /// `frem`
    Frem,
    /// `drem`
    Drem,
    /// `ineg`
    Ineg,
    /// `lneg`
    Lneg,
    /// `fneg`
    Fneg,
    /// `dneg`
    Dneg,
    /// `ishl`
    Ishl,
    /// `lshl`
    Lshl,
    /// `ishr`
    Ishr,
    /// `lshr`
    Lshr,
    /// `iushr`
    Iushr,
    /// `lushr`
    Lushr,
    /// `iand`
    Iand,
    /// `land`
    Land,
    /// `ior`
    Ior,
    /// `lor`
    Lor,
    /// `ixor`
    Ixor,
    /// `lxor`
    Lxor,
    /// `i2l`
    I2l,
    /// `i2f`
    I2f,
    /// `i2d`
    I2d,
    /// `l2i`
    L2i,
    /// `l2f`
    L2f,
    /// `l2d`
    L2d,
    /// `f2i`
    F2i,
    /// `f2l`
    F2l,
    /// `f2d`
    F2d,
    /// `d2i`
    D2i,
    /// `d2l`
    D2l,
    /// `d2f`
    D2f,
    /// `i2b`
    I2b,
    /// `i2c`
    I2c,
    /// `i2s`
    I2s,
    /// `lcmp`
    Lcmp,
    /// `fcmpl`
    Fcmpl,
    /// `fcmpg`
    Fcmpg,
    /// `dcmpl`
    Dcmpl,
    /// `dcmpg`
    Dcmpg,
    /// `idiv`
    Idiv,
    /// `ldiv`
    Ldiv,
    /// `irem`
    Irem,
    /// `lrem`
    Lrem,
    /// `iinc`
    Iinc(u16, i16),
    /// `iinc` of a local below 256 followed by `goto`, fused (only in
    /// [`DecodedMethod::fused`](super::DecodedMethod)).
    IincGoto(u8, i16, u32),
    /// `if<cond>` against zero.
    If(Cond, u32),
    /// `if_icmp<cond>`.
    IfIcmp(Cond, u32),
    /// `if_acmpeq`
    IfAcmpEq(u32),
    /// `if_acmpne`
    IfAcmpNe(u32),
    /// `ifnull`
    IfNull(u32),
    /// `ifnonnull`
    IfNonNull(u32),
    /// `goto`, `goto_w`
    Goto(u32),
    /// `jsr`, `jsr_w`: pushes the index of the next op.
    Jsr(u32),
    /// `ret`
    Ret(u16),
    /// `tableswitch`: index into the method's switch tables.
    TableSwitch(u32),
    /// `lookupswitch`: index into the method's switch tables.
    LookupSwitch(u32),
    /// Return a one-slot value.
    Return1,
    /// Return a two-slot value.
    Return2,
    /// `return`
    Return,
    /// `return` of `Object.<init>`: first registers the receiver for finalization when its
    /// class has a finalizer (HotSpot's `RegisterFinalizersAtInit`).
    ReturnRegisterFinalizer,
    /// `getstatic`
    GetStatic(u16),
    /// `putstatic`
    PutStatic(u16),
    /// `getfield`
    GetField(u16),
    /// `putfield`
    PutField(u16),
    /// `invokevirtual`
    InvokeVirtual(u16),
    /// `invokespecial`
    InvokeSpecial(u16),
    /// `invokestatic`
    InvokeStatic(u16),
    /// `invokeinterface`
    InvokeInterface(u16),
    /// `invokedynamic`: the `InvokeDynamic` constant and the instruction's call site (an index
    /// into the method's `call_sites`).
    InvokeDynamic(u16, u16),
    /// `new`
    New(u16),
    /// `newarray` (the `atype` code)
    NewArray(u8),
    /// `anewarray`
    ANewArray(u16),
    /// `arraylength`
    ArrayLength,
    /// `athrow`
    Athrow,
    /// `checkcast`
    Checkcast(u16),
    /// `instanceof`
    Instanceof(u16),
    /// `monitorenter`
    MonitorEnter,
    /// `monitorexit`
    MonitorExit,
    /// `multianewarray`
    MultiANewArray(u16, u8),
    /// Runs the method's intrinsic on its `double` arguments and pushes the result.
    Intrinsic,
    // The ops below appear only in [`DecodedMethod::fused`](super::DecodedMethod): one op for
    // a branch per condition, constants held in the op, and common sequences run by one op at
    // the first one's index.
    /// `ifeq`
    IfEq(u32),
    /// `ifne`
    IfNe(u32),
    /// `iflt`
    IfLt(u32),
    /// `ifge`
    IfGe(u32),
    /// `ifgt`
    IfGt(u32),
    /// `ifle`
    IfLe(u32),
    /// `if_icmpeq`
    IfIcmpEq(u32),
    /// `if_icmpne`
    IfIcmpNe(u32),
    /// `if_icmplt`
    IfIcmpLt(u32),
    /// `if_icmpge`
    IfIcmpGe(u32),
    /// `if_icmpgt`
    IfIcmpGt(u32),
    /// `if_icmple`
    IfIcmpLe(u32),
    /// Push a `long` constant in `int` range.
    Lconst(i32),
    /// Push a `double` constant that a `float` holds exactly.
    Dconst(f32),
    /// Two `Load2` in a row.
    Load2Load2(u16, u16),
    /// `lcmp` and `if<cond>`.
    LcmpIf(Cond, u32),
    /// `dcmpl` (`false`) or `dcmpg` (`true`) and `if<cond>`.
    DcmpIf(Cond, bool, u32),
    /// Two `Load1` of locals below 256 and `if_icmp<cond>`.
    LoadLoadIfIcmp(Cond, u8, u8, u32),
    /// Two `Load1` (array, index) and an array load.
    LoadLoadArrayLoad(Elem, u16, u16),
}

const _: () = assert!(std::mem::size_of::<Op>() == 8);

/// A switch table.
#[derive(Debug, Clone)]
pub enum Switch {
    /// `tableswitch`
    Table {
        /// Lowest key.
        low: i32,
        /// Target for keys out of range.
        default: u32,
        /// Targets for `low..=high`.
        targets: Vec<u32>,
    },
    /// `lookupswitch`
    Lookup {
        /// Target for missing keys.
        default: u32,
        /// (key, target), sorted by key.
        pairs: Vec<(i32, u32)>,
    },
}

impl Switch {
    /// The target op index for `key`.
    #[inline]
    pub fn target(&self, key: i32) -> u32 {
        match self {
            Switch::Table {
                low,
                default,
                targets,
            } => {
                let i = i64::from(key) - i64::from(*low);
                if i >= 0 && (i as usize) < targets.len() {
                    targets[i as usize]
                } else {
                    *default
                }
            }
            Switch::Lookup { default, pairs } => match pairs.binary_search_by_key(&key, |p| p.0) {
                Ok(i) => pairs[i].1,
                Err(_) => *default,
            },
        }
    }
}

impl Op {
    /// The op of an arithmetic instruction.
    pub fn from_arith(a: Arith) -> Op {
        match a {
            Arith::Iadd => Op::Iadd,
            Arith::Ladd => Op::Ladd,
            Arith::Fadd => Op::Fadd,
            Arith::Dadd => Op::Dadd,
            Arith::Isub => Op::Isub,
            Arith::Lsub => Op::Lsub,
            Arith::Fsub => Op::Fsub,
            Arith::Dsub => Op::Dsub,
            Arith::Imul => Op::Imul,
            Arith::Lmul => Op::Lmul,
            Arith::Fmul => Op::Fmul,
            Arith::Dmul => Op::Dmul,
            Arith::Fdiv => Op::Fdiv,
            Arith::Ddiv => Op::Ddiv,
            Arith::Frem => Op::Frem,
            Arith::Drem => Op::Drem,
            Arith::Ineg => Op::Ineg,
            Arith::Lneg => Op::Lneg,
            Arith::Fneg => Op::Fneg,
            Arith::Dneg => Op::Dneg,
            Arith::Ishl => Op::Ishl,
            Arith::Lshl => Op::Lshl,
            Arith::Ishr => Op::Ishr,
            Arith::Lshr => Op::Lshr,
            Arith::Iushr => Op::Iushr,
            Arith::Lushr => Op::Lushr,
            Arith::Iand => Op::Iand,
            Arith::Land => Op::Land,
            Arith::Ior => Op::Ior,
            Arith::Lor => Op::Lor,
            Arith::Ixor => Op::Ixor,
            Arith::Lxor => Op::Lxor,
            Arith::I2l => Op::I2l,
            Arith::I2f => Op::I2f,
            Arith::I2d => Op::I2d,
            Arith::L2i => Op::L2i,
            Arith::L2f => Op::L2f,
            Arith::L2d => Op::L2d,
            Arith::F2i => Op::F2i,
            Arith::F2l => Op::F2l,
            Arith::F2d => Op::F2d,
            Arith::D2i => Op::D2i,
            Arith::D2l => Op::D2l,
            Arith::D2f => Op::D2f,
            Arith::I2b => Op::I2b,
            Arith::I2c => Op::I2c,
            Arith::I2s => Op::I2s,
            Arith::Lcmp => Op::Lcmp,
            Arith::Fcmpl => Op::Fcmpl,
            Arith::Fcmpg => Op::Fcmpg,
            Arith::Dcmpl => Op::Dcmpl,
            Arith::Dcmpg => Op::Dcmpg,
        }
    }

    /// The arithmetic instruction this op is, if it is one.
    pub fn arith(self) -> Option<Arith> {
        Some(match self {
            Op::Iadd => Arith::Iadd,
            Op::Ladd => Arith::Ladd,
            Op::Fadd => Arith::Fadd,
            Op::Dadd => Arith::Dadd,
            Op::Isub => Arith::Isub,
            Op::Lsub => Arith::Lsub,
            Op::Fsub => Arith::Fsub,
            Op::Dsub => Arith::Dsub,
            Op::Imul => Arith::Imul,
            Op::Lmul => Arith::Lmul,
            Op::Fmul => Arith::Fmul,
            Op::Dmul => Arith::Dmul,
            Op::Fdiv => Arith::Fdiv,
            Op::Ddiv => Arith::Ddiv,
            Op::Frem => Arith::Frem,
            Op::Drem => Arith::Drem,
            Op::Ineg => Arith::Ineg,
            Op::Lneg => Arith::Lneg,
            Op::Fneg => Arith::Fneg,
            Op::Dneg => Arith::Dneg,
            Op::Ishl => Arith::Ishl,
            Op::Lshl => Arith::Lshl,
            Op::Ishr => Arith::Ishr,
            Op::Lshr => Arith::Lshr,
            Op::Iushr => Arith::Iushr,
            Op::Lushr => Arith::Lushr,
            Op::Iand => Arith::Iand,
            Op::Land => Arith::Land,
            Op::Ior => Arith::Ior,
            Op::Lor => Arith::Lor,
            Op::Ixor => Arith::Ixor,
            Op::Lxor => Arith::Lxor,
            Op::I2l => Arith::I2l,
            Op::I2f => Arith::I2f,
            Op::I2d => Arith::I2d,
            Op::L2i => Arith::L2i,
            Op::L2f => Arith::L2f,
            Op::L2d => Arith::L2d,
            Op::F2i => Arith::F2i,
            Op::F2l => Arith::F2l,
            Op::F2d => Arith::F2d,
            Op::D2i => Arith::D2i,
            Op::D2l => Arith::D2l,
            Op::D2f => Arith::D2f,
            Op::I2b => Arith::I2b,
            Op::I2c => Arith::I2c,
            Op::I2s => Arith::I2s,
            Op::Lcmp => Arith::Lcmp,
            Op::Fcmpl => Arith::Fcmpl,
            Op::Fcmpg => Arith::Fcmpg,
            Op::Dcmpl => Arith::Dcmpl,
            Op::Dcmpg => Arith::Dcmpg,
            _ => return None,
        })
    }
}

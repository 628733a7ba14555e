//! The typing rules of the instructions that need no constant-pool lookup.

use super::{Flow, MethodChecker};
use crate::verifier::error::{ErrorContext, Fault, Origin};
use crate::verifier::failure::Failure;
use crate::verifier::frame::FrameResult;
use crate::verifier::types::{VType, array_component};

use VType::{Double, Float, Integer, Long};

/// Reads a big-endian `u16` at `at` (the instruction length was checked before).
pub(crate) fn u2(code: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([code[at], code[at + 1]])
}

/// Reads a big-endian `i32` at `at`.
pub(crate) fn s4(code: &[u8], at: usize) -> i32 {
    i32::from_be_bytes([code[at], code[at + 1], code[at + 2], code[at + 3]])
}

/// Which element type an array load or store expects.
#[derive(Clone, Copy)]
enum ArrayKind {
    Int,
    Long,
    Float,
    Double,
    Char,
    Short,
    ByteOrBoolean,
    Reference,
}

impl<'c, 'a, 'h> MethodChecker<'c, 'a, 'h> {
    fn local_index(&self, bci: u16, wide: bool, implicit: Option<u8>) -> usize {
        let pc = bci as usize;
        match implicit {
            Some(n) => n as usize,
            None if wide => u2(self.code, pc + 2) as usize,
            None => self.code[pc + 1] as usize,
        }
    }

    fn load(&mut self, index: usize, ty: VType) -> FrameResult<()> {
        match ty {
            Long | Double => {
                self.frame.get_local_2(index, ty)?;
                self.frame.push_value(ty)
            }
            VType::RefCheck => {
                let found = self.frame.get_local(index, ty, self.cx)?;
                self.frame.push(found)
            }
            _ => {
                self.frame.get_local(index, ty, self.cx)?;
                self.frame.push(ty)
            }
        }
    }

    fn store(&mut self, index: usize, ty: VType) -> FrameResult<()> {
        match ty {
            Long | Double => {
                self.frame.pop_value(ty, self.cx)?;
                self.frame.set_local_2(index, ty)
            }
            VType::RefCheck => {
                let found = self.frame.pop(ty, self.cx)?;
                self.frame.set_local(index, found)
            }
            _ => {
                self.frame.pop(ty, self.cx)?;
                self.frame.set_local(index, ty)
            }
        }
    }

    /// What `if_acmp` and the monitor instructions accept: any reference, and for the old
    /// verifier only initialized ones.
    fn any_reference(&self) -> VType {
        if self.cx.inference {
            VType::Object(self.cx.known.object)
        } else {
            VType::RefCheck
        }
    }

    fn unary(&mut self, from: VType, to: VType) -> FrameResult<()> {
        self.frame.pop_value(from, self.cx)?;
        self.frame.push_value(to)
    }

    fn binary(&mut self, operand: VType) -> FrameResult<()> {
        self.frame.pop_value(operand, self.cx)?;
        self.frame.pop_value(operand, self.cx)?;
        self.frame.push_value(operand)
    }

    fn compare(&mut self, operand: VType) -> FrameResult<()> {
        self.frame.pop_value(operand, self.cx)?;
        self.frame.pop_value(operand, self.cx)?;
        self.frame.push(Integer)
    }

    fn bad_type(&self, bci: u16, name: &str, expected: Option<VType>) -> Failure {
        let found = self.frame.stack_top_origin();
        let ctx = ErrorContext::new(bci, Fault::WrongType(found, expected.map(Origin::implicit)));
        Failure::verify(format!("Bad type on operand stack in {name}"), Some(ctx))
    }

    /// Whether `array` is `null` or an array whose descriptor's element letter is one of
    /// `letters`.
    fn is_array_of(&self, array: VType, letters: &[u8]) -> bool {
        match array {
            VType::Null => true,
            VType::Object(_) if self.cx.permissive => true,
            VType::Object(sym) => {
                let name = self.cx.names.name(sym).as_bytes();
                name.len() >= 2 && name[0] == b'[' && letters.contains(&name[1])
            }
            _ => false,
        }
    }

    fn array_access(
        &mut self,
        bci: u16,
        opcode: u8,
        kind: ArrayKind,
        store: bool,
    ) -> Result<(), Failure> {
        let name = crate::bytecode::Opcode::from_u8(opcode).map_or("", |o| o.mnemonic());
        let element = match kind {
            ArrayKind::Long => Long,
            ArrayKind::Float => Float,
            ArrayKind::Double => Double,
            ArrayKind::Reference => VType::Object(self.cx.known.object),
            _ => Integer,
        };
        if store {
            self.frame.pop_value(element, self.cx)?;
        }
        self.frame.pop(Integer, self.cx)?;
        let array = if self.cx.inference {
            self.frame.pop_any()?
        } else {
            self.frame.pop(VType::RefCheck, self.cx)?
        };
        let (letters, expected): (&[u8], Option<&str>) = match kind {
            ArrayKind::Int => (b"I", Some("[I")),
            ArrayKind::Long => (b"J", Some("[J")),
            ArrayKind::Float => (b"F", Some("[F")),
            ArrayKind::Double => (b"D", Some("[D")),
            ArrayKind::Char => (b"C", Some("[C")),
            ArrayKind::Short => (b"S", Some("[S")),
            ArrayKind::ByteOrBoolean => (b"BZ", None),
            ArrayKind::Reference => (b"L[", None),
        };
        if !self.is_array_of(array, letters) {
            let expected = match kind {
                ArrayKind::Reference => Some(VType::RefCheck),
                _ => expected.map(|e| VType::Object(self.cx.names.intern(e))),
            };
            return Err(self.bad_type(bci, name, expected));
        }
        if !store {
            let loaded = match (kind, array) {
                (ArrayKind::Reference, VType::Object(sym)) => {
                    let fallback = VType::Object(self.cx.known.object);
                    if self.cx.names.is_array(sym) {
                        array_component(sym, &mut self.cx.names).unwrap_or(fallback)
                    } else {
                        fallback
                    }
                }
                (ArrayKind::Reference, _) => VType::Null,
                _ => element,
            };
            self.frame.push_value(loaded)?;
        }
        Ok(())
    }

    /// Pops two slots: two category-1 values or one category-2 value (top slot first).
    fn pop_category(&mut self, bci: u16, name: &str) -> Result<(VType, VType), Failure> {
        let top = self.frame.pop_any()?;
        if top.is_category1() {
            Ok((top, self.frame.pop(VType::Cat1Check, self.cx)?))
        } else if top.is_category2_2nd() {
            Ok((top, self.frame.pop(VType::Cat2Check, self.cx)?))
        } else {
            Err(self.bad_type(bci, name, None))
        }
    }

    /// Executes one instruction on the current frame.
    pub(crate) fn execute(
        &mut self,
        bci: u16,
        opcode: u8,
        wide: bool,
        in_try: bool,
    ) -> Result<Flow, Failure> {
        let pc = bci as usize;
        match opcode {
            0x00 => {}
            0x01 => self.frame.push(VType::Null)?,
            0x02..=0x08 | 0x10 | 0x11 => self.frame.push(Integer)?,
            0x09 | 0x0a => self.frame.push_value(Long)?,
            0x0b..=0x0d => self.frame.push(Float)?,
            0x0e | 0x0f => self.frame.push_value(Double)?,
            0x12 => self.ldc(bci, u16::from(self.code[pc + 1]), false)?,
            0x13 => self.ldc(bci, u2(self.code, pc + 1), false)?,
            0x14 => self.ldc(bci, u2(self.code, pc + 1), true)?,
            0x15..=0x19 => {
                let ty = [Integer, Long, Float, Double, VType::RefCheck][(opcode - 0x15) as usize];
                self.load(self.local_index(bci, wide, None), ty)?;
            }
            0x1a..=0x2d => {
                let ty =
                    [Integer, Long, Float, Double, VType::RefCheck][((opcode - 0x1a) / 4) as usize];
                self.load(((opcode - 0x1a) % 4) as usize, ty)?;
            }
            0x2e..=0x35 => {
                let kind = ARRAY_KINDS[(opcode - 0x2e) as usize];
                self.array_access(bci, opcode, kind, false)?;
            }
            0x36..=0x3a => {
                let ty = [Integer, Long, Float, Double, VType::RefCheck][(opcode - 0x36) as usize];
                self.store(self.local_index(bci, wide, None), ty)?;
            }
            0x3b..=0x4e => {
                let ty =
                    [Integer, Long, Float, Double, VType::RefCheck][((opcode - 0x3b) / 4) as usize];
                self.store(((opcode - 0x3b) % 4) as usize, ty)?;
            }
            0x4f..=0x56 => {
                let kind = ARRAY_KINDS[(opcode - 0x4f) as usize];
                self.array_access(bci, opcode, kind, true)?;
            }
            0x57 => {
                self.frame.pop(VType::Cat1Check, self.cx)?;
            }
            0x58 => {
                self.pop_category(bci, "pop2")?;
            }
            0x59 => {
                let t = self.frame.pop(VType::Cat1Check, self.cx)?;
                self.frame.push(t)?;
                self.frame.push(t)?;
            }
            0x5a => {
                let t1 = self.frame.pop(VType::Cat1Check, self.cx)?;
                let t2 = self.frame.pop(VType::Cat1Check, self.cx)?;
                for t in [t1, t2, t1] {
                    self.frame.push(t)?;
                }
            }
            0x5b => {
                let t1 = self.frame.pop(VType::Cat1Check, self.cx)?;
                let (t2, t3) = self.pop_category(bci, "dup_x2")?;
                for t in [t1, t3, t2, t1] {
                    self.frame.push(t)?;
                }
            }
            0x5c => {
                let (t1, t2) = self.pop_category(bci, "dup2")?;
                for t in [t2, t1, t2, t1] {
                    self.frame.push(t)?;
                }
            }
            0x5d => {
                let (t1, t2) = self.pop_category(bci, "dup2_x1")?;
                let t3 = self.frame.pop(VType::Cat1Check, self.cx)?;
                for t in [t2, t1, t3, t2, t1] {
                    self.frame.push(t)?;
                }
            }
            0x5e => {
                let (t1, t2) = self.pop_category(bci, "dup2_x2")?;
                let (t3, t4) = self.pop_category(bci, "dup2_x2")?;
                for t in [t2, t1, t4, t3, t2, t1] {
                    self.frame.push(t)?;
                }
            }
            0x5f => {
                let t1 = self.frame.pop(VType::Cat1Check, self.cx)?;
                let t2 = self.frame.pop(VType::Cat1Check, self.cx)?;
                self.frame.push(t1)?;
                self.frame.push(t2)?;
            }
            0x60..=0x73 => {
                self.binary([Integer, Long, Float, Double][((opcode - 0x60) % 4) as usize])?
            }
            0x74..=0x77 => {
                let ty = [Integer, Long, Float, Double][(opcode - 0x74) as usize];
                self.unary(ty, ty)?;
            }
            0x78 | 0x7a | 0x7c => self.binary(Integer)?,
            0x79 | 0x7b | 0x7d => {
                self.frame.pop(Integer, self.cx)?;
                self.unary(Long, Long)?;
            }
            0x7e | 0x80 | 0x82 => self.binary(Integer)?,
            0x7f | 0x81 | 0x83 => self.binary(Long)?,
            0x84 => {
                let index = self.local_index(bci, wide, None);
                let ty = self.frame.get_local(index, Integer, self.cx)?;
                self.frame.set_local(index, ty)?;
            }
            0x85..=0x90 => {
                let (from, to) = CONVERSIONS[(opcode - 0x85) as usize];
                self.unary(from, to)?;
            }
            0x91..=0x93 => self.unary(Integer, Integer)?,
            0x94 => self.compare(Long)?,
            0x95 | 0x96 => self.compare(Float)?,
            0x97 | 0x98 => self.compare(Double)?,
            0x99..=0xa6 | 0xc6 | 0xc7 => {
                let ty = if (0x99..=0xa4).contains(&opcode) {
                    Integer
                } else if opcode <= 0xa6 {
                    self.any_reference()
                } else {
                    VType::RefCheck
                };
                if (0x9f..=0xa6).contains(&opcode) {
                    self.frame.pop(ty, self.cx)?;
                }
                self.frame.pop(ty, self.cx)?;
                self.check_jump(bci, i32::from(u2(self.code, pc + 1) as i16))?;
            }
            0xa7 => {
                self.check_jump(bci, i32::from(u2(self.code, pc + 1) as i16))?;
                return Ok(Flow::Stop);
            }
            0xc8 => {
                self.check_jump(bci, s4(self.code, pc + 1))?;
                return Ok(Flow::Stop);
            }
            0xaa | 0xab => {
                self.switch(bci, opcode)?;
                return Ok(Flow::Stop);
            }
            0xac..=0xb0 => {
                let reference = if self.cx.inference {
                    VType::Object(self.cx.known.object)
                } else {
                    VType::RefCheck
                };
                let ty = [Integer, Long, Float, Double, reference][(opcode - 0xac) as usize];
                // lreturn and dreturn pop their two halves one by one (first error wins).
                if let Some(second) = ty.second_half() {
                    self.frame.pop(second, self.cx)?;
                }
                let found = self.frame.pop(ty, self.cx)?;
                self.check_return_value(bci, found)?;
                return Ok(Flow::Stop);
            }
            0xb1 => {
                if self.return_type.is_some() {
                    return Err(Failure::bad_code(bci, "Method expects a return value"));
                }
                if self.method.name == "<init>" && self.frame.flag_this_uninit {
                    return Err(Failure::bad_code(
                        bci,
                        "Constructor must call super() or this() before return",
                    ));
                }
                return Ok(Flow::Stop);
            }
            0xb2..=0xb5 => self.field_instruction(bci, opcode)?,
            0xb6..=0xba => self.invoke(bci, opcode, in_try)?,
            0xbb => self.new_object(bci)?,
            0xbc => {
                let ty = self.newarray_type(bci)?;
                self.frame.pop(Integer, self.cx)?;
                self.frame.push(ty)?;
            }
            0xbd => self.anewarray(bci)?,
            0xbe => {
                let ty = if self.cx.inference {
                    self.frame.pop_any()?
                } else {
                    self.frame.pop(VType::RefCheck, self.cx)?
                };
                let is_array = match ty {
                    VType::Null => true,
                    VType::Object(_) if self.cx.permissive => true,
                    VType::Object(sym) => self.cx.names.is_array(sym),
                    _ => false,
                };
                if !is_array {
                    return Err(self.bad_type(bci, "arraylength", None));
                }
                self.frame.push(Integer)?;
            }
            0xbf => {
                let throwable = VType::Object(self.cx.known.throwable);
                if self.cx.inference {
                    let found = self.frame.pop_any()?;
                    let is_object = match found {
                        VType::Null => true,
                        VType::Object(sym) => !self.cx.names.is_array(sym),
                        _ => false,
                    };
                    if !is_object {
                        return Err(Failure::verify("Expecting to find object on stack", None));
                    }
                    if !self.cx.is_assignable(throwable, found)? {
                        return Err(Failure::verify("Can only throw Throwable objects", None));
                    }
                } else {
                    self.frame.pop(throwable, self.cx)?;
                }
                return Ok(Flow::Stop);
            }
            0xc0 | 0xc1 => {
                let index = u2(self.code, pc + 1);
                let ty = self.class_type_at(index, bci)?;
                self.frame
                    .pop(VType::Object(self.cx.known.object), self.cx)?;
                self.frame.push(if opcode == 0xc0 { ty } else { Integer })?;
            }
            0xc2 | 0xc3 => {
                let ty = self.any_reference();
                self.frame.pop(ty, self.cx)?;
            }
            0xc5 => self.multianewarray(bci)?,
            _ => {
                return Err(Failure::bad_code(
                    bci,
                    format!("Bad instruction: {opcode:02x}"),
                ));
            }
        }
        Ok(Flow::Next)
    }

    fn check_return_value(&mut self, bci: u16, found: VType) -> Result<(), Failure> {
        let Some(ret) = self.return_type else {
            let ctx = ErrorContext::new(
                bci,
                Fault::WrongType(
                    self.frame.stack_top_origin(),
                    Some(Origin::signature(VType::Top)),
                ),
            );
            return Err(Failure::verify(
                "Method does not expect a return value",
                Some(ctx),
            ));
        };
        if !self.cx.is_assignable(ret, found)? {
            let ctx = ErrorContext::new(
                bci,
                Fault::WrongType(self.frame.stack_top_origin(), Some(Origin::signature(ret))),
            );
            return Err(Failure::verify("Bad return type", Some(ctx)));
        }
        Ok(())
    }
}

const ARRAY_KINDS: [ArrayKind; 8] = [
    ArrayKind::Int,
    ArrayKind::Long,
    ArrayKind::Float,
    ArrayKind::Double,
    ArrayKind::Reference,
    ArrayKind::ByteOrBoolean,
    ArrayKind::Char,
    ArrayKind::Short,
];

const CONVERSIONS: [(VType, VType); 12] = [
    (Integer, Long),
    (Integer, Float),
    (Integer, Double),
    (Long, Integer),
    (Long, Float),
    (Long, Double),
    (Float, Integer),
    (Float, Long),
    (Float, Double),
    (Double, Integer),
    (Double, Long),
    (Double, Float),
];

//! The type-checking verifier (JVMS §4.10.1) for class files of version 50 and above, following
//! HotSpot 17's linear pass: each instruction is checked against the current frame, which is
//! replaced by the stack-map frame wherever the `StackMapTable` declares one.

mod members;
mod ops;

use std::rc::Rc;

use super::context::{ClassContext, SignatureTypes};
use super::error::{ErrorContext, Fault, Origin};
use super::failure::Failure;
use super::frame::Frame;
use super::input::{ClassInput, CodeInput, Handler, MethodInput};
use super::internal_codes::internal_code;
use super::refmap::{RefMaps, RefMapsBuilder};
use super::stackmap::{self, CodeMark};
use super::types::{VType, from_descriptor, visit_method_descriptor};
use crate::bytecode::{Opcode, switch_padding};

/// Translates a method descriptor into verification types.
pub(crate) fn signature_types(desc: &str, cx: &mut ClassContext<'_>) -> Option<SignatureTypes> {
    let mut args = Vec::with_capacity(8);
    let ret = visit_method_descriptor(desc, |p| {
        let ty = from_descriptor(p, &mut cx.names, false)?;
        args.push(ty);
        if let Some(second) = ty.second_half() {
            args.push(second);
        }
        Some(())
    })?;
    let ret = match ret {
        Some(r) => Some(from_descriptor(r, &mut cx.names, false)?),
        None => None,
    };
    Some(SignatureTypes { args, ret })
}

/// Builds the implicit initial frame of a method (JVMS §4.10.1.6) and returns it with the
/// method's declared return type (sub-int types kept, as HotSpot does).
pub(crate) fn initial_frame(
    method: &MethodInput<'_>,
    max_locals: usize,
    max_stack: usize,
    cx: &mut ClassContext<'_>,
) -> Result<(Frame, Option<VType>), Failure> {
    let mut frame = Frame::new(max_locals, max_stack);
    let mut size = 0;
    let mut add = |frame: &mut Frame, ty: VType| {
        for slot in std::iter::once(ty).chain(ty.second_half()) {
            if let Some(local) = frame.locals.get_mut(size) {
                *local = slot;
            }
            size += 1;
        }
    };
    if !method.is_static {
        if method.name == "<init>" && cx.this_class != cx.known.object {
            add(&mut frame, VType::UninitializedThis);
            frame.flag_this_uninit = true;
        } else {
            add(&mut frame, VType::Object(cx.this_class));
        }
    }
    let invalid = || Failure::class_format("Invalid method signature");
    let ret = visit_method_descriptor(method.descriptor, |p| {
        add(&mut frame, from_descriptor(p, &mut cx.names, false)?);
        Some(())
    })
    .ok_or_else(invalid)?;
    if size > max_locals {
        return Err(Failure::class_format("Arguments can't fit into locals"));
    }
    frame.locals_size = size;
    let ret = match ret {
        Some(r) => Some(from_descriptor(r, &mut cx.names, true).ok_or_else(invalid)?),
        None => None,
    };
    Ok((frame, ret))
}

/// The state of checking one method.
pub(crate) struct MethodChecker<'c, 'a, 'h> {
    pub(crate) cx: &'c mut ClassContext<'h>,
    pub(crate) class: &'c ClassInput<'a>,
    pub(crate) method: &'c MethodInput<'a>,
    pub(crate) code: &'a [u8],
    pub(crate) handlers: &'c [Handler],
    pub(crate) maps: Vec<Frame>,
    pub(crate) return_type: Option<VType>,
    pub(crate) this_type: VType,
    pub(crate) frame: Frame,
    pub(crate) ex_min: usize,
    pub(crate) ex_max: usize,
    /// Set when the current instruction initialized `this` (HotSpot's `this_uninit`).
    pub(crate) this_uninit: bool,
    /// In the inference verifier: the branch targets of the current instruction, collected
    /// instead of being matched against stack-map frames.
    pub(crate) jumps: Option<Vec<u16>>,
    /// What each code offset is.
    pub(crate) marks: Vec<CodeMark>,
    /// The length of the instruction at each offset (0 inside instructions).
    pub(crate) lengths: Vec<u32>,
}

/// What an instruction does to control flow.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flow {
    /// Execution may continue with the next instruction.
    Next,
    /// The next instruction is not reached from this one.
    Stop,
}

/// Verifies one method with the type checker, returning its reference maps if `record`.
pub(crate) fn check_method<'a>(
    cx: &mut ClassContext<'_>,
    class: &ClassInput<'a>,
    method: &MethodInput<'a>,
    code: &CodeInput<'a>,
    record: bool,
) -> Result<Option<RefMaps>, Failure> {
    cx.inference = false;
    // The per-offset tables are reused from one method to the next.
    let (mut marks, mut lengths) = std::mem::take(&mut cx.code_tables);
    instruction_starts(code.code, &mut marks, &mut lengths)?;
    let mut checker = MethodChecker::new(cx, class, method, code, marks, lengths)?;
    let result = checker.check(class, code, record);
    checker.cx.code_tables = (
        std::mem::take(&mut checker.marks),
        std::mem::take(&mut checker.lengths),
    );
    result
}

/// Whether the frame an exception handler is entered with (the current locals and flags, the
/// caught exception alone on the stack) is assignable to the handler's stack-map frame, checked
/// without building that frame.
fn handler_frame_matches(
    current: &Frame,
    map: &Frame,
    caught: VType,
    this_uninit: bool,
    cx: &mut ClassContext<'_>,
) -> Result<bool, Failure> {
    if map.stack_size != 1 || (current.flag_this_uninit || this_uninit) && !map.flag_this_uninit {
        return Ok(false);
    }
    for i in 0..map.locals_size {
        if !cx.is_assignable(map.locals[i], current.locals[i])? {
            return Ok(false);
        }
    }
    Ok(cx.is_assignable(map.stack[0], caught)?)
}

/// HotSpot's `generate_code_data`: what each offset is and the length of the instruction
/// starting there, as HotSpot's raw bytecode stream reads them. Operands (branch targets,
/// switch keys) are checked later, when the instruction is verified.
fn instruction_starts(
    code: &[u8],
    marks: &mut Vec<CodeMark>,
    lengths: &mut Vec<u32>,
) -> Result<(), Failure> {
    marks.clear();
    marks.resize(code.len(), CodeMark::None);
    lengths.clear();
    lengths.resize(code.len(), 0);
    let mut pc = 0;
    while pc < code.len() {
        let len =
            raw_length(code, pc).ok_or_else(|| Failure::bad_code(pc as u16, "Bad instruction"))?;
        marks[pc] = if code[pc] == 0xbb {
            CodeMark::New
        } else {
            CodeMark::Instruction
        };
        lengths[pc] = len as u32;
        pc += len;
    }
    Ok(())
}

/// The length of the instruction at `pc` as HotSpot's raw bytecode stream computes it: `None`
/// for an undefined opcode, a `wide` of an opcode it cannot modify, an impossible switch
/// length, or an instruction running past the end of the code.
fn raw_length(code: &[u8], pc: usize) -> Option<usize> {
    let word = |at: usize| -> Option<i64> {
        let b = code.get(at..at + 4)?;
        Some(i64::from(i32::from_be_bytes([b[0], b[1], b[2], b[3]])))
    };
    let opcode = match Opcode::from_u8(code[pc]) {
        Some(op) => op,
        // `breakpoint` is one byte long to HotSpot's raw stream.
        None if code[pc] == 0xca => return Some(1),
        None => match internal_code(code[pc])? {
            (_, 0) => Opcode::Lookupswitch,
            (_, len) => return (pc + len <= code.len()).then_some(len),
        },
    };
    let len = match opcode {
        Opcode::Wide => Opcode::from_u8(*code.get(pc + 1)?)?.wide_length()? as usize,
        Opcode::Tableswitch | Opcode::Lookupswitch => {
            let base = pc + 1 + switch_padding(pc as u32) as usize;
            // HotSpot wants code beyond the fixed operands (12 or 8 bytes), a low no higher
            // than the high, a non-negative pair count, and a length that fits an int.
            let entries = if opcode == Opcode::Tableswitch {
                if base + 12 >= code.len() {
                    return None;
                }
                let (low, high) = (word(base + 4)?, word(base + 8)?);
                if low > high {
                    return None;
                }
                3 + high - low + 1
            } else {
                if base + 8 >= code.len() {
                    return None;
                }
                let pairs = word(base + 4)?;
                if pairs < 0 {
                    return None;
                }
                2 + 2 * pairs
            };
            let len = (base - pc) as i64 + entries * 4;
            usize::try_from(len)
                .ok()
                .filter(|&l| l > 0 && i32::try_from(l).is_ok())?
        }
        _ => opcode.length()? as usize,
    };
    (pc + len <= code.len()).then_some(len)
}

fn check_local_variable_table(code: &CodeInput<'_>, marks: &[CodeMark]) -> Result<(), Failure> {
    let len = code.code.len();
    for &(start, length) in &code.local_variables {
        if marks
            .get(start as usize)
            .is_none_or(|m| *m == CodeMark::None)
        {
            let msg = format!("Illegal local variable table start_pc {start}");
            return Err(Failure::class_format(msg));
        }
        let end = start as usize + length as usize;
        if end != len && marks.get(end).is_none_or(|m| *m == CodeMark::None) {
            let msg = format!("Illegal local variable table length {length}");
            return Err(Failure::class_format(msg));
        }
    }
    Ok(())
}

impl<'c, 'a, 'h> MethodChecker<'c, 'a, 'h> {
    /// Checks the tables, reads the stack map and runs the linear pass.
    fn check(
        &mut self,
        class: &ClassInput<'a>,
        code: &CodeInput<'a>,
        record: bool,
    ) -> Result<Option<RefMaps>, Failure> {
        self.check_handler_table()?;
        check_local_variable_table(code, &self.marks)?;
        if let Some(data) = code.stack_map {
            self.maps = stackmap::parse(data, &self.frame, &self.marks, class, self.cx)?;
        }
        let mut recorder = record.then(|| RefMapsBuilder::new(code.max_locals.into()));
        self.run(recorder.as_mut())?;
        Ok(recorder.map(RefMapsBuilder::finish))
    }

    /// A checker positioned before the first instruction, with the implicit initial frame.
    pub(crate) fn new(
        cx: &'c mut ClassContext<'h>,
        class: &'c ClassInput<'a>,
        method: &'c MethodInput<'a>,
        code: &'c CodeInput<'a>,
        marks: Vec<CodeMark>,
        lengths: Vec<u32>,
    ) -> Result<Self, Failure> {
        let (max_locals, max_stack) = (code.max_locals as usize, code.max_stack as usize);
        let (frame, return_type) = initial_frame(method, max_locals, max_stack, cx)?;
        Ok(MethodChecker {
            this_type: VType::Object(cx.this_class),
            cx,
            class,
            method,
            code: code.code,
            handlers: &code.handlers,
            maps: Vec::new(),
            return_type,
            frame,
            ex_min: code.code.len(),
            ex_max: 0,
            this_uninit: false,
            jumps: None,
            marks,
            lengths,
        })
    }

    /// The verification types of the descriptor of the member reference at `index`, cached
    /// per class.
    pub(crate) fn signature(
        &mut self,
        index: u16,
        desc: &str,
    ) -> Result<Rc<SignatureTypes>, Failure> {
        if let Some(sig) = self.cx.pool_signature(index) {
            return Ok(sig);
        }
        let sig = signature_types(desc, self.cx)
            .ok_or_else(|| Failure::class_format("Invalid method signature"))?;
        let sig = Rc::new(sig);
        self.cx.cache_signature(index, Rc::clone(&sig));
        Ok(sig)
    }

    pub(crate) fn check_handler_table(&mut self) -> Result<(), Failure> {
        let len = self.code.len();
        let marks = std::mem::take(&mut self.marks);
        let result = self.check_handler_entries(&marks, len);
        self.marks = marks;
        result
    }

    fn check_handler_entries(&mut self, marks: &[CodeMark], len: usize) -> Result<(), Failure> {
        let is_insn = |pc: usize| marks.get(pc).is_some_and(|m| *m != CodeMark::None);
        for h in self.handlers {
            if !is_insn(h.start as usize) {
                let msg = format!("Illegal exception table start_pc {}", h.start);
                return Err(Failure::class_format(msg));
            }
            if h.end as usize != len && !is_insn(h.end as usize) {
                let msg = format!("Illegal exception table end_pc {}", h.end);
                return Err(Failure::class_format(msg));
            }
            if !is_insn(h.handler as usize) {
                let msg = format!("Illegal exception table handler_pc {}", h.handler);
                return Err(Failure::class_format(msg));
            }
            if h.catch_type != 0 {
                let catch = self.class_type_at(h.catch_type, h.handler)?;
                let throwable = VType::Object(self.cx.known.throwable);
                if !self.cx.is_assignable(throwable, catch)? {
                    let ctx = ErrorContext::new(
                        h.handler,
                        Fault::WrongType(
                            Origin::constant_pool(h.catch_type, catch),
                            Some(Origin::implicit(throwable)),
                        ),
                    );
                    let msg = format!(
                        "Catch type is not a subclass of Throwable in exception handler {}",
                        h.handler
                    );
                    return Err(Failure::verify(msg, Some(ctx)));
                }
            }
            self.ex_min = self.ex_min.min(h.start as usize);
            self.ex_max = self.ex_max.max(h.end as usize);
        }
        Ok(())
    }

    /// The class type named by the `CONSTANT_Class` at `index` (checked).
    pub(crate) fn class_type_at(&mut self, index: u16, bci: u16) -> Result<VType, Failure> {
        self.check_cp_index(index, bci)?;
        let Some(name) = self.class.class_name(index) else {
            return Err(self.illegal_cp_type(index, bci));
        };
        Ok(VType::Object(self.cx.pool_class(index, name)))
    }

    /// The verification type of a class name or array descriptor from the constant pool.
    pub(crate) fn class_name_type(&mut self, name: &str) -> VType {
        VType::Object(self.cx.names.intern(name))
    }

    pub(crate) fn check_cp_index(&self, index: u16, bci: u16) -> Result<(), Failure> {
        if index == 0 || index as usize >= self.class.pool.count() {
            let msg = format!(
                "Illegal constant pool index {index} in class {}",
                self.class.name.replace('/', ".")
            );
            let ctx = ErrorContext::new(bci, Fault::BadConstantPoolIndex(index.into()));
            return Err(Failure::verify(msg, Some(ctx)));
        }
        Ok(())
    }

    pub(crate) fn illegal_cp_type(&self, index: u16, bci: u16) -> Failure {
        let msg = format!(
            "Illegal type at constant pool entry {index} in class {}",
            self.class.name.replace('/', ".")
        );
        let ctx = ErrorContext::new(bci, Fault::BadConstantPoolIndex(index.into()));
        Failure::verify(msg, Some(ctx))
    }

    fn map_index(&self, offset: u16) -> Option<usize> {
        self.maps.binary_search_by_key(&offset, |f| f.offset).ok()
    }

    /// HotSpot's `match_stackmap` for a branch target or handler (match, no update).
    pub(crate) fn match_target(
        &mut self,
        frame: &Frame,
        target: i64,
        mismatch_message: impl FnOnce() -> String,
    ) -> Result<(), Failure> {
        let index = u16::try_from(target).ok().and_then(|t| self.map_index(t));
        let Some(index) = index else {
            let ctx = ErrorContext::new(frame.offset, Fault::MissingStackmap);
            let msg = format!("Expecting a stackmap frame at branch target {target}");
            return Err(Failure::verify(msg, Some(ctx)));
        };
        if let Some(ctx) = frame.assignable_to(&self.maps[index], self.cx)? {
            return Err(Failure::verify(mismatch_message(), Some(ctx)));
        }
        Ok(())
    }

    /// Checks a jump from the current instruction at `bci` by `offset`.
    pub(crate) fn check_jump(&mut self, bci: u16, offset: i32) -> Result<(), Failure> {
        if !(-65535..=65535).contains(&offset) {
            let ctx = ErrorContext::new(bci, Fault::BadStackmap(self.frame.snapshot()));
            let msg = format!("Illegal target of jump or branch (bci {bci} + offset {offset})");
            return Err(Failure::verify(msg, Some(ctx)));
        }
        let target = i64::from(bci) + i64::from(offset);
        if let Some(jumps) = self.jumps.as_mut() {
            let at = usize::try_from(target).ok().and_then(|t| self.marks.get(t));
            if at.is_none_or(|m| *m == CodeMark::None) {
                return Err(Failure::verify("Illegal target of jump or branch", None));
            }
            jumps.push(target as u16);
            return Ok(());
        }
        let frame = std::mem::replace(&mut self.frame, Frame::new(0, 0));
        let msg = || format!("Inconsistent stackmap frames at branch target {target}");
        let result = self.match_target(&frame, target, msg);
        self.frame = frame;
        result
    }

    /// Checks the frames of the handlers covering `bci` against the current frame.
    pub(crate) fn check_handlers(&mut self, bci: u16, this_uninit: bool) -> Result<(), Failure> {
        if self.jumps.is_some() {
            return Ok(());
        }
        for i in 0..self.handlers.len() {
            let h = self.handlers[i];
            if bci < h.start || bci >= h.end {
                continue;
            }
            let caught = if h.catch_type != 0 {
                self.class_type_at(h.catch_type, bci)?
            } else {
                VType::Object(self.cx.known.throwable)
            };
            if let Some(index) = self.map_index(h.handler)
                && handler_frame_matches(
                    &self.frame,
                    &self.maps[index],
                    caught,
                    this_uninit,
                    self.cx,
                )?
            {
                continue;
            }
            // Build the handler's incoming frame for HotSpot's error report.
            let mut frame = self.frame.clone();
            frame.flag_this_uninit |= this_uninit;
            frame.stack_size = 0;
            frame.stack_mark = 0;
            frame.push(caught)?;
            let msg = || {
                format!(
                    "Stack map does not match the one at exception handler {}",
                    h.handler
                )
            };
            self.match_target(&frame, h.handler.into(), msg)?;
        }
        Ok(())
    }

    fn run(&mut self, mut recorder: Option<&mut RefMapsBuilder>) -> Result<(), Failure> {
        let mut map_index = 0;
        let mut no_control_flow = false;
        let mut pc = 0;
        while pc < self.code.len() {
            let bci = pc as u16;
            let len = self.lengths[pc] as usize;
            self.frame.set_mark(bci);
            map_index = self.match_linear(map_index, bci, no_control_flow)?;
            if let Some(r) = recorder.as_deref_mut() {
                r.record(bci, &self.frame);
            }
            self.this_uninit = false;
            let (opcode, wide) = match self.code[pc] {
                0xc4 => (self.code[pc + 1], true),
                op => (op, false),
            };
            let in_handlers = (self.ex_min..self.ex_max).contains(&pc);
            let mut handlers_done = false;
            if (0x36..=0x4e).contains(&opcode) && in_handlers {
                self.check_handlers(bci, false)?;
                handlers_done = true;
            }
            let flow = self.execute(bci, opcode, wide, in_handlers)?;
            no_control_flow = flow == Flow::Stop;
            if !handlers_done && in_handlers {
                self.check_handlers(bci, self.this_uninit)?;
            }
            pc += len;
        }
        if !no_control_flow {
            return Err(Failure::bad_code(
                self.code.len() as u16,
                "Control flow falls through code end",
            ));
        }
        Ok(())
    }

    /// HotSpot's `verify_stackmap_table`: at a stack-map offset, match (if reached by control
    /// flow) and take over the stack-map frame.
    fn match_linear(
        &mut self,
        index: usize,
        bci: u16,
        no_control_flow: bool,
    ) -> Result<usize, Failure> {
        let Some(map) = self.maps.get(index) else {
            if no_control_flow {
                return Err(Failure::bad_code(bci, "Expecting a stack map frame"));
            }
            return Ok(index);
        };
        if no_control_flow && map.offset > bci {
            let ctx = ErrorContext::new(bci, Fault::MissingStackmap);
            return Err(Failure::verify("Expecting a stack map frame", Some(ctx)));
        }
        if map.offset == bci {
            if !no_control_flow && let Some(ctx) = self.frame.assignable_to(map, self.cx)? {
                return Err(Failure::verify(
                    "Instruction type does not match stack map",
                    Some(ctx),
                ));
            }
            self.frame.copy_from_map(map);
            self.frame.stack_mark = self.frame.stack_size;
            return Ok(index + 1);
        }
        if map.offset < bci {
            return Err(Failure::class_format(format!(
                "Bad stack map offset {}",
                map.offset
            )));
        }
        Ok(index)
    }
}

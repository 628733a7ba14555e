//! The type state of one instruction: local variables and operand stack, as in HotSpot's
//! `StackMapFrame`, with the typing errors that pushing, popping and local access can raise.

use super::context::{ClassContext, MissingClass};
use super::error::{ErrorContext, Fault, Origin, Place};
use super::types::VType;

/// Why an operation on a frame failed.
#[derive(Debug)]
pub enum FrameError {
    /// A typing error with HotSpot's message and details.
    Verify(&'static str, Box<ErrorContext>),
    /// A class needed for an assignability check could not be found.
    Missing(MissingClass),
}

impl From<MissingClass> for FrameError {
    fn from(m: MissingClass) -> Self {
        FrameError::Missing(m)
    }
}

/// The result of a frame operation.
pub type FrameResult<T> = Result<T, FrameError>;

/// A type state: `max_locals` local slots (unused ones `Top`) and an operand stack of at most
/// `max_stack` slots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// The bytecode index the state belongs to.
    pub offset: u16,
    /// HotSpot's `flagThisUninit`: `this` is not yet initialized in a constructor.
    pub flag_this_uninit: bool,
    /// The local slots, always `max_locals` long.
    pub locals: Vec<VType>,
    /// How many leading local slots are meaningful (for printing and matching).
    pub locals_size: usize,
    /// The stack slots, always `max_stack` long; only `stack_size` are live.
    pub stack: Vec<VType>,
    /// How many stack slots are live.
    pub stack_size: usize,
    /// The stack size at the start of the current instruction (restored for error reports).
    pub stack_mark: usize,
}

impl Frame {
    /// An empty frame with room for `max_locals` locals and `max_stack` stack slots.
    pub fn new(max_locals: usize, max_stack: usize) -> Self {
        Frame {
            offset: 0,
            flag_this_uninit: false,
            locals: vec![VType::Top; max_locals],
            locals_size: 0,
            stack: vec![VType::Top; max_stack],
            stack_size: 0,
            stack_mark: 0,
        }
    }

    /// The live stack slots, bottom first.
    pub fn stack_slice(&self) -> &[VType] {
        &self.stack[..self.stack_size]
    }

    /// The meaningful local slots.
    pub fn locals_slice(&self) -> &[VType] {
        &self.locals[..self.locals_size]
    }

    /// Starts a new instruction at `offset`.
    pub fn set_mark(&mut self, offset: u16) {
        self.offset = offset;
        self.stack_mark = self.stack_size;
    }

    /// A copy of the frame as it was at the start of the current instruction.
    pub fn snapshot(&self) -> Frame {
        let mut copy = self.clone();
        copy.stack_size = copy.stack_mark.max(copy.stack_size).min(copy.stack.len());
        copy
    }

    fn error(&self, message: &'static str, fault: Fault) -> FrameError {
        FrameError::Verify(message, Box::new(ErrorContext::new(self.offset, fault)))
    }

    /// The origin `(current frame, stack[n])` of the slot just popped (`n` = the stack size).
    pub fn stack_top_origin(&self) -> Origin {
        let ty = self
            .stack
            .get(self.stack_size)
            .copied()
            .unwrap_or(VType::Top);
        Origin::with_frame(
            ty,
            Place::CurrentStack(self.stack_size as u16),
            self.snapshot(),
        )
    }

    /// Pushes one category-1 value.
    pub fn push(&mut self, ty: VType) -> FrameResult<()> {
        if self.stack_size >= self.stack.len() {
            return Err(self.error(
                "Operand stack overflow",
                Fault::StackOverflow(self.snapshot()),
            ));
        }
        self.stack[self.stack_size] = ty;
        self.stack_size += 1;
        Ok(())
    }

    /// Pushes a value of one or two slots (two for `long`/`double`).
    pub fn push_value(&mut self, ty: VType) -> FrameResult<()> {
        match ty.second_half() {
            Some(second) => {
                if self.stack_size + 1 >= self.stack.len() {
                    let fault = Fault::StackOverflow(self.snapshot());
                    return Err(self.error("Operand stack overflow", fault));
                }
                self.stack[self.stack_size] = ty;
                self.stack[self.stack_size + 1] = second;
                self.stack_size += 2;
                Ok(())
            }
            None => self.push(ty),
        }
    }

    /// Pops the top slot without checking its type.
    pub fn pop_any(&mut self) -> FrameResult<VType> {
        if self.stack_size == 0 {
            let fault = Fault::StackUnderflow(self.snapshot());
            return Err(self.error("Operand stack underflow", fault));
        }
        self.stack_size -= 1;
        Ok(self.stack[self.stack_size])
    }

    /// Pops the top slot, which must be assignable to `expected`.
    pub fn pop(&mut self, expected: VType, cx: &mut ClassContext) -> FrameResult<VType> {
        let top = self.pop_any()?;
        if !cx.is_assignable(expected, top)? {
            let fault = Fault::WrongType(self.stack_top_origin(), Some(Origin::implicit(expected)));
            return Err(self.error("Bad type on operand stack", fault));
        }
        Ok(top)
    }

    /// Pops a value of one or two slots matching `expected` (a first-slot type for category 2).
    pub fn pop_value(&mut self, expected: VType, cx: &mut ClassContext) -> FrameResult<VType> {
        match expected.second_half() {
            Some(second) => {
                if self.stack_size >= 2
                    && self.stack[self.stack_size - 1] == second
                    && self.stack[self.stack_size - 2] == expected
                {
                    self.stack_size -= 2;
                    return Ok(expected);
                }
                // HotSpot pops both halves even when the first is wrong, and the second error
                // (if any) is the one reported.
                let first = self.pop(second, cx);
                if cx.inference {
                    first?;
                    return self.pop(expected, cx);
                }
                match self.pop(expected, cx) {
                    Ok(ty) => first.map(|_| ty),
                    Err(e) => Err(e),
                }
            }
            None => self.pop(expected, cx),
        }
    }

    fn local_index_error(&self, message: &'static str, index: usize) -> FrameError {
        self.error(message, Fault::BadLocalIndex(index as u32))
    }

    /// Reads local `index`, which must be assignable to `expected`.
    pub fn get_local(
        &mut self,
        index: usize,
        expected: VType,
        cx: &mut ClassContext,
    ) -> FrameResult<VType> {
        let Some(&ty) = self.locals.get(index) else {
            return Err(self.local_index_error("Local variable table overflow", index));
        };
        if !cx.is_assignable(expected, ty)? {
            let origin = Origin::with_frame(ty, Place::CurrentLocal(index as u16), self.snapshot());
            let fault = Fault::WrongType(origin, Some(Origin::implicit(expected)));
            return Err(self.error("Bad local variable type", fault));
        }
        if index >= self.locals_size {
            self.locals_size = index + 1;
        }
        Ok(ty)
    }

    /// Reads a two-slot local (`long`/`double`) starting at `index`.
    pub fn get_local_2(&mut self, index: usize, first: VType) -> FrameResult<()> {
        if index + 1 >= self.locals_size {
            return Err(self.local_index_error("get long/double overflows locals", index));
        }
        let second = first.second_half().unwrap_or(VType::Top);
        for (slot, expected) in [(index, first), (index + 1, second)] {
            let ty = self.locals[slot];
            if ty != expected {
                let origin =
                    Origin::with_frame(ty, Place::CurrentLocal(slot as u16), self.snapshot());
                let fault = Fault::WrongType(origin, Some(Origin::implicit(expected)));
                return Err(self.error("Bad local variable type", fault));
            }
        }
        Ok(())
    }

    /// Stores a category-1 type into local `index`, invalidating a `long`/`double` it splits.
    pub fn set_local(&mut self, index: usize, ty: VType) -> FrameResult<()> {
        if index >= self.locals.len() {
            return Err(self.local_index_error("Local variable table overflow", index));
        }
        self.invalidate_pair_at(index);
        self.locals[index] = ty;
        if index >= self.locals_size {
            self.locals_size = index + 1;
        }
        Ok(())
    }

    /// Stores a two-slot type into locals `index` and `index + 1`.
    pub fn set_local_2(&mut self, index: usize, first: VType) -> FrameResult<()> {
        if index + 1 >= self.locals.len() {
            return Err(self.local_index_error("Local variable table overflow", index));
        }
        self.invalidate_pair_at(index);
        self.invalidate_pair_at(index + 1);
        self.locals[index] = first;
        self.locals[index + 1] = first.second_half().unwrap_or(VType::Top);
        if index + 1 >= self.locals_size {
            self.locals_size = index + 2;
        }
        Ok(())
    }

    fn invalidate_pair_at(&mut self, index: usize) {
        let old = self.locals[index];
        if old.is_category2() && index + 1 < self.locals.len() {
            self.locals[index + 1] = VType::Top;
        }
        if old.is_category2_2nd() && index >= 1 {
            self.locals[index - 1] = VType::Top;
        }
    }

    /// Replaces every occurrence of the uninitialized type `old` by `new` (after a constructor
    /// call), clearing `flagThisUninit` when `this` got initialized.
    pub fn initialize_object(&mut self, old: VType, new: VType) {
        for slot in self
            .locals
            .iter_mut()
            .chain(self.stack[..self.stack_size].iter_mut())
        {
            if *slot == old {
                *slot = new;
            }
        }
        if old == VType::UninitializedThis {
            self.flag_this_uninit = false;
        }
    }

    /// HotSpot's `is_assignable_to`: whether this frame may flow into the stack-map frame
    /// `target`. On failure returns the error context (without a message).
    pub fn assignable_to(
        &self,
        target: &Frame,
        cx: &mut ClassContext,
    ) -> Result<Option<ErrorContext>, MissingClass> {
        let at = target.offset;
        if self.locals.len() != target.locals.len() {
            let fault = Fault::LocalsSizeMismatch(self.snapshot(), target.clone());
            return Ok(Some(ErrorContext::new(self.offset, fault)));
        }
        if self.stack_size != target.stack_size {
            let fault = Fault::StackSizeMismatch(self.snapshot(), target.clone());
            return Ok(Some(ErrorContext::new(self.offset, fault)));
        }
        for i in 0..target.locals_size {
            if !cx.is_assignable(target.locals[i], self.locals[i])? {
                let found = Origin::with_frame(
                    self.locals[i],
                    Place::CurrentLocal(i as u16),
                    self.snapshot(),
                );
                let expected =
                    Origin::with_frame(target.locals[i], Place::MapLocal(i as u16), target.clone());
                return Ok(Some(ErrorContext::new(
                    at,
                    Fault::WrongType(found, Some(expected)),
                )));
            }
        }
        for i in 0..self.stack_size {
            if !cx.is_assignable(target.stack[i], self.stack[i])? {
                let found = Origin::with_frame(
                    self.stack[i],
                    Place::CurrentStack(i as u16),
                    self.snapshot(),
                );
                let expected =
                    Origin::with_frame(target.stack[i], Place::MapStack(i as u16), target.clone());
                return Ok(Some(ErrorContext::new(
                    at,
                    Fault::WrongType(found, Some(expected)),
                )));
            }
        }
        if self.flag_this_uninit && !target.flag_this_uninit {
            let fault = Fault::FlagsMismatch(self.snapshot(), Some(target.clone()));
            return Ok(Some(ErrorContext::new(at, fault)));
        }
        Ok(None)
    }

    /// Makes this frame a copy of the stack-map frame `map` (keeping its own offset).
    pub fn copy_from_map(&mut self, map: &Frame) {
        let offset = self.offset;
        self.locals.clone_from(&map.locals);
        self.locals_size = map.locals_size;
        self.stack.clone_from(&map.stack);
        self.stack_size = map.stack_size;
        self.flag_this_uninit = map.flag_this_uninit;
        self.offset = offset;
    }
}

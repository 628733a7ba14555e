//! Reference maps: for each instruction start, which local and stack slots hold references.
//! The interpreter and the garbage collector use them to find roots in interpreted frames.

use super::frame::Frame;
use super::types::VType;

/// The reference maps of one method, one per reachable instruction start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RefMaps {
    max_locals: usize,
    pcs: Vec<u16>,
    starts: Vec<usize>,
    stack_sizes: Vec<u16>,
    bits: Vec<u64>,
}

/// The reference map of one bytecode index.
#[derive(Clone, Copy, Debug)]
pub struct RefMap<'a> {
    maps: &'a RefMaps,
    start: usize,
    stack_size: usize,
}

impl RefMaps {
    /// The map at the instruction starting at `pc`, `None` if `pc` is not the start of an
    /// instruction reachable in the analysis (dead code is never executed).
    pub fn at(&self, pc: u16) -> Option<RefMap<'_>> {
        let i = self.pcs.binary_search(&pc).ok()?;
        Some(RefMap {
            maps: self,
            start: self.starts[i],
            stack_size: self.stack_sizes[i] as usize,
        })
    }

    /// The bytecode indexes that have a map, ascending.
    pub fn pcs(&self) -> &[u16] {
        &self.pcs
    }

    /// The number of local slots of the method.
    pub fn max_locals(&self) -> usize {
        self.max_locals
    }

    fn bit(&self, index: usize) -> bool {
        self.bits
            .get(index / 64)
            .is_some_and(|w| w >> (index % 64) & 1 == 1)
    }
}

impl RefMap<'_> {
    /// Whether local slot `index` holds a reference.
    pub fn is_local_ref(&self, index: usize) -> bool {
        index < self.maps.max_locals && self.maps.bit(self.start + index)
    }

    /// The operand stack depth in slots at this instruction.
    pub fn stack_size(&self) -> usize {
        self.stack_size
    }

    /// Whether stack slot `index` (0 = bottom) holds a reference.
    pub fn is_stack_ref(&self, index: usize) -> bool {
        index < self.stack_size && self.maps.bit(self.start + self.maps.max_locals + index)
    }

    /// The local slots that hold references.
    pub fn ref_locals(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.maps.max_locals).filter(|&i| self.is_local_ref(i))
    }

    /// The stack slots that hold references (0 = bottom).
    pub fn ref_stack_slots(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.stack_size).filter(|&i| self.is_stack_ref(i))
    }
}

/// Collects reference maps in increasing bytecode order.
pub struct RefMapsBuilder {
    maps: RefMaps,
    next_bit: usize,
}

impl RefMapsBuilder {
    /// A builder for a method with `max_locals` local slots.
    pub fn new(max_locals: usize) -> Self {
        RefMapsBuilder {
            maps: RefMaps {
                max_locals,
                ..RefMaps::default()
            },
            next_bit: 0,
        }
    }

    /// Records the state at `pc` (pcs must be recorded in increasing order).
    pub fn record(&mut self, pc: u16, frame: &Frame) {
        self.record_slots(pc, &frame.locals, frame.stack_slice());
    }

    /// Records the state at `pc` from slot types.
    pub fn record_slots(&mut self, pc: u16, locals: &[VType], stack: &[VType]) {
        let start = self.next_bit;
        let width = self.maps.max_locals + stack.len();
        self.next_bit += width;
        self.maps.bits.resize(self.next_bit.div_ceil(64), 0);
        let slots = locals
            .iter()
            .take(self.maps.max_locals)
            .chain(std::iter::repeat_n(
                &VType::Top,
                self.maps.max_locals.saturating_sub(locals.len()),
            ));
        for (i, ty) in slots.chain(stack).enumerate() {
            if ty.holds_reference() {
                let bit = start + i;
                self.maps.bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        self.maps.pcs.push(pc);
        self.maps.starts.push(start);
        self.maps.stack_sizes.push(stack.len() as u16);
    }

    /// The finished maps.
    pub fn finish(self) -> RefMaps {
        self.maps
    }
}

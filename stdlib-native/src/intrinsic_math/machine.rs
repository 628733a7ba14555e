//! The x86-64 integer and SSE2 operations HotSpot's math routines are made of, with their
//! exact bit-level results: two-lane `double` arithmetic, lane shuffles, integer shifts and
//! flags. The routines in the sibling modules are sequences of these operations over eight
//! vector registers, the general registers, a small stack and their constant tables, so that
//! every intermediate rounding happens exactly as in the stubs.

/// An operand: a vector register, a general register, an immediate or a memory location.
#[derive(Clone, Copy)]
pub(super) enum O {
    /// `xmm0`..`xmm7`.
    X(usize),
    /// A general register by its x86 number (`rax` 0, `rcx` 1, `rdx` 2, `rbx` 3, `rsp` 4,
    /// `rsi` 6, `rdi` 7, `r8`..`r11` 8..11).
    R(usize),
    /// An immediate.
    I(i64),
    /// `[base + index * scale + disp]`.
    M(Mem),
}

/// A memory operand.
#[derive(Clone, Copy)]
pub(super) struct Mem {
    base: Base,
    index: Option<usize>,
    scale: u64,
    disp: i64,
}

/// What a memory operand's address starts from.
#[derive(Clone, Copy)]
enum Base {
    Reg(usize),
    Table(usize),
}

pub(super) const X0: O = O::X(0);
pub(super) const X1: O = O::X(1);
pub(super) const X2: O = O::X(2);
pub(super) const X3: O = O::X(3);
pub(super) const X4: O = O::X(4);
pub(super) const X5: O = O::X(5);
pub(super) const X6: O = O::X(6);
pub(super) const X7: O = O::X(7);
pub(super) const RAX: O = O::R(0);
pub(super) const RCX: O = O::R(1);
pub(super) const RDX: O = O::R(2);
pub(super) const RBX: O = O::R(3);
pub(super) const RSP: O = O::R(4);
pub(super) const RSI: O = O::R(6);
pub(super) const RDI: O = O::R(7);
pub(super) const R8: O = O::R(8);
pub(super) const R9: O = O::R(9);
pub(super) const R10: O = O::R(10);
pub(super) const R11: O = O::R(11);

/// An immediate operand.
pub(super) fn imm(v: i64) -> O {
    O::I(v)
}

/// `[reg + disp]`.
pub(super) fn at(reg: O, disp: i64) -> O {
    at_index(reg, None, 1, disp)
}

/// `[reg + index * scale + disp]`.
pub(super) fn at_index(reg: O, index: Option<O>, scale: u64, disp: i64) -> O {
    let number = |o: O| match o {
        O::R(n) => n,
        _ => 0,
    };
    O::M(Mem {
        base: Base::Reg(number(reg)),
        index: index.map(number),
        scale,
        disp,
    })
}

/// Byte `disp` of constant table `table` (its index in the routine's table list).
pub(super) fn table(table: usize, disp: i64) -> O {
    O::M(Mem {
        base: Base::Table(table),
        index: None,
        scale: 1,
        disp,
    })
}

/// The conditions of conditional jumps.
#[derive(Clone, Copy)]
pub(super) enum Cc {
    Above,
    AboveEqual,
    Below,
    BelowEqual,
    Equal,
    NotEqual,
    Greater,
    GreaterEqual,
    Less,
    LessEqual,
}

/// Where the stack region lives in the address space (table `t` is at `(t + 1) << 32`).
const STACK_BYTES: usize = 128;
const STACK_TOP: u64 = 96;

/// The registers, flags and memory of one routine call.
pub(super) struct Machine<'t> {
    x: [[u64; 2]; 8],
    r: [u64; 16],
    stack: [u8; STACK_BYTES],
    tables: &'t [&'t [u32]],
    zf: bool,
    sf: bool,
    cf: bool,
    of: bool,
}

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

impl<'t> Machine<'t> {
    /// A machine over the routine's constant tables, `xmm0` = `a`, `xmm1` = `b`.
    #[inline]
    pub(super) fn new(tables: &'t [&'t [u32]], a: f64, b: f64) -> Machine<'t> {
        let mut r = [0; 16];
        r[4] = STACK_TOP;
        let mut x = [[0; 2]; 8];
        x[0][0] = a.to_bits();
        x[1][0] = b.to_bits();
        Machine {
            x,
            r,
            stack: [0; STACK_BYTES],
            tables,
            zf: false,
            sf: false,
            cf: false,
            of: false,
        }
    }

    /// The `double` result in `xmm0`.
    #[inline]
    pub(super) fn result(&self) -> f64 {
        f(self.x[0][0])
    }

    #[inline]
    fn address(&self, m: Mem) -> u64 {
        let base = match m.base {
            Base::Reg(n) => self.r[n],
            Base::Table(t) => (t as u64 + 1) << 32,
        };
        let index = m.index.map_or(0, |n| self.r[n].wrapping_mul(m.scale));
        base.wrapping_add(index).wrapping_add(m.disp as u64)
    }

    #[inline]
    fn byte(&self, addr: u64) -> u8 {
        let region = (addr >> 32) as usize;
        let offset = (addr & 0xffff_ffff) as usize;
        if region == 0 {
            return self.stack.get(offset).copied().unwrap_or(0);
        }
        let word = self
            .tables
            .get(region - 1)
            .and_then(|t| t.get(offset / 4))
            .copied()
            .unwrap_or(0);
        (word >> (8 * (offset % 4))) as u8
    }

    #[inline]
    fn load(&self, m: Mem, bytes: usize) -> u128 {
        let addr = self.address(m);
        let (region, offset) = ((addr >> 32) as usize, (addr & 0xffff_ffff) as usize);
        if region == 0 && offset + bytes <= STACK_BYTES {
            let mut le = [0u8; 16];
            le[..bytes].copy_from_slice(&self.stack[offset..offset + bytes]);
            return u128::from_le_bytes(le);
        }
        // The common case: whole words of a table.
        if region > 0 && offset.is_multiple_of(4) && bytes.is_multiple_of(4) {
            let words = self
                .tables
                .get(region - 1)
                .and_then(|t| t.get(offset / 4..offset / 4 + bytes / 4));
            if let Some(words) = words {
                return words
                    .iter()
                    .rev()
                    .fold(0, |v, &w| (v << 32) | u128::from(w));
            }
        }
        (0..bytes).fold(0, |v, i| {
            v | (u128::from(self.byte(addr.wrapping_add(i as u64))) << (8 * i))
        })
    }

    #[inline]
    fn store(&mut self, m: Mem, bytes: usize, value: u128) {
        let addr = self.address(m);
        for i in 0..bytes {
            let a = addr.wrapping_add(i as u64);
            if a >> 32 == 0
                && let Some(b) = self.stack.get_mut(a as usize)
            {
                *b = (value >> (8 * i)) as u8;
            }
        }
    }

    /// The low 64 bits of an operand.
    #[inline]
    fn q(&self, o: O) -> u64 {
        match o {
            O::X(n) => self.x[n][0],
            O::R(n) => self.r[n],
            O::I(v) => v as u64,
            O::M(m) => self.load(m, 8) as u64,
        }
    }

    /// The low 32 bits of an operand.
    #[inline]
    fn d(&self, o: O) -> u32 {
        match o {
            O::M(m) => self.load(m, 4) as u32,
            _ => self.q(o) as u32,
        }
    }

    /// All 128 bits of a vector operand.
    #[inline]
    fn dq(&self, o: O) -> [u64; 2] {
        match o {
            O::X(n) => self.x[n],
            O::M(m) => {
                let v = self.load(m, 16);
                [v as u64, (v >> 64) as u64]
            }
            _ => [self.q(o), 0],
        }
    }

    #[inline]
    fn xmm(&mut self, o: O) -> &mut [u64; 2] {
        match o {
            O::X(n) => &mut self.x[n],
            _ => unreachable!("not a vector register"),
        }
    }

    #[inline]
    fn set_r32(&mut self, o: O, v: u32) {
        if let O::R(n) = o {
            self.r[n] = u64::from(v);
        }
    }

    #[inline]
    fn set_r64(&mut self, o: O, v: u64) {
        if let O::R(n) = o {
            self.r[n] = v;
        }
    }

    #[inline]
    fn logic_flags(&mut self, v: u64, bits: u32) {
        let v = v & mask(bits);
        self.zf = v == 0;
        self.sf = v >> (bits - 1) & 1 == 1;
        self.cf = false;
        self.of = false;
    }

    #[inline]
    fn sub_flags(&mut self, a: u64, b: u64, borrow: u64, bits: u32) -> u64 {
        let (a, b) = (a & mask(bits), b & mask(bits));
        let v = a.wrapping_sub(b).wrapping_sub(borrow) & mask(bits);
        self.zf = v == 0;
        self.sf = v >> (bits - 1) & 1 == 1;
        self.cf = u128::from(a) < u128::from(b) + u128::from(borrow);
        self.of = ((a ^ b) & (a ^ v)) >> (bits - 1) & 1 == 1;
        v
    }

    #[inline]
    fn add_flags(&mut self, a: u64, b: u64, bits: u32) -> u64 {
        let (a, b) = (a & mask(bits), b & mask(bits));
        let v = a.wrapping_add(b) & mask(bits);
        self.zf = v == 0;
        self.sf = v >> (bits - 1) & 1 == 1;
        self.cf = u128::from(a) + u128::from(b) > u128::from(mask(bits));
        self.of = (!(a ^ b) & (a ^ v)) >> (bits - 1) & 1 == 1;
        v
    }

    /// Whether a conditional jump on `cc` is taken.
    #[inline]
    pub(super) fn cc(&self, cc: Cc) -> bool {
        match cc {
            Cc::Above => !self.cf && !self.zf,
            Cc::AboveEqual => !self.cf,
            Cc::Below => self.cf,
            Cc::BelowEqual => self.cf || self.zf,
            Cc::Equal => self.zf,
            Cc::NotEqual => !self.zf,
            Cc::Greater => !self.zf && self.sf == self.of,
            Cc::GreaterEqual => self.sf == self.of,
            Cc::Less => self.sf != self.of,
            Cc::LessEqual => self.zf || self.sf != self.of,
        }
    }

    // Moves.

    #[inline]
    pub(super) fn movl(&mut self, d: O, s: O) {
        let v = self.d(s);
        match d {
            O::M(m) => self.store(m, 4, u128::from(v)),
            _ => self.set_r32(d, v),
        }
    }
    #[inline]
    pub(super) fn movw(&mut self, d: O, s: O) {
        let v = self.load_or_value(s, 2) as u64;
        if let O::R(n) = d {
            self.r[n] = (self.r[n] & !0xffff) | (v & 0xffff);
        }
    }
    #[inline]
    fn load_or_value(&self, s: O, bytes: usize) -> u128 {
        match s {
            O::M(m) => self.load(m, bytes),
            _ => u128::from(self.q(s)),
        }
    }
    #[inline]
    pub(super) fn movq(&mut self, d: O, s: O) {
        let v = self.q(s);
        match d {
            O::X(_) => *self.xmm(d) = [v, 0],
            O::M(m) => self.store(m, 8, u128::from(v)),
            _ => self.set_r64(d, v),
        }
    }
    #[inline]
    pub(super) fn mov64(&mut self, d: O, s: O) {
        self.movq(d, s)
    }
    #[inline]
    pub(super) fn movdq(&mut self, d: O, s: O) {
        self.movq(d, s)
    }
    #[inline]
    pub(super) fn movdl(&mut self, d: O, s: O) {
        let v = self.d(s);
        match d {
            O::X(_) => *self.xmm(d) = [u64::from(v), 0],
            _ => self.set_r32(d, v),
        }
    }
    #[inline]
    pub(super) fn movsd(&mut self, d: O, s: O) {
        match (d, s) {
            (O::M(m), _) => {
                let v = self.q(s);
                self.store(m, 8, u128::from(v))
            }
            (_, O::X(_)) => {
                let v = self.q(s);
                self.xmm(d)[0] = v
            }
            _ => {
                let v = self.q(s);
                *self.xmm(d) = [v, 0]
            }
        }
    }
    #[inline]
    pub(super) fn movdqu(&mut self, d: O, s: O) {
        let v = self.dq(s);
        match d {
            O::M(m) => self.store(m, 16, u128::from(v[0]) | (u128::from(v[1]) << 64)),
            _ => *self.xmm(d) = v,
        }
    }
    #[inline]
    pub(super) fn movapd(&mut self, d: O, s: O) {
        self.movdqu(d, s)
    }
    #[inline]
    pub(super) fn movddup(&mut self, d: O, s: O) {
        let v = self.q(s);
        *self.xmm(d) = [v, v];
    }
    #[inline]
    pub(super) fn lea(&mut self, d: O, s: O) {
        if let O::M(m) = s {
            let a = self.address(m);
            self.set_r64(d, a);
        }
    }
    #[inline]
    pub(super) fn push(&mut self, s: O) {
        self.r[4] = self.r[4].wrapping_sub(8);
        let v = self.q(s);
        self.store(mem_at(4, 0), 8, u128::from(v));
    }
    #[inline]
    pub(super) fn pop(&mut self, d: O) {
        let v = self.load(mem_at(4, 0), 8) as u64;
        self.set_r64(d, v);
        self.r[4] = self.r[4].wrapping_add(8);
    }

    // Scalar and packed double arithmetic.

    #[inline]
    fn scalar(&mut self, d: O, s: O, op: fn(f64, f64) -> f64) {
        let b = f(self.q(s));
        let x = self.xmm(d);
        x[0] = op(f(x[0]), b).to_bits();
    }
    #[inline]
    fn packed(&mut self, d: O, s: O, op: fn(f64, f64) -> f64) {
        let b = self.dq(s);
        let x = self.xmm(d);
        x[0] = op(f(x[0]), f(b[0])).to_bits();
        x[1] = op(f(x[1]), f(b[1])).to_bits();
    }
    #[inline]
    pub(super) fn addsd(&mut self, d: O, s: O) {
        self.scalar(d, s, |a, b| a + b)
    }
    #[inline]
    pub(super) fn subsd(&mut self, d: O, s: O) {
        self.scalar(d, s, |a, b| a - b)
    }
    #[inline]
    pub(super) fn mulsd(&mut self, d: O, s: O) {
        self.scalar(d, s, |a, b| a * b)
    }
    #[inline]
    pub(super) fn divsd(&mut self, d: O, s: O) {
        self.scalar(d, s, |a, b| a / b)
    }
    #[inline]
    pub(super) fn sqrtsd(&mut self, d: O, s: O) {
        let b = f(self.q(s)).sqrt();
        self.xmm(d)[0] = b.to_bits();
    }
    #[inline]
    pub(super) fn addpd(&mut self, d: O, s: O) {
        self.packed(d, s, |a, b| a + b)
    }
    #[inline]
    pub(super) fn subpd(&mut self, d: O, s: O) {
        self.packed(d, s, |a, b| a - b)
    }
    #[inline]
    pub(super) fn mulpd(&mut self, d: O, s: O) {
        self.packed(d, s, |a, b| a * b)
    }
    #[inline]
    pub(super) fn mulss(&mut self, d: O, s: O) {
        let b = f32::from_bits(self.d(s));
        let x = self.xmm(d);
        let a = f32::from_bits(x[0] as u32);
        x[0] = (x[0] & !0xffff_ffff) | u64::from((a * b).to_bits());
    }
    #[inline]
    pub(super) fn rcpps(&mut self, d: O, s: O) {
        let v = self.dq(s);
        let lanes = [
            v[0] as u32,
            (v[0] >> 32) as u32,
            v[1] as u32,
            (v[1] >> 32) as u32,
        ];
        let mut r = [0u32; 4];
        for (out, lane) in r.iter_mut().zip(lanes) {
            *out = reciprocal_estimate(f32::from_bits(lane)).to_bits();
        }
        *self.xmm(d) = [
            u64::from(r[0]) | (u64::from(r[1]) << 32),
            u64::from(r[2]) | (u64::from(r[3]) << 32),
        ];
    }

    // Conversions.

    #[inline]
    pub(super) fn cvtsi2sdl(&mut self, d: O, s: O) {
        let v = f64::from(self.d(s) as i32);
        self.xmm(d)[0] = v.to_bits();
    }
    #[inline]
    pub(super) fn cvtsi2sdq(&mut self, d: O, s: O) {
        let v = self.q(s) as i64 as f64;
        self.xmm(d)[0] = v.to_bits();
    }
    #[inline]
    pub(super) fn cvttsd2sil(&mut self, d: O, s: O) {
        let v = truncate_i32(f(self.q(s)));
        self.set_r32(d, v as u32);
    }
    #[inline]
    pub(super) fn cvttsd2siq(&mut self, d: O, s: O) {
        let a = f(self.q(s));
        let v = if a.is_nan() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&a)
        {
            i64::MIN
        } else {
            a as i64
        };
        self.set_r64(d, v as u64);
    }
    #[inline]
    pub(super) fn cvttpd2dq(&mut self, d: O, s: O) {
        let v = self.dq(s);
        let (a, b) = (truncate_i32(f(v[0])) as u32, truncate_i32(f(v[1])) as u32);
        *self.xmm(d) = [u64::from(a) | (u64::from(b) << 32), 0];
    }
    #[inline]
    pub(super) fn cvtdq2pd(&mut self, d: O, s: O) {
        let v = self.q(s);
        let (a, b) = (
            f64::from(v as u32 as i32),
            f64::from((v >> 32) as u32 as i32),
        );
        *self.xmm(d) = [a.to_bits(), b.to_bits()];
    }

    // Vector bit operations and shuffles.

    #[inline]
    fn bitwise(&mut self, d: O, s: O, op: fn(u64, u64) -> u64) {
        let b = self.dq(s);
        let x = self.xmm(d);
        x[0] = op(x[0], b[0]);
        x[1] = op(x[1], b[1]);
    }
    #[inline]
    pub(super) fn pand(&mut self, d: O, s: O) {
        self.bitwise(d, s, |a, b| a & b)
    }
    #[inline]
    pub(super) fn andpd(&mut self, d: O, s: O) {
        self.pand(d, s)
    }
    #[inline]
    pub(super) fn por(&mut self, d: O, s: O) {
        self.bitwise(d, s, |a, b| a | b)
    }
    #[inline]
    pub(super) fn pxor(&mut self, d: O, s: O) {
        self.bitwise(d, s, |a, b| a ^ b)
    }
    #[inline]
    pub(super) fn xorpd(&mut self, d: O, s: O) {
        self.pxor(d, s)
    }
    #[inline]
    pub(super) fn paddq(&mut self, d: O, s: O) {
        self.bitwise(d, s, u64::wrapping_add)
    }
    #[inline]
    pub(super) fn paddd(&mut self, d: O, s: O) {
        self.bitwise(d, s, |a, b| dwords(a, b, u32::wrapping_add))
    }
    #[inline]
    pub(super) fn psubd(&mut self, d: O, s: O) {
        self.bitwise(d, s, |a, b| dwords(a, b, u32::wrapping_sub))
    }
    #[inline]
    fn shift_count(&self, s: O) -> u64 {
        match s {
            O::X(_) => self.q(s),
            _ => self.q(s) & 0xff,
        }
    }
    #[inline]
    pub(super) fn psllq(&mut self, d: O, s: O) {
        let n = self.shift_count(s);
        let x = self.xmm(d);
        for lane in x.iter_mut() {
            *lane = if n > 63 { 0 } else { *lane << n };
        }
    }
    #[inline]
    pub(super) fn psrlq(&mut self, d: O, s: O) {
        let n = self.shift_count(s);
        let x = self.xmm(d);
        for lane in x.iter_mut() {
            *lane = if n > 63 { 0 } else { *lane >> n };
        }
    }
    #[inline]
    pub(super) fn psrld(&mut self, d: O, s: O) {
        let n = self.shift_count(s);
        let x = self.xmm(d);
        for lane in x.iter_mut() {
            *lane = dwords(*lane, 0, |a, _| if n > 31 { 0 } else { a >> n });
        }
    }
    #[inline]
    pub(super) fn psrad(&mut self, d: O, s: O) {
        let n = self.shift_count(s).min(31);
        let x = self.xmm(d);
        for lane in x.iter_mut() {
            *lane = dwords(*lane, 0, |a, _| ((a as i32) >> n) as u32);
        }
    }
    #[inline]
    pub(super) fn pshufd(&mut self, d: O, s: O, imm: O) {
        let v = self.dq(s);
        let lanes = [
            v[0] as u32,
            (v[0] >> 32) as u32,
            v[1] as u32,
            (v[1] >> 32) as u32,
        ];
        let k = self.q(imm);
        let pick = |i: u64| u64::from(lanes[((k >> (2 * i)) & 3) as usize]);
        *self.xmm(d) = [pick(0) | (pick(1) << 32), pick(2) | (pick(3) << 32)];
    }
    #[inline]
    pub(super) fn unpcklpd(&mut self, d: O, s: O) {
        let b = self.dq(s);
        self.xmm(d)[1] = b[0];
    }
    #[inline]
    pub(super) fn unpckhpd(&mut self, d: O, s: O) {
        let b = self.dq(s);
        let x = self.xmm(d);
        *x = [x[1], b[1]];
    }
    #[inline]
    pub(super) fn pextrw(&mut self, d: O, s: O, imm: O) {
        let v = self.dq(s);
        let i = self.q(imm) & 7;
        let word = (v[(i / 4) as usize] >> (16 * (i % 4))) & 0xffff;
        self.set_r32(d, word as u32);
    }
    #[inline]
    pub(super) fn pinsrw(&mut self, d: O, s: O, imm: O) {
        let w = self.q(s) & 0xffff;
        let i = self.q(imm) & 7;
        let x = self.xmm(d);
        let lane = &mut x[(i / 4) as usize];
        let shift = 16 * (i % 4);
        *lane = (*lane & !(0xffff << shift)) | (w << shift);
    }

    // Integer arithmetic (the `l` forms work on 32 bits and clear the upper half).

    #[inline]
    fn int_op(&mut self, d: O, s: O, bits: u32, op: fn(&mut Self, u64, u64, u32) -> u64) {
        let a = self.q(d);
        let b = if bits == 32 {
            u64::from(self.d(s))
        } else {
            self.q(s)
        };
        let v = op(self, a, b, bits);
        self.set_r64(d, v & mask(bits));
    }
    #[inline]
    pub(super) fn addl(&mut self, d: O, s: O) {
        self.int_op(d, s, 32, |m, a, b, n| m.add_flags(a, b, n))
    }
    #[inline]
    pub(super) fn addq(&mut self, d: O, s: O) {
        self.int_op(d, s, 64, |m, a, b, n| m.add_flags(a, b, n))
    }
    #[inline]
    pub(super) fn subl(&mut self, d: O, s: O) {
        self.int_op(d, s, 32, |m, a, b, n| m.sub_flags(a, b, 0, n))
    }
    #[inline]
    pub(super) fn subq(&mut self, d: O, s: O) {
        self.int_op(d, s, 64, |m, a, b, n| m.sub_flags(a, b, 0, n))
    }
    #[inline]
    pub(super) fn sbbq(&mut self, d: O, s: O) {
        self.int_op(d, s, 64, |m, a, b, n| {
            let borrow = u64::from(m.cf);
            m.sub_flags(a, b, borrow, n)
        })
    }
    #[inline]
    pub(super) fn cmpl(&mut self, a: O, b: O) {
        let (x, y) = (u64::from(self.d(a)), u64::from(self.d(b)));
        self.sub_flags(x, y, 0, 32);
    }
    #[inline]
    pub(super) fn cmpq(&mut self, a: O, b: O) {
        let (x, y) = (self.q(a), self.q(b));
        self.sub_flags(x, y, 0, 64);
    }
    #[inline]
    pub(super) fn cmp64(&mut self, a: O, b: O) {
        self.cmpq(a, b)
    }
    #[inline]
    pub(super) fn testl(&mut self, a: O, b: O) {
        let v = u64::from(self.d(a) & self.d(b));
        self.logic_flags(v, 32);
    }
    #[inline]
    fn logic(&mut self, d: O, s: O, bits: u32, op: fn(u64, u64) -> u64) {
        let a = self.q(d);
        let b = if bits == 32 {
            u64::from(self.d(s))
        } else {
            self.q(s)
        };
        let v = op(a, b) & mask(bits);
        self.logic_flags(v, bits);
        self.set_r64(d, v);
    }
    #[inline]
    pub(super) fn andl(&mut self, d: O, s: O) {
        self.logic(d, s, 32, |a, b| a & b)
    }
    #[inline]
    pub(super) fn andq(&mut self, d: O, s: O) {
        self.logic(d, s, 64, |a, b| a & b)
    }
    #[inline]
    pub(super) fn orl(&mut self, d: O, s: O) {
        self.logic(d, s, 32, |a, b| a | b)
    }
    #[inline]
    pub(super) fn orq(&mut self, d: O, s: O) {
        self.logic(d, s, 64, |a, b| a | b)
    }
    #[inline]
    pub(super) fn xorl(&mut self, d: O, s: O) {
        self.logic(d, s, 32, |a, b| a ^ b)
    }
    #[inline]
    pub(super) fn negl(&mut self, d: O) {
        let a = u64::from(self.d(d));
        let v = self.sub_flags(0, a, 0, 32);
        self.cf = a != 0;
        self.set_r64(d, v);
    }
    #[inline]
    pub(super) fn notl(&mut self, d: O) {
        let v = u64::from(!self.d(d));
        self.set_r64(d, v);
    }
    #[inline]
    pub(super) fn imulq(&mut self, d: O, s: O) {
        let (a, b) = (self.q(d) as i64, self.q(s) as i64);
        let wide = i128::from(a) * i128::from(b);
        let v = wide as i64;
        self.cf = i128::from(v) != wide;
        self.of = self.cf;
        self.set_r64(d, v as u64);
    }
    /// Shifts by `count`, or by `cl` when `count` is `None`; flags as the hardware sets them
    /// for a non-zero count (unchanged for a zero one).
    #[inline]
    fn shift(&mut self, d: O, count: Option<O>, bits: u32, kind: Shift) {
        let n = count.map_or(self.r[1], |c| self.q(c)) & if bits == 64 { 63 } else { 31 };
        let a = self.q(d) & mask(bits);
        if n == 0 {
            self.set_r64(d, a);
            return;
        }
        let (v, out) = match kind {
            Shift::Left => (a << n, (a >> (u64::from(bits) - n)) & 1),
            Shift::Right => (a >> n, (a >> (n - 1)) & 1),
            Shift::Arithmetic => {
                let signed = (a << (64 - bits)) as i64 >> (64 - bits);
                ((signed >> n) as u64, ((signed >> (n - 1)) & 1) as u64)
            }
        };
        let v = v & mask(bits);
        self.logic_flags(v, bits);
        self.cf = out == 1;
        self.set_r64(d, v);
    }
    #[inline]
    pub(super) fn shll(&mut self, d: O, n: Option<O>) {
        self.shift(d, n, 32, Shift::Left)
    }
    #[inline]
    pub(super) fn shlq(&mut self, d: O, n: Option<O>) {
        self.shift(d, n, 64, Shift::Left)
    }
    #[inline]
    pub(super) fn shrl(&mut self, d: O, n: Option<O>) {
        self.shift(d, n, 32, Shift::Right)
    }
    #[inline]
    pub(super) fn shrq(&mut self, d: O, n: Option<O>) {
        self.shift(d, n, 64, Shift::Right)
    }
    #[inline]
    pub(super) fn sarl(&mut self, d: O, n: Option<O>) {
        self.shift(d, n, 32, Shift::Arithmetic)
    }
    #[inline]
    fn bit_scan(&mut self, d: O, s: O, bits: u32) {
        let v = if bits == 32 {
            u64::from(self.d(s))
        } else {
            self.q(s)
        };
        self.zf = v == 0;
        if v != 0 {
            self.set_r64(d, u64::from(63 - v.leading_zeros()));
        }
    }
    #[inline]
    pub(super) fn bsrl(&mut self, d: O, s: O) {
        self.bit_scan(d, s, 32)
    }
    #[inline]
    pub(super) fn bsrq(&mut self, d: O, s: O) {
        self.bit_scan(d, s, 64)
    }
}

#[derive(Clone, Copy)]
enum Shift {
    Left,
    Right,
    Arithmetic,
}

fn mem_at(reg: usize, disp: i64) -> Mem {
    Mem {
        base: Base::Reg(reg),
        index: None,
        scale: 1,
        disp,
    }
}

fn mask(bits: u32) -> u64 {
    if bits == 64 {
        u64::MAX
    } else {
        (1 << bits) - 1
    }
}

/// Applies `op` to the two 32-bit halves of `a` and `b`.
fn dwords(a: u64, b: u64, op: impl Fn(u32, u32) -> u32) -> u64 {
    let lo = op(a as u32, b as u32);
    let hi = op((a >> 32) as u32, (b >> 32) as u32);
    u64::from(lo) | (u64::from(hi) << 32)
}

/// `cvttsd2si` to 32 bits: truncation, the "integer indefinite" value out of range.
fn truncate_i32(a: f64) -> i32 {
    if a.is_nan() || a <= -2_147_483_649.0 || a >= 2_147_483_648.0 {
        i32::MIN
    } else {
        a as i32
    }
}

/// `rcpps` of one lane, modelled as the correctly rounded reciprocal (the processor's estimate
/// is within 1.5 * 2^-12 of it; the routines keep only its leading bits, rounded).
fn reciprocal_estimate(a: f32) -> f32 {
    1.0 / a
}

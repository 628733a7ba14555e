//! Arithmetic, logic, conversion and comparison ops on the operand stack, with the JVMS's
//! exact semantics: wrapping integer arithmetic, shift distances masked to 5 or 6 bits,
//! IEEE 754 floating point, saturating float-to-integer conversions with NaN to 0 (Rust's `as`
//! has exactly these semantics), and the NaN results of `fcmpl`/`fcmpg`/`dcmpl`/`dcmpg`.

use super::ops::Arith;
use super::slots::Slots;

#[inline(always)]
fn geti(s: &Slots, i: usize) -> i32 {
    s[i] as i32
}
#[inline(always)]
fn getl(s: &Slots, i: usize) -> i64 {
    s[i] as i64
}
#[inline(always)]
fn getf(s: &Slots, i: usize) -> f32 {
    f32::from_bits(s[i] as u32)
}
#[inline(always)]
fn getd(s: &Slots, i: usize) -> f64 {
    f64::from_bits(s[i])
}
/// The slot form of an `int`.
#[inline(always)]
pub fn int_slot(v: i32) -> u64 {
    v as u32 as u64
}
/// The slot form of a `float`.
#[inline(always)]
pub fn float_slot(v: f32) -> u64 {
    v.to_bits() as u64
}

fn fcmp(a: f32, b: f32, nan: i32) -> i32 {
    if a > b {
        1
    } else if a < b {
        -1
    } else if a == b {
        0
    } else {
        nan
    }
}

fn dcmp(a: f64, b: f64, nan: i32) -> i32 {
    if a > b {
        1
    } else if a < b {
        -1
    } else if a == b {
        0
    } else {
        nan
    }
}

/// Executes `op` on the stack whose top is `sp`; returns the new top.
#[inline(always)]
pub fn execute(s: &mut Slots, sp: usize, op: Arith) -> usize {
    use Arith as A;
    macro_rules! ibin {
        ($f:expr) => {{
            let (a, b) = (geti(s, sp - 2), geti(s, sp - 1));
            s[sp - 2] = int_slot($f(a, b));
            sp - 1
        }};
    }
    macro_rules! lbin {
        ($f:expr) => {{
            let (a, b) = (getl(s, sp - 4), getl(s, sp - 2));
            s[sp - 4] = $f(a, b) as u64;
            sp - 2
        }};
    }
    macro_rules! fbin {
        ($f:expr) => {{
            let (a, b) = (getf(s, sp - 2), getf(s, sp - 1));
            s[sp - 2] = float_slot($f(a, b));
            sp - 1
        }};
    }
    macro_rules! dbin {
        ($f:expr) => {{
            let (a, b) = (getd(s, sp - 4), getd(s, sp - 2));
            s[sp - 4] = ($f(a, b) as f64).to_bits();
            sp - 2
        }};
    }
    macro_rules! lshift {
        ($f:expr) => {{
            let (a, b) = (getl(s, sp - 3), geti(s, sp - 1));
            s[sp - 3] = $f(a, b as u32) as u64;
            sp - 1
        }};
    }
    match op {
        A::Iadd => ibin!(i32::wrapping_add),
        A::Isub => ibin!(i32::wrapping_sub),
        A::Imul => ibin!(i32::wrapping_mul),
        A::Iand => ibin!(|a, b| a & b),
        A::Ior => ibin!(|a, b| a | b),
        A::Ixor => ibin!(|a, b| a ^ b),
        A::Ishl => ibin!(|a: i32, b: i32| a.wrapping_shl(b as u32)),
        A::Ishr => ibin!(|a: i32, b: i32| a.wrapping_shr(b as u32)),
        A::Iushr => ibin!(|a: i32, b: i32| ((a as u32).wrapping_shr(b as u32)) as i32),
        A::Ladd => lbin!(i64::wrapping_add),
        A::Lsub => lbin!(i64::wrapping_sub),
        A::Lmul => lbin!(i64::wrapping_mul),
        A::Land => lbin!(|a, b| a & b),
        A::Lor => lbin!(|a, b| a | b),
        A::Lxor => lbin!(|a, b| a ^ b),
        A::Lshl => lshift!(|a: i64, b| a.wrapping_shl(b)),
        A::Lshr => lshift!(|a: i64, b| a.wrapping_shr(b)),
        A::Lushr => lshift!(|a: i64, b| (a as u64).wrapping_shr(b) as i64),
        A::Fadd => fbin!(|a, b| a + b),
        A::Fsub => fbin!(|a, b| a - b),
        A::Fmul => fbin!(|a, b| a * b),
        A::Fdiv => fbin!(|a, b| a / b),
        A::Frem => fbin!(|a: f32, b: f32| a % b),
        A::Dadd => dbin!(|a, b| a + b),
        A::Dsub => dbin!(|a, b| a - b),
        A::Dmul => dbin!(|a, b| a * b),
        A::Ddiv => dbin!(|a, b| a / b),
        A::Drem => dbin!(|a: f64, b: f64| a % b),
        A::Ineg => {
            s[sp - 1] = int_slot(geti(s, sp - 1).wrapping_neg());
            sp
        }
        A::Lneg => {
            s[sp - 2] = getl(s, sp - 2).wrapping_neg() as u64;
            sp
        }
        A::Fneg => {
            s[sp - 1] = float_slot(-getf(s, sp - 1));
            sp
        }
        A::Dneg => {
            s[sp - 2] = (-getd(s, sp - 2)).to_bits();
            sp
        }
        A::I2l => {
            s[sp - 1] = i64::from(geti(s, sp - 1)) as u64;
            sp + 1
        }
        A::I2f => {
            s[sp - 1] = float_slot(geti(s, sp - 1) as f32);
            sp
        }
        A::I2d => {
            s[sp - 1] = f64::from(geti(s, sp - 1)).to_bits();
            sp + 1
        }
        A::L2i => {
            s[sp - 2] = int_slot(getl(s, sp - 2) as i32);
            sp - 1
        }
        A::L2f => {
            s[sp - 2] = float_slot(getl(s, sp - 2) as f32);
            sp - 1
        }
        A::L2d => {
            s[sp - 2] = (getl(s, sp - 2) as f64).to_bits();
            sp
        }
        A::F2i => {
            s[sp - 1] = int_slot(getf(s, sp - 1) as i32);
            sp
        }
        A::F2l => {
            s[sp - 1] = (getf(s, sp - 1) as i64) as u64;
            sp + 1
        }
        A::F2d => {
            s[sp - 1] = f64::from(getf(s, sp - 1)).to_bits();
            sp + 1
        }
        A::D2i => {
            s[sp - 2] = int_slot(getd(s, sp - 2) as i32);
            sp - 1
        }
        A::D2l => {
            s[sp - 2] = (getd(s, sp - 2) as i64) as u64;
            sp
        }
        A::D2f => {
            s[sp - 2] = float_slot(getd(s, sp - 2) as f32);
            sp - 1
        }
        A::I2b => {
            s[sp - 1] = int_slot(i32::from(geti(s, sp - 1) as i8));
            sp
        }
        A::I2c => {
            s[sp - 1] = int_slot(i32::from(geti(s, sp - 1) as u16));
            sp
        }
        A::I2s => {
            s[sp - 1] = int_slot(i32::from(geti(s, sp - 1) as i16));
            sp
        }
        A::Lcmp => {
            let (a, b) = (getl(s, sp - 4), getl(s, sp - 2));
            s[sp - 4] = int_slot(a.cmp(&b) as i32);
            sp - 3
        }
        A::Fcmpl | A::Fcmpg => {
            let (a, b) = (getf(s, sp - 2), getf(s, sp - 1));
            s[sp - 2] = int_slot(fcmp(a, b, if op == A::Fcmpl { -1 } else { 1 }));
            sp - 1
        }
        A::Dcmpl | A::Dcmpg => {
            let (a, b) = (getd(s, sp - 4), getd(s, sp - 2));
            s[sp - 4] = int_slot(dcmp(a, b, if op == A::Dcmpl { -1 } else { 1 }));
            sp - 3
        }
    }
}

//! Stack effects of the arithmetic ops, for the NPE message analysis.

use super::ops::Arith;

/// (pops, pushes) in slots.
pub(super) fn effect(a: Arith) -> (usize, usize) {
    use Arith::*;
    match a {
        Iadd | Isub | Imul | Iand | Ior | Ixor | Ishl | Ishr | Iushr | Fadd | Fsub | Fmul
        | Fdiv | Frem | Fcmpl | Fcmpg => (2, 1),
        Ladd | Lsub | Lmul | Land | Lor | Lxor | Dadd | Dsub | Dmul | Ddiv | Drem => (4, 2),
        Lshl | Lshr | Lushr => (3, 2),
        Lcmp | Dcmpl | Dcmpg => (4, 1),
        Ineg | Fneg | I2f | F2i | I2b | I2c | I2s => (1, 1),
        Lneg | Dneg | L2d | D2l => (2, 2),
        I2l | I2d | F2l | F2d => (1, 2),
        L2i | L2f | D2i | D2f => (2, 1),
    }
}

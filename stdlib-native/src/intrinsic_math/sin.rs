//! `Math.sin`: the routine of HotSpot's x86-64 stub (`MacroAssembler::fast_sin`, 64-bit version),
//! operation for operation over [`super::machine`], with its constant tables.

use super::machine::*;
use super::shared::{
    CTABLE, NEG_ZERO, ONEHALF, P_1, P_2, P_3, PI_4, PI_INV_TABLE, PI32INV, SC_1, SC_2, SC_3, SC_4,
    SIGN_MASK,
};

const SHIFTER: [u32; 2] = [0x00000000, 0x43380000];

const ALL_ONES: [u32; 2] = [0xffffffff, 0x3fefffff];

const TWO_POW_55: [u32; 2] = [0x00000000, 0x43600000];

const TWO_POW_M55: [u32; 2] = [0x00000000, 0x3c800000];

/// The tables, by the indices below.
static TABLES: [&[u32]; 18] = [
    &PI32INV,
    &SHIFTER,
    &ONEHALF,
    &SIGN_MASK,
    &P_2,
    &SC_4,
    &CTABLE,
    &P_3,
    &SC_2,
    &SC_3,
    &SC_1,
    &ALL_ONES,
    &TWO_POW_55,
    &TWO_POW_M55,
    &PI_INV_TABLE,
    &PI_4,
    &P_1,
    &NEG_ZERO,
];
const PI32INV_AT: usize = 0;
const SHIFTER_AT: usize = 1;
const ONEHALF_AT: usize = 2;
const SIGN_MASK_AT: usize = 3;
const P_2_AT: usize = 4;
const SC_4_AT: usize = 5;
const CTABLE_AT: usize = 6;
const P_3_AT: usize = 7;
const SC_2_AT: usize = 8;
const SC_3_AT: usize = 9;
const SC_1_AT: usize = 10;
const ALL_ONES_AT: usize = 11;
const TWO_POW_55_AT: usize = 12;
const TWO_POW_M55_AT: usize = 13;
const PI_INV_TABLE_AT: usize = 14;
const PI_4_AT: usize = 15;
const P_1_AT: usize = 16;
const NEG_ZERO_AT: usize = 17;

/// `Math.sin` as HotSpot computes it on x86-64.
pub fn sin(x: f64) -> f64 {
    let mut m = Machine::new(&TABLES, x, 0.0);
    let mut block = 0;
    loop {
        match block {
            0 => {
                m.push(RBX);
                m.subq(RSP, imm(16));
                m.movsd(at(RSP, 8), X0);
                m.movl(RAX, at(RSP, 12));
                m.movq(X1, table(PI32INV_AT, 0));
                m.movq(X2, table(SHIFTER_AT, 0));
                m.andl(RAX, imm(2147418112));
                m.subl(RAX, imm(808452096));
                m.cmpl(RAX, imm(281346048));
                if m.cc(Cc::Above) {
                    block = 1;
                    continue;
                }
                m.mulsd(X1, X0);
                m.movdqu(X5, table(ONEHALF_AT, 0));
                m.movq(X4, table(SIGN_MASK_AT, 0));
                m.pand(X4, X0);
                m.por(X5, X4);
                m.addpd(X1, X5);
                m.cvttsd2sil(RDX, X1);
                m.cvtsi2sdl(X1, RDX);
                m.movdqu(X6, table(P_2_AT, 0));
                m.mov64(R8, imm(4591738658414919680));
                m.movdq(X3, R8);
                m.movdqu(X5, table(SC_4_AT, 0));
                m.pshufd(X4, X0, imm(68));
                m.mulsd(X3, X1);
                m.movddup(X1, X1);
                m.andl(RDX, imm(63));
                m.shll(RDX, Some(imm(5)));
                m.lea(RAX, table(CTABLE_AT, 0));
                m.addq(RAX, RDX);
                m.mulpd(X6, X1);
                m.mulsd(X1, table(P_3_AT, 0));
                m.subsd(X4, X3);
                m.movq(X7, at(RAX, 8));
                m.subsd(X0, X3);
                m.movddup(X3, X4);
                m.subsd(X4, X6);
                m.pshufd(X0, X0, imm(68));
                m.movdqu(X2, at(RAX, 0));
                m.mulpd(X5, X0);
                m.subpd(X0, X6);
                m.mulsd(X7, X4);
                m.subsd(X3, X4);
                m.mulpd(X5, X0);
                m.mulpd(X0, X0);
                m.subsd(X3, X6);
                m.movdqu(X6, table(SC_2_AT, 0));
                m.subsd(X1, X3);
                m.movq(X3, at(RAX, 24));
                m.addsd(X2, X3);
                m.subsd(X7, X2);
                m.mulsd(X2, X4);
                m.mulpd(X6, X0);
                m.mulsd(X3, X4);
                m.mulpd(X2, X0);
                m.mulpd(X0, X0);
                m.addpd(X5, table(SC_3_AT, 0));
                m.mulsd(X4, at(RAX, 0));
                m.addpd(X6, table(SC_1_AT, 0));
                m.mulpd(X5, X0);
                m.movdqu(X0, X3);
                m.addsd(X3, at(RAX, 8));
                m.mulpd(X1, X7);
                m.movdqu(X7, X4);
                m.addsd(X4, X3);
                m.addpd(X6, X5);
                m.movq(X5, at(RAX, 8));
                m.subsd(X5, X3);
                m.subsd(X3, X4);
                m.addsd(X1, at(RAX, 16));
                m.mulpd(X6, X2);
                m.addsd(X5, X0);
                m.addsd(X3, X7);
                m.addsd(X1, X5);
                m.addsd(X1, X3);
                m.addsd(X1, X6);
                m.unpckhpd(X6, X6);
                m.movdqu(X0, X4);
                m.addsd(X1, X6);
                m.addsd(X0, X1);
                block = 16;
            }
            1 => {
                if m.cc(Cc::Greater) {
                    block = 3;
                    continue;
                }
                m.shrl(RAX, Some(imm(20)));
                m.cmpl(RAX, imm(3325));
                if m.cc(Cc::NotEqual) {
                    block = 2;
                    continue;
                }
                m.mulsd(X0, table(ALL_ONES_AT, 0));
                block = 16;
            }
            2 => {
                m.movq(X3, table(TWO_POW_55_AT, 0));
                m.mulsd(X3, X0);
                m.subsd(X3, X0);
                m.mulsd(X3, table(TWO_POW_M55_AT, 0));
                block = 16;
            }
            3 => {
                m.pextrw(RAX, X0, imm(3));
                m.andl(RAX, imm(32752));
                m.cmpl(RAX, imm(32752));
                if m.cc(Cc::Equal) {
                    block = 14;
                    continue;
                }
                m.pextrw(RCX, X0, imm(3));
                m.andl(RCX, imm(32752));
                m.subl(RCX, imm(16224));
                m.shrl(RCX, Some(imm(7)));
                m.andl(RCX, imm(65532));
                m.lea(R11, table(PI_INV_TABLE_AT, 0));
                m.addq(RCX, R11);
                m.movdq(RAX, X0);
                m.movl(R10, at(RCX, 20));
                m.movl(R8, at(RCX, 24));
                m.movl(RDX, RAX);
                m.shrq(RAX, Some(imm(21)));
                m.orl(RAX, imm(-2147483648));
                m.shrl(RAX, Some(imm(11)));
                m.movl(R9, R10);
                m.imulq(R10, RDX);
                m.imulq(R9, RAX);
                m.imulq(R8, RAX);
                m.movl(RSI, at(RCX, 16));
                m.movl(RDI, at(RCX, 12));
                m.movl(R11, R10);
                m.shrq(R10, Some(imm(32)));
                m.addq(R9, R10);
                m.addq(R11, R8);
                m.movl(R8, R11);
                m.shrq(R11, Some(imm(32)));
                m.addq(R9, R11);
                m.movl(R10, RSI);
                m.imulq(RSI, RDX);
                m.imulq(R10, RAX);
                m.movl(R11, RDI);
                m.imulq(RDI, RDX);
                m.movl(RBX, RSI);
                m.shrq(RSI, Some(imm(32)));
                m.addq(R9, RBX);
                m.movl(RBX, R9);
                m.shrq(R9, Some(imm(32)));
                m.addq(R10, RSI);
                m.addq(R10, R9);
                m.shlq(RBX, Some(imm(32)));
                m.orq(R8, RBX);
                m.imulq(R11, RAX);
                m.movl(R9, at(RCX, 8));
                m.movl(RSI, at(RCX, 4));
                m.movl(RBX, RDI);
                m.shrq(RDI, Some(imm(32)));
                m.addq(R10, RBX);
                m.movl(RBX, R10);
                m.shrq(R10, Some(imm(32)));
                m.addq(R11, RDI);
                m.addq(R11, R10);
                m.movq(RDI, R9);
                m.imulq(R9, RDX);
                m.imulq(RDI, RAX);
                m.movl(R10, R9);
                m.shrq(R9, Some(imm(32)));
                m.addq(R11, R10);
                m.movl(R10, R11);
                m.shrq(R11, Some(imm(32)));
                m.addq(RDI, R9);
                m.addq(RDI, R11);
                m.movq(R9, RSI);
                m.imulq(RSI, RDX);
                m.imulq(R9, RAX);
                m.shlq(R10, Some(imm(32)));
                m.orq(R10, RBX);
                m.movl(RAX, at(RCX, 0));
                m.movl(R11, RSI);
                m.shrq(RSI, Some(imm(32)));
                m.addq(RDI, R11);
                m.movl(R11, RDI);
                m.shrq(RDI, Some(imm(32)));
                m.addq(R9, RSI);
                m.addq(R9, RDI);
                m.imulq(RDX, RAX);
                m.pextrw(RBX, X0, imm(3));
                m.lea(RDI, table(PI_INV_TABLE_AT, 0));
                m.subq(RCX, RDI);
                m.addl(RCX, RCX);
                m.addl(RCX, RCX);
                m.addl(RCX, RCX);
                m.addl(RCX, imm(19));
                m.movl(RSI, imm(32768));
                m.andl(RSI, RBX);
                m.shrl(RBX, Some(imm(4)));
                m.andl(RBX, imm(2047));
                m.subl(RBX, imm(1023));
                m.subl(RCX, RBX);
                m.addq(R9, RDX);
                m.movl(RDX, RCX);
                m.addl(RDX, imm(32));
                m.cmpl(RCX, imm(1));
                if m.cc(Cc::Less) {
                    block = 11;
                    continue;
                }
                m.negl(RCX);
                m.addl(RCX, imm(29));
                m.shll(R9, None);
                m.movl(RDI, R9);
                m.andl(R9, imm(536870911));
                m.testl(R9, imm(268435456));
                if m.cc(Cc::NotEqual) {
                    block = 12;
                    continue;
                }
                m.shrl(R9, None);
                m.movl(RBX, imm(0));
                m.shlq(R9, Some(imm(32)));
                m.orq(R9, R11);
                block = 4;
            }
            4 => {
                block = 5;
            }
            5 => {
                m.cmpq(R9, imm(0));
                if m.cc(Cc::Equal) {
                    block = 9;
                    continue;
                }
                block = 6;
            }
            6 => {
                m.bsrq(R11, R9);
                m.movl(RCX, imm(29));
                m.subl(RCX, R11);
                if m.cc(Cc::LessEqual) {
                    block = 10;
                    continue;
                }
                m.shlq(R9, None);
                m.movq(RAX, R10);
                m.shlq(R10, None);
                m.addl(RDX, RCX);
                m.negl(RCX);
                m.addl(RCX, imm(64));
                m.shrq(RAX, None);
                m.shrq(R8, None);
                m.orq(R9, RAX);
                m.orq(R10, R8);
                block = 7;
            }
            7 => {
                m.cvtsi2sdq(X0, R9);
                m.shrq(R10, Some(imm(1)));
                m.cvtsi2sdq(X3, R10);
                m.xorpd(X4, X4);
                m.shll(RDX, Some(imm(4)));
                m.negl(RDX);
                m.addl(RDX, imm(16368));
                m.orl(RDX, RSI);
                m.xorl(RDX, RBX);
                m.pinsrw(X4, RDX, imm(3));
                m.movq(X2, table(PI_4_AT, 0));
                m.movq(X6, table(PI_4_AT, 8));
                m.xorpd(X5, X5);
                m.subl(RDX, imm(1008));
                m.pinsrw(X5, RDX, imm(3));
                m.mulsd(X0, X4);
                m.shll(RSI, Some(imm(16)));
                m.sarl(RSI, Some(imm(31)));
                m.mulsd(X3, X5);
                m.movdqu(X1, X0);
                m.mulsd(X0, X2);
                m.shrl(RDI, Some(imm(29)));
                m.addsd(X1, X3);
                m.mulsd(X3, X2);
                m.addl(RDI, RSI);
                m.xorl(RDI, RSI);
                m.mulsd(X6, X1);
                m.movl(RAX, RDI);
                m.addsd(X6, X3);
                m.movdqu(X2, X0);
                m.addsd(X0, X6);
                m.subsd(X2, X0);
                m.addsd(X6, X2);
                block = 8;
            }
            8 => {
                m.movq(X1, table(PI32INV_AT, 0));
                m.mulsd(X1, X0);
                m.movq(X5, table(ONEHALF_AT, 0));
                m.movq(X4, table(SIGN_MASK_AT, 0));
                m.pand(X4, X0);
                m.por(X5, X4);
                m.addpd(X1, X5);
                m.cvttsd2sil(RDX, X1);
                m.cvtsi2sdl(X1, RDX);
                m.movq(X3, table(P_1_AT, 0));
                m.movdqu(X2, table(P_2_AT, 0));
                m.mulsd(X3, X1);
                m.unpcklpd(X1, X1);
                m.shll(RAX, Some(imm(3)));
                m.addl(RDX, imm(1865216));
                m.movdqu(X4, X0);
                m.addl(RDX, RAX);
                m.andl(RDX, imm(63));
                m.movdqu(X5, table(SC_4_AT, 0));
                m.lea(RAX, table(CTABLE_AT, 0));
                m.shll(RDX, Some(imm(5)));
                m.addq(RAX, RDX);
                m.mulpd(X2, X1);
                m.subsd(X0, X3);
                m.mulsd(X1, table(P_3_AT, 0));
                m.subsd(X4, X3);
                m.movq(X7, at(RAX, 8));
                m.unpcklpd(X0, X0);
                m.movdqu(X3, X4);
                m.subsd(X4, X2);
                m.mulpd(X5, X0);
                m.subpd(X0, X2);
                m.mulsd(X7, X4);
                m.subsd(X3, X4);
                m.mulpd(X5, X0);
                m.mulpd(X0, X0);
                m.subsd(X3, X2);
                m.movdqu(X2, at(RAX, 0));
                m.subsd(X1, X3);
                m.movq(X3, at(RAX, 24));
                m.addsd(X2, X3);
                m.subsd(X7, X2);
                m.subsd(X1, X6);
                m.movdqu(X6, table(SC_2_AT, 0));
                m.mulsd(X2, X4);
                m.mulpd(X6, X0);
                m.mulsd(X3, X4);
                m.mulpd(X2, X0);
                m.mulpd(X0, X0);
                m.addpd(X5, table(SC_3_AT, 0));
                m.mulsd(X4, at(RAX, 0));
                m.addpd(X6, table(SC_1_AT, 0));
                m.mulpd(X5, X0);
                m.movdqu(X0, X3);
                m.addsd(X3, at(RAX, 8));
                m.mulpd(X1, X7);
                m.movdqu(X7, X4);
                m.addsd(X4, X3);
                m.addpd(X6, X5);
                m.movq(X5, at(RAX, 8));
                m.subsd(X5, X3);
                m.subsd(X3, X4);
                m.addsd(X1, at(RAX, 16));
                m.mulpd(X6, X2);
                m.addsd(X5, X0);
                m.addsd(X3, X7);
                m.addsd(X1, X5);
                m.addsd(X1, X3);
                m.addsd(X1, X6);
                m.unpckhpd(X6, X6);
                m.movdqu(X0, X4);
                m.addsd(X1, X6);
                m.addsd(X0, X1);
                block = 16;
            }
            9 => {
                m.addl(RDX, imm(64));
                m.movq(R9, R10);
                m.movq(R10, R8);
                m.movl(R8, imm(0));
                m.cmpq(R9, imm(0));
                if m.cc(Cc::NotEqual) {
                    block = 6;
                    continue;
                }
                m.addl(RDX, imm(64));
                m.movq(R9, R10);
                m.movq(R10, R8);
                m.cmpq(R9, imm(0));
                if m.cc(Cc::NotEqual) {
                    block = 6;
                    continue;
                }
                m.xorpd(X0, X0);
                m.xorpd(X6, X6);
                block = 8;
            }
            10 => {
                if m.cc(Cc::Equal) {
                    block = 7;
                    continue;
                }
                m.negl(RCX);
                m.shrq(R10, None);
                m.movq(RAX, R9);
                m.shrq(R9, None);
                m.subl(RDX, RCX);
                m.negl(RCX);
                m.addl(RCX, imm(64));
                m.shlq(RAX, None);
                m.orq(R10, RAX);
                block = 7;
            }
            11 => {
                m.negl(RCX);
                m.shlq(R9, Some(imm(32)));
                m.orq(R9, R11);
                m.shlq(R9, None);
                m.movq(RDI, R9);
                m.testl(R9, imm(-2147483648));
                if m.cc(Cc::NotEqual) {
                    block = 13;
                    continue;
                }
                m.shrl(R9, None);
                m.movl(RBX, imm(0));
                m.shrq(RDI, Some(imm(3)));
                block = 5;
            }
            12 => {
                m.shrl(R9, None);
                m.movl(RBX, imm(536870912));
                m.shrl(RBX, None);
                m.shlq(R9, Some(imm(32)));
                m.orq(R9, R11);
                m.shlq(RBX, Some(imm(32)));
                m.addl(RDI, imm(536870912));
                m.movl(RCX, imm(0));
                m.movl(R11, imm(0));
                m.subq(RCX, R8);
                m.sbbq(R11, R10);
                m.sbbq(RBX, R9);
                m.movq(R8, RCX);
                m.movq(R10, R11);
                m.movq(R9, RBX);
                m.movl(RBX, imm(32768));
                block = 4;
            }
            13 => {
                m.shrl(R9, None);
                m.mov64(RBX, imm(4294967296));
                m.shrq(RBX, None);
                m.movl(RCX, imm(0));
                m.movl(R11, imm(0));
                m.subq(RCX, R8);
                m.sbbq(R11, R10);
                m.sbbq(RBX, R9);
                m.movq(R8, RCX);
                m.movq(R10, R11);
                m.movq(R9, RBX);
                m.movl(RBX, imm(32768));
                m.shrq(RDI, Some(imm(3)));
                m.addl(RDI, imm(536870912));
                block = 5;
            }
            14 => {
                m.movq(X0, at(RSP, 8));
                m.mulsd(X0, table(NEG_ZERO_AT, 0));
                m.movq(at(RSP, 0), X0);
                block = 15;
            }
            15 => {
                block = 16;
            }
            16 => {
                m.addq(RSP, imm(16));
                m.pop(RBX);
                block = 17;
            }
            _ => break,
        }
    }
    m.result()
}

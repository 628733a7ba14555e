//! `Math.exp`: the routine of HotSpot's x86-64 stub (`MacroAssembler::fast_exp`, 64-bit version),
//! operation for operation over [`super::machine`], with its constant tables.

use super::machine::*;

const CV: [u32; 24] = [
    0x652b82fe, 0x40571547, 0x652b82fe, 0x40571547, 0xfefa0000, 0x3f862e42, 0xfefa0000, 0x3f862e42,
    0xbc9e3b3a, 0x3d1cf79a, 0xbc9e3b3a, 0x3d1cf79a, 0xfffffffe, 0x3fdfffff, 0xfffffffe, 0x3fdfffff,
    0xe3289860, 0x3f56c15c, 0x555b9e25, 0x3fa55555, 0xc090cf0f, 0x3f811115, 0x55548ba1, 0x3fc55555,
];

const SHIFTER: [u32; 4] = [0x00000000, 0x43380000, 0x00000000, 0x43380000];

const MMASK: [u32; 4] = [0xffffffc0, 0x00000000, 0xffffffc0, 0x00000000];

const BIAS: [u32; 4] = [0x0000ffc0, 0x00000000, 0x0000ffc0, 0x00000000];

const TBL_ADDR: [u32; 256] = [
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x0e03754d, 0x3cad7bbf, 0x3e778060, 0x00002c9a,
    0x3567f613, 0x3c8cd252, 0xd3158574, 0x000059b0, 0x61e6c861, 0x3c60f74e, 0x18759bc8, 0x00008745,
    0x5d837b6c, 0x3c979aa6, 0x6cf9890f, 0x0000b558, 0x702f9cd1, 0x3c3ebe3d, 0x32d3d1a2, 0x0000e3ec,
    0x1e63bcd8, 0x3ca3516e, 0xd0125b50, 0x00011301, 0x26f0387b, 0x3ca4c554, 0xaea92ddf, 0x0001429a,
    0x62523fb6, 0x3ca95153, 0x3c7d517a, 0x000172b8, 0x3f1353bf, 0x3c8b898c, 0xeb6fcb75, 0x0001a35b,
    0x3e3a2f5f, 0x3c9aecf7, 0x3168b9aa, 0x0001d487, 0x44a6c38d, 0x3c8a6f41, 0x88628cd6, 0x0002063b,
    0xe3a8a894, 0x3c968efd, 0x6e756238, 0x0002387a, 0x981fe7f2, 0x3c80472b, 0x65e27cdd, 0x00026b45,
    0x6d09ab31, 0x3c82f7e1, 0xf51fdee1, 0x00029e9d, 0x720c0ab3, 0x3c8b3782, 0xa6e4030b, 0x0002d285,
    0x4db0abb6, 0x3c834d75, 0x0a31b715, 0x000306fe, 0x5dd3f84a, 0x3c8fdd39, 0xb26416ff, 0x00033c08,
    0xcc187d29, 0x3ca12f8c, 0x373aa9ca, 0x000371a7, 0x738b5e8b, 0x3ca7d229, 0x34e59ff6, 0x0003a7db,
    0xa72a4c6d, 0x3c859f48, 0x4c123422, 0x0003dea6, 0x259d9205, 0x3ca8b846, 0x21f72e29, 0x0004160a,
    0x60c2ac12, 0x3c4363ed, 0x6061892d, 0x00044e08, 0xdaa10379, 0x3c6ecce1, 0xb5c13cd0, 0x000486a2,
    0xbb7aafb0, 0x3c7690ce, 0xd5362a27, 0x0004bfda, 0x9b282a09, 0x3ca083cc, 0x769d2ca6, 0x0004f9b2,
    0xc1aae707, 0x3ca509b0, 0x569d4f81, 0x0005342b, 0x18fdd78e, 0x3c933505, 0x36b527da, 0x00056f47,
    0xe21c5409, 0x3c9063e1, 0xdd485429, 0x0005ab07, 0x2b64c035, 0x3c9432e6, 0x15ad2148, 0x0005e76f,
    0x99f08c0a, 0x3ca01284, 0xb03a5584, 0x0006247e, 0x0073dc06, 0x3c99f087, 0x82552224, 0x00066238,
    0x0da05571, 0x3c998d4d, 0x667f3bcc, 0x0006a09e, 0x86ce4786, 0x3ca52bb9, 0x3c651a2e, 0x0006dfb2,
    0x206f0dab, 0x3ca32092, 0xe8ec5f73, 0x00071f75, 0x8e17a7a6, 0x3ca06122, 0x564267c8, 0x00075feb,
    0x461e9f86, 0x3ca244ac, 0x73eb0186, 0x0007a114, 0xabd66c55, 0x3c65ebe1, 0x36cf4e62, 0x0007e2f3,
    0xbbff67d0, 0x3c96fe9f, 0x994cce12, 0x00082589, 0x14c801df, 0x3c951f14, 0x9b4492ec, 0x000868d9,
    0xc1f0eab4, 0x3c8db72f, 0x422aa0db, 0x0008ace5, 0x59f35f44, 0x3c7bf683, 0x99157736, 0x0008f1ae,
    0x9c06283c, 0x3ca360ba, 0xb0cdc5e4, 0x00093737, 0x20f962aa, 0x3c95e8d1, 0x9fde4e4f, 0x00097d82,
    0x2b91ce27, 0x3c71affc, 0x82a3f090, 0x0009c491, 0x589a2ebd, 0x3c9b6d34, 0x7b5de564, 0x000a0c66,
    0x9ab89880, 0x3c95277c, 0xb23e255c, 0x000a5503, 0x6e735ab3, 0x3c846984, 0x5579fdbf, 0x000a9e6b,
    0x92cb3387, 0x3c8c1a77, 0x995ad3ad, 0x000ae89f, 0xdc2d1d96, 0x3ca22466, 0xb84f15fa, 0x000b33a2,
    0xb19505ae, 0x3ca1112e, 0xf2fb5e46, 0x000b7f76, 0x0a5fddcd, 0x3c74ffd7, 0x904bc1d2, 0x000bcc1e,
    0x30af0cb3, 0x3c736eae, 0xdd85529c, 0x000c199b, 0xd10959ac, 0x3c84e08f, 0x2e57d14b, 0x000c67f1,
    0x6c921968, 0x3c676b2c, 0xdcef9069, 0x000cb720, 0x36df99b3, 0x3c937009, 0x4a07897b, 0x000d072d,
    0xa63d07a7, 0x3c74a385, 0xdcfba487, 0x000d5818, 0xd5c192ac, 0x3c8e5a50, 0x03db3285, 0x000da9e6,
    0x1c4a9792, 0x3c98bb73, 0x337b9b5e, 0x000dfc97, 0x603a88d3, 0x3c74b604, 0xe78b3ff6, 0x000e502e,
    0x92094926, 0x3c916f27, 0xa2a490d9, 0x000ea4af, 0x41aa2008, 0x3c8ec3bc, 0xee615a27, 0x000efa1b,
    0x31d185ee, 0x3c8a64a9, 0x5b6e4540, 0x000f5076, 0x4d91cd9d, 0x3c77893b, 0x819e90d8, 0x000fa7c1,
];

const ALLONES: [u32; 4] = [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff];

const EBIAS: [u32; 4] = [0x00000000, 0x3ff00000, 0x00000000, 0x3ff00000];

const XMAX: [u32; 2] = [0xffffffff, 0x7fefffff];

const XMIN: [u32; 2] = [0x00000000, 0x00100000];

const INF: [u32; 2] = [0x00000000, 0x7ff00000];

const ZERO: [u32; 2] = [0x00000000, 0x00000000];

const ONE_VAL: [u32; 2] = [0x00000000, 0x3ff00000];

/// The tables, by the indices below.
static TABLES: [&[u32]; 12] = [
    &CV, &SHIFTER, &MMASK, &BIAS, &TBL_ADDR, &ALLONES, &EBIAS, &XMAX, &XMIN, &INF, &ZERO, &ONE_VAL,
];
const CV_AT: usize = 0;
const SHIFTER_AT: usize = 1;
const MMASK_AT: usize = 2;
const BIAS_AT: usize = 3;
const TBL_ADDR_AT: usize = 4;
const ALLONES_AT: usize = 5;
const EBIAS_AT: usize = 6;
const XMAX_AT: usize = 7;
const XMIN_AT: usize = 8;
const INF_AT: usize = 9;
const ZERO_AT: usize = 10;
const ONE_VAL_AT: usize = 11;

/// `Math.exp` as HotSpot computes it on x86-64.
pub fn exp(x: f64) -> f64 {
    let mut m = Machine::new(&TABLES, x, 0.0);
    let mut block = 0;
    loop {
        match block {
            0 => {
                m.subq(RSP, imm(24));
                m.movsd(at(RSP, 8), X0);
                m.unpcklpd(X0, X0);
                m.movdqu(X1, table(CV_AT, 0));
                m.movdqu(X6, table(SHIFTER_AT, 0));
                m.movdqu(X2, table(CV_AT, 16));
                m.movdqu(X3, table(CV_AT, 32));
                m.pextrw(RAX, X0, imm(3));
                m.andl(RAX, imm(32767));
                m.movl(RDX, imm(16527));
                m.subl(RDX, RAX);
                m.subl(RAX, imm(15504));
                m.orl(RDX, RAX);
                m.cmpl(RDX, imm(-2147483648));
                if m.cc(Cc::AboveEqual) {
                    block = 12;
                    continue;
                }
                m.mulpd(X1, X0);
                m.addpd(X1, X6);
                m.movapd(X7, X1);
                m.subpd(X1, X6);
                m.mulpd(X2, X1);
                m.movdqu(X4, table(CV_AT, 64));
                m.mulpd(X3, X1);
                m.movdqu(X5, table(CV_AT, 80));
                m.subpd(X0, X2);
                m.movdl(RAX, X7);
                m.movl(RCX, RAX);
                m.andl(RCX, imm(63));
                m.shll(RCX, Some(imm(4)));
                m.sarl(RAX, Some(imm(6)));
                m.movl(RDX, RAX);
                m.movdqu(X6, table(MMASK_AT, 0));
                m.pand(X7, X6);
                m.movdqu(X6, table(BIAS_AT, 0));
                m.paddq(X7, X6);
                m.psllq(X7, imm(46));
                m.subpd(X0, X3);
                m.lea(R11, table(TBL_ADDR_AT, 0));
                m.movdqu(X2, at_index(RCX, Some(R11), 1, 0));
                m.mulpd(X4, X0);
                m.movapd(X6, X0);
                m.movapd(X1, X0);
                m.mulpd(X6, X6);
                m.mulpd(X0, X6);
                m.addpd(X5, X4);
                m.mulsd(X0, X6);
                m.mulpd(X6, table(CV_AT, 48));
                m.addsd(X1, X2);
                m.unpckhpd(X2, X2);
                m.mulpd(X0, X5);
                m.addsd(X1, X0);
                m.por(X2, X7);
                m.unpckhpd(X0, X0);
                m.addsd(X0, X1);
                m.addsd(X0, X6);
                m.addl(RDX, imm(894));
                m.cmpl(RDX, imm(1916));
                if m.cc(Cc::Above) {
                    block = 1;
                    continue;
                }
                m.mulsd(X0, X2);
                m.addsd(X0, X2);
                block = 15;
            }
            1 => {
                m.xorpd(X3, X3);
                m.movdqu(X4, table(ALLONES_AT, 0));
                m.movl(RDX, imm(-1022));
                m.subl(RDX, RAX);
                m.movdl(X5, RDX);
                m.psllq(X4, X5);
                m.movl(RCX, RAX);
                m.sarl(RAX, Some(imm(1)));
                m.pinsrw(X3, RAX, imm(3));
                m.movdqu(X6, table(EBIAS_AT, 0));
                m.psllq(X3, imm(4));
                m.psubd(X2, X3);
                m.mulsd(X0, X2);
                m.cmpl(RDX, imm(52));
                if m.cc(Cc::Greater) {
                    block = 5;
                    continue;
                }
                m.pand(X4, X2);
                m.paddd(X3, X6);
                m.subsd(X2, X4);
                m.addsd(X0, X2);
                m.cmpl(RCX, imm(1023));
                if m.cc(Cc::GreaterEqual) {
                    block = 4;
                    continue;
                }
                m.pextrw(RCX, X0, imm(3));
                m.andl(RCX, imm(32768));
                m.orl(RDX, RCX);
                m.cmpl(RDX, imm(0));
                if m.cc(Cc::Equal) {
                    block = 3;
                    continue;
                }
                m.movapd(X6, X0);
                m.addsd(X0, X4);
                m.mulsd(X0, X3);
                m.pextrw(RCX, X0, imm(3));
                m.andl(RCX, imm(32752));
                m.cmpl(RCX, imm(0));
                if m.cc(Cc::Equal) {
                    block = 2;
                    continue;
                }
                block = 15;
            }
            2 => {
                m.mulsd(X6, X3);
                m.mulsd(X4, X3);
                m.movdqu(X0, X6);
                m.pxor(X6, X4);
                m.psrad(X6, imm(31));
                m.pshufd(X6, X6, imm(85));
                m.psllq(X0, imm(1));
                m.psrlq(X0, imm(1));
                m.pxor(X0, X6);
                m.psrlq(X6, imm(63));
                m.paddq(X0, X6);
                m.paddq(X0, X4);
                m.movl(at(RSP, 0), imm(15));
                block = 13;
            }
            3 => {
                m.addsd(X0, X4);
                m.mulsd(X0, X3);
                block = 15;
            }
            4 => {
                m.addsd(X0, X4);
                m.mulsd(X0, X3);
                m.pextrw(RCX, X0, imm(3));
                m.andl(RCX, imm(32752));
                m.cmpl(RCX, imm(32752));
                if m.cc(Cc::AboveEqual) {
                    block = 7;
                    continue;
                }
                block = 15;
            }
            5 => {
                m.paddd(X3, X6);
                m.addpd(X0, X2);
                m.mulsd(X0, X3);
                m.movl(at(RSP, 0), imm(15));
                block = 13;
            }
            6 => {
                m.cmpl(RAX, imm(2146435072));
                if m.cc(Cc::AboveEqual) {
                    block = 9;
                    continue;
                }
                m.movl(RAX, at(RSP, 12));
                m.cmpl(RAX, imm(-2147483648));
                if m.cc(Cc::AboveEqual) {
                    block = 8;
                    continue;
                }
                m.movsd(X0, table(XMAX_AT, 0));
                m.mulsd(X0, X0);
                block = 7;
            }
            7 => {
                m.movl(at(RSP, 0), imm(14));
                block = 13;
            }
            8 => {
                m.movsd(X0, table(XMIN_AT, 0));
                m.mulsd(X0, X0);
                m.movl(at(RSP, 0), imm(15));
                block = 13;
            }
            9 => {
                m.movl(RDX, at(RSP, 8));
                m.cmpl(RAX, imm(2146435072));
                if m.cc(Cc::Above) {
                    block = 11;
                    continue;
                }
                m.cmpl(RDX, imm(0));
                if m.cc(Cc::NotEqual) {
                    block = 11;
                    continue;
                }
                m.movl(RAX, at(RSP, 12));
                m.cmpl(RAX, imm(2146435072));
                if m.cc(Cc::NotEqual) {
                    block = 10;
                    continue;
                }
                m.movsd(X0, table(INF_AT, 0));
                block = 15;
            }
            10 => {
                m.movsd(X0, table(ZERO_AT, 0));
                block = 15;
            }
            11 => {
                m.movsd(X0, at(RSP, 8));
                m.addsd(X0, X0);
                block = 15;
            }
            12 => {
                m.movl(RAX, at(RSP, 12));
                m.andl(RAX, imm(2147483647));
                m.cmpl(RAX, imm(1083179008));
                if m.cc(Cc::AboveEqual) {
                    block = 6;
                    continue;
                }
                m.movsd(at(RSP, 8), X0);
                m.addsd(X0, table(ONE_VAL_AT, 0));
                block = 15;
            }
            13 => {
                m.movq(at(RSP, 16), X0);
                block = 14;
            }
            14 => {
                m.movq(X0, at(RSP, 16));
                block = 15;
            }
            15 => {
                m.addq(RSP, imm(24));
                block = 16;
            }
            _ => break,
        }
    }
    m.result()
}

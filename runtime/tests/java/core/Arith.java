/** Corner cases of every numeric opcode. Values come through static fields so javac cannot
 *  fold them. */
public class Arith {
    static int IMAX = Integer.MAX_VALUE, IMIN = Integer.MIN_VALUE, M1 = -1, ZERO = 0, SEVEN = 7, THIRTYTHREE = 33;
    static long LMAX = Long.MAX_VALUE, LMIN = Long.MIN_VALUE, LM1 = -1L, LZERO = 0L;
    static float FNAN = Float.NaN, FINF = Float.POSITIVE_INFINITY, FBIG = 3e10f, FNEG = -2.5f, FSMALL = 1.4e-45f;
    static double DNAN = Double.NaN, DINF = Double.NEGATIVE_INFINITY, DBIG = 1e300, DNEG = -7.75, DPI = Math.PI;
    static short SH = -12345; static byte BY = -128; static char CH = '\uffff';

    static int tIaddOverflow() { return IMAX + 1; }
    static int tIsubOverflow() { return IMIN - 1; }
    static int tImulOverflow() { return IMAX * 3; }
    static int tIdivMin() { return IMIN / M1; }
    static int tIremMin() { return IMIN % M1; }
    static int tIdivNeg() { return -SEVEN / 2; }
    static int tIremNeg() { return -SEVEN % 2; }
    static int tIdivZero() { return SEVEN / ZERO; }
    static int tIremZero() { return SEVEN % ZERO; }
    static long tLdivMin() { return LMIN / LM1; }
    static long tLremMin() { return LMIN % LM1; }
    static long tLdivZero() { return LMAX / LZERO; }
    static long tLremZero() { return LMAX % LZERO; }
    static long tLmulOverflow() { return LMAX * 7; }
    static int tIneg() { return -IMIN; }
    static long tLneg() { return -LMIN; }
    static int tIshlMask() { return 1 << THIRTYTHREE; }
    static int tIshrMask() { return IMIN >> THIRTYTHREE; }
    static int tIushr() { return M1 >>> 28; }
    static int tIushrMask() { return M1 >>> (THIRTYTHREE + 31); }
    static long tLshlMask() { return 1L << (THIRTYTHREE + 32); }
    static long tLshr() { return LMIN >> 63; }
    static long tLushr() { return LM1 >>> 60; }
    static long tLushrMask() { return LM1 >>> 65; }
    static int tBitOps() { return (SEVEN & 5) | (SEVEN ^ 12) << 4; }
    static long tLbitOps() { return (LMAX & 0xff00ff) ^ (LMIN | 3); }
    static int tIinc() { int x = IMAX; x += 5; x -= 100000; return x; }
    static long tI2l() { return (long) IMIN; }
    static float tI2f() { return (float) IMAX; }
    static double tI2d() { return (double) IMIN; }
    static int tL2i() { return (int) LMAX; }
    static float tL2f() { return (float) LMIN; }
    static double tL2d() { return (double) LMAX; }
    static int tF2iNaN() { return (int) FNAN; }
    static int tF2iInf() { return (int) FINF; }
    static int tF2iBig() { return (int) FBIG; }
    static int tF2iNegInf() { return (int) -FINF; }
    static long tF2lNaN() { return (long) FNAN; }
    static long tF2lBig() { return (long) (FBIG * FBIG); }
    static int tF2iNeg() { return (int) FNEG; }
    static double tF2d() { return (double) FSMALL; }
    static int tD2iNaN() { return (int) DNAN; }
    static int tD2iNegInf() { return (int) DINF; }
    static int tD2iBig() { return (int) DBIG; }
    static long tD2lBig() { return (long) DBIG; }
    static long tD2lNeg() { return (long) DNEG; }
    static float tD2f() { return (float) DPI; }
    static float tD2fOverflow() { return (float) DBIG; }
    static int tI2b() { return (byte) (IMAX - 127); }
    static int tI2c() { return (char) M1; }
    static int tI2s() { return (short) 40000; }
    static char tCharField() { return CH; }
    static short tShortField() { return SH; }
    static byte tByteField() { return BY; }
    static int tCharArith() { return CH + 1; }
    static float tFadd() { return FBIG + FSMALL; }
    static float tFdivZero() { return FNEG / 0f; }
    static float tFdivZeroZero() { return 0f / (float) ZERO; }
    static float tFrem() { return 7.5f % -2f; }
    static float tFremNeg() { return -7.5f % 2f; }
    static float tFremInf() { return FNEG % FINF; }
    static double tDrem() { return DPI % 0.5; }
    static double tDremZero() { return DPI % 0.0; }
    static double tDmul() { return DBIG * DBIG; }
    static double tDsub() { return DNEG - DPI; }
    static float tFneg() { return -0.0f; }
    static double tDnegZero() { double z = 0.0; return -z; }
    static int tFcmplNaN() { return FNAN < 1f ? 1 : 0; }
    static int tFcmpgNaN() { return FNAN > 1f ? 1 : 0; }
    static int tDcmplNaN() { return DNAN <= 1.0 ? 1 : 0; }
    static int tDcmpgNaN() { return DNAN >= 1.0 ? 1 : 0; }
    static int tFcmpEq() { return 0.0f == -0.0f ? 1 : 0; }
    static int tNaNNe() { return DNAN != DNAN ? 1 : 0; }
    static int tLcmp() { int r = 0; if (LMIN < LMAX) r |= 1; if (LM1 > LZERO) r |= 2; if (LM1 == -1L) r |= 4; return r; }
    static boolean tBool() { return IMAX > IMIN; }
    static int tTableSwitch() { int s = 0; for (int i = -2; i < 8; i++) { switch (i) { case 0: s += 1; break; case 1: s += 10; case 2: s += 100; break; case 5: s += 1000; break; default: s += 10000; } } return s; }
    static int tLookupSwitch() { int s = 0; int[] keys = {-1000000, 7, 99, 100000, 3}; for (int k : keys) { switch (k) { case -1000000: s += 1; break; case 99: s += 2; break; case 100000: s += 3; break; default: s += 100; } } return s; }
    static int tTernaryChain() { int x = SEVEN; return x > 5 ? (x < 10 ? 1 : 2) : 3; }
    static long tLongLoop() { long s = 0; for (int i = 0; i < 100000; i++) { s += (long) i * i ^ (s >>> 3); } return s; }
    static double tDoubleLoop() { double s = 0; for (int i = 1; i < 1000; i++) { s += 1.0 / i; } return s; }
    static int tMathAbs() { return Math.abs(IMIN) + Math.max(3, SEVEN) + Math.min(-4, M1); }
    static double tMathSqrt() { return Math.sqrt(2.0) + Math.floor(-2.5) + Math.ceil(2.1); }
    static int tIntegerParse() { return Integer.parseInt("-12345") + Integer.parseInt("7fffffff", 16) % 1000; }
    static String tIntegerToString() { return Integer.toString(IMIN) + "," + Long.toString(LMAX) + "," + Integer.toHexString(M1); }
    static long tLongBits() { return Double.doubleToLongBits(DNAN) ^ Float.floatToIntBits(FNAN); }
    static float tIntBitsToFloat() { return Float.intBitsToFloat(0x7fc00001); }
    static int tCompareUnsigned() { return Integer.compareUnsigned(M1, 1) + Long.compareUnsigned(1L, LM1) * 10; }
    static int tBitCount() { return Integer.bitCount(IMAX) + Long.numberOfTrailingZeros(LMIN) + Integer.numberOfLeadingZeros(SEVEN); }
}

// Float/Double bit conversions: NaN payloads (raw vs canonical), ulp, getExponent, scalb,
// nextUp/nextDown, subnormals, MIN_NORMAL.
public class FloatBits {
    public static void main(String[] args) {
        float nanPayload = Float.intBitsToFloat(0x7fc00001);
        System.out.println("float NaN raw " + Integer.toHexString(Float.floatToRawIntBits(nanPayload)) + " canonical " + Integer.toHexString(Float.floatToIntBits(nanPayload)) + " isNaN " + Float.isNaN(nanPayload));
        double dnan = Double.longBitsToDouble(0x7ff0000000000001L);
        System.out.println("double NaN raw " + Long.toHexString(Double.doubleToRawLongBits(dnan)) + " canonical " + Long.toHexString(Double.doubleToLongBits(dnan)));
        System.out.println("negative zero bits " + Long.toHexString(Double.doubleToLongBits(-0.0)) + " " + Integer.toHexString(Float.floatToIntBits(-0.0f)));
        double[] ds = {1.0, 0.1, 1e-310, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1024.0, -3.75, Double.POSITIVE_INFINITY};
        for (double d : ds) {
            System.out.println(d + ": ulp " + Math.ulp(d) + " exponent " + Math.getExponent(d) + " nextUp " + Math.nextUp(d) + " nextDown " + Math.nextDown(d) + " scalb3 " + Math.scalb(d, 3)
                    + " scalb-1080 " + Math.scalb(d, -1080) + " bits " + Long.toHexString(Double.doubleToLongBits(d)));
        }
        float[] fs = {1.0f, 0.1f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, 1e-40f};
        for (float f : fs) {
            System.out.println(f + ": ulp " + Math.ulp(f) + " exponent " + Math.getExponent(f) + " nextUp " + Math.nextUp(f) + " scalb " + Math.scalb(f, 10) + " bits " + Integer.toHexString(Float.floatToIntBits(f)));
        }
        System.out.println(Float.intBitsToFloat(0x00000001) + " " + Float.intBitsToFloat(0x7f7fffff) + " " + Double.longBitsToDouble(0x3ff0000000000001L) + " " + Float.intBitsToFloat(0xff800000));
        float narrowed = (float) Double.longBitsToDouble(0x7ff8000000000123L);
        System.out.println("narrowed NaN isNaN " + Float.isNaN(narrowed) + " sum " + Float.sum(1f, 2f) + " " + Double.max(-0.0, 0.0) + " " + Float.compare(0.0f, -0.0f));
    }
}

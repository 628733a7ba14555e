public class C implements I1, I2 { }

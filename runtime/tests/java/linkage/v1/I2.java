public interface I2 { }

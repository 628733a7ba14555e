public interface I2 { default int m() { return 2; } }

public interface I1 { default int m() { return 1; } }

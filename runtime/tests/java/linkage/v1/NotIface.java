public interface NotIface { }

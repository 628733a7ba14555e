public class Impl implements Iface {
    public int required() { return 7; }
}

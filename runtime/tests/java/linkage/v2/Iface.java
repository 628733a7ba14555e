public interface Iface {
    int required();
    int added();
}

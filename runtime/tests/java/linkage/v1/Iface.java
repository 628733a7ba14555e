public interface Iface {
    int required();
}

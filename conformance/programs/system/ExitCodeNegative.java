// System.exit status is taken modulo 256 by the OS; Runtime.exit behaves the same.
public class ExitCodeNegative {
    public static void main(String[] args) {
        System.out.println("exit -1 through Runtime");
        Runtime.getRuntime().exit(-1);
    }
}

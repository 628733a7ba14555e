// System.in with empty standard input: read() returns -1, BufferedReader.readLine() null.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class StdinEmpty {
    public static void main(String[] args) throws IOException {
        System.out.println("read " + System.in.read());
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("readLine " + r.readLine());
        System.out.println("available " + System.in.available());
    }
}

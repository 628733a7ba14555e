// Labelled break and continue, nested loops, do-while and loops that never run.
public class LabelledLoops {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i * 10 + j);
                System.out.print(' ');
            }
        }
        System.out.println();
        int n = 0;
        block:
        {
            n++;
            if (n > 0) break block;
            n = 100;
        }
        System.out.println("block n=" + n);
        int k = 10;
        do {
            k -= 3;
        } while (k > 0);
        System.out.println("do-while k=" + k);
        int count = 0;
        for (int i = 0; i < 0; i++) count++;
        System.out.println("count " + count);
        search:
        for (int a = 1; a < 20; a++) {
            for (int b = a; b < 20; b++) {
                for (int c = b; c < 30; c++) {
                    if (a * a + b * b == c * c && a + b + c > 20) {
                        System.out.println("triple " + a + " " + b + " " + c);
                        break search;
                    }
                }
            }
        }
        int w = 0;
        loop:
        while (true) {
            switch (w++) {
                case 0: continue loop;
                case 1: System.out.println("switch in loop at 1"); break;
                case 5: break loop;
            }
        }
        System.out.println("w=" + w);
    }
}

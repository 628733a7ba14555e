// Nest mates (JDK 11+): private fields, methods and constructors of nested classes used
// directly across the nest, without synthetic accessors.
public class NestMates {
    private int secret = 42;

    private static String privateStatic() { return "outer private static"; }

    private String privateInstance() { return "outer private instance " + secret; }

    static class Member {
        private int hidden;
        private Member(int h) { hidden = h; }
        private int twice() { return hidden * 2; }
        String peek(NestMates outer) { return privateStatic() + " / " + outer.privateInstance() + " / " + outer.secret; }
    }

    class InnerMate {
        private String own = "inner own";
        void poke() { secret++; }
    }

    interface Secretive {
        private static String whisper() { return "psst"; }
        static String say() { return whisper(); }
    }

    public static void main(String[] args) {
        Member m = new Member(21);
        System.out.println(m.hidden + " " + m.twice());
        m.hidden = 5;
        System.out.println(m.twice());
        NestMates outer = new NestMates();
        System.out.println(m.peek(outer));
        InnerMate im = outer.new InnerMate();
        im.poke();
        System.out.println(outer.secret + " " + im.own);
        System.out.println(Secretive.say());
    }
}

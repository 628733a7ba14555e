// Virtual dispatch through deep hierarchies, interface dispatch (itables) through several
// interfaces, overloading chosen at compile time versus overriding at run time.
public class Polymorphism {
    interface Speaker { String speak(); }
    interface Mover { String move(); }

    static class Animal implements Speaker, Mover {
        public String speak() { return "..."; }
        public String move() { return "walks"; }
        String kind() { return "animal"; }
    }

    static class Dog extends Animal {
        @Override public String speak() { return "woof"; }
        @Override String kind() { return "dog"; }
    }

    static class Puppy extends Dog {
        @Override public String speak() { return "yip"; }
    }

    static class Fish extends Animal {
        @Override public String move() { return "swims"; }
        @Override String kind() { return "fish"; }
    }

    static String greet(Animal a) { return "animal overload for " + a.kind(); }
    static String greet(Dog d) { return "dog overload for " + d.kind(); }

    public static void main(String[] args) {
        Animal[] zoo = {new Animal(), new Dog(), new Puppy(), new Fish()};
        for (Animal a : zoo) {
            Speaker s = a;
            Mover m = a;
            System.out.println(a.kind() + ": " + s.speak() + ", " + m.move() + ", " + greet(a));
        }
        Dog d = new Puppy();
        System.out.println(greet(d) + " / " + greet((Animal) d));
        Object o = zoo[1];
        System.out.println(o instanceof Speaker ? ((Speaker) o).speak() : "no");
        int calls = 0;
        for (int i = 0; i < 100000; i++) {
            Speaker s = zoo[i & 3];
            calls += s.speak().length();
        }
        System.out.println("megamorphic calls total " + calls);
    }
}

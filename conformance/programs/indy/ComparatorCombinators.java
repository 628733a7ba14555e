// waits: #4 invokedynamic (Comparator combinators)
// Comparator.comparing/thenComparing/reversed/nullsFirst/naturalOrder on a list of objects.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class ComparatorCombinators {
    static class Person {
        final String name;
        final int age;
        final String city;
        Person(String name, int age, String city) { this.name = name; this.age = age; this.city = city; }
        String name() { return name; }
        int age() { return age; }
        String city() { return city; }
        @Override public String toString() { return name + "/" + age + "/" + city; }
    }

    public static void main(String[] args) {
        List<Person> people = new ArrayList<Person>(Arrays.asList(new Person("Ann", 30, "Oslo"), new Person("Bob", 25, "Rome"), new Person("Cid", 30, "Bern"),
                new Person("Dee", 25, null), new Person("Eve", 35, "Oslo")));
        people.sort(Comparator.comparing(Person::age));
        System.out.println(people);
        people.sort(Comparator.comparing(Person::age).reversed().thenComparing(Person::name));
        System.out.println(people);
        people.sort(Comparator.comparing(Person::city, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(Person::age));
        System.out.println(people);
        people.sort(Comparator.comparing(Person::city, Comparator.nullsLast(Comparator.reverseOrder())));
        System.out.println(people);
        List<String> names = new ArrayList<String>(Arrays.asList("bb", "a", "ccc", "dd"));
        names.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(names);
    }
}

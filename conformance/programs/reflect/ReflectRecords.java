import java.lang.reflect.*;
import java.util.*;
public class ReflectRecords {
    record Point(int x, int y) {}
    record Named<T extends Comparable<T>>(String name, List<T> items, double[] weights) { public String name() { return "n:" + name; } }
    public static void main(String[] a) throws Exception {
        System.out.println(Point.class.isRecord() + " " + ReflectRecords.class.isRecord() + " " + (ReflectRecords.class.getRecordComponents() == null));
        for (Class<?> c : new Class<?>[] {Point.class, Named.class}) {
            for (RecordComponent rc : c.getRecordComponents()) {
                System.out.println(rc.getName() + " " + rc.getType().getName() + " " + rc.getGenericType().getTypeName() + " " + rc.getGenericSignature() + " accessor=" + rc.getAccessor().getName() + " decl=" + rc.getDeclaringRecord().getSimpleName());
            }
        }
        Point p = new Point(3, 4);
        for (RecordComponent rc : Point.class.getRecordComponents()) System.out.println(rc.getName() + "=" + rc.getAccessor().invoke(p));
        Named<String> n = new Named<>("q", List.of("a"), new double[] {1.5});
        System.out.println(Named.class.getRecordComponents()[0].getAccessor().invoke(n));
        Constructor<Point> ctor = Point.class.getDeclaredConstructor(int.class, int.class);
        System.out.println(ctor.newInstance(7, 8).x());
    }
}

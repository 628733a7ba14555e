// waits: #4 VarHandle
// VarHandles on fields and array elements: get/set, compareAndSet, getAndAdd, volatile access.
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandlesBasic {
    volatile int counter;
    long big;
    static String name = "start";

    public static void main(String[] args) throws Exception {
        VarHandle counterH = MethodHandles.lookup().findVarHandle(VarHandlesBasic.class, "counter", int.class);
        VarHandle bigH = MethodHandles.lookup().findVarHandle(VarHandlesBasic.class, "big", long.class);
        VarHandle nameH = MethodHandles.lookup().findStaticVarHandle(VarHandlesBasic.class, "name", String.class);
        VarHandle arrH = MethodHandles.arrayElementVarHandle(int[].class);
        VarHandlesBasic o = new VarHandlesBasic();
        counterH.set(o, 5);
        System.out.println((int) counterH.get(o) + " cas " + counterH.compareAndSet(o, 5, 6) + " " + counterH.compareAndSet(o, 5, 7) + " now " + o.counter);
        System.out.println("getAndAdd " + (int) counterH.getAndAdd(o, 10) + " -> " + o.counter + " getAndSet " + (int) counterH.getAndSet(o, -1) + " volatile " + (int) counterH.getVolatile(o));
        bigH.setVolatile(o, Long.MAX_VALUE);
        System.out.println((long) bigH.getAndAdd(o, 1L) + " " + o.big);
        System.out.println(nameH.compareAndSet("start", "next") + " " + name + " " + nameH.compareAndSet("start", "other") + " " + (String) nameH.getAcquire());
        int[] arr = new int[3];
        arrH.set(arr, 1, 42);
        System.out.println(arrH.compareAndExchange(arr, 1, 42, 43) + " " + arr[1] + " " + arrH.getAndBitwiseOr(arr, 2, 6) + " " + arr[2]);
        try {
            arrH.set(arr, 3, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        System.out.println(counterH.varType() + " " + counterH.coordinateTypes());
    }
}

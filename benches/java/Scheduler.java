/**
 * Object-oriented dispatch: a scheduler simulation in the style of Richards. Tasks of four
 * kinds (idle, worker, handler, device) pass packets through mailboxes; the scheduler always
 * runs the highest-priority runnable task. Every step is a virtual call on an abstract task.
 */
public final class Scheduler {
    static final int IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
    static final int TASKS = 6;

    static final class Packet {
        Packet link;
        int destination;
        int kind;
        int count;
        final int[] data = new int[4];

        Packet(Packet link, int destination, int kind) {
            this.link = link;
            this.destination = destination;
            this.kind = kind;
        }

        Packet append(Packet queue) {
            link = null;
            if (queue == null) {
                return this;
            }
            Packet p = queue;
            while (p.link != null) {
                p = p.link;
            }
            p.link = this;
            return queue;
        }
    }

    abstract static class Task {
        final int id;
        final int priority;
        Packet queue;
        boolean held;
        boolean waiting;

        Task(int id, int priority, Packet queue) {
            this.id = id;
            this.priority = priority;
            this.queue = queue;
            this.waiting = queue == null;
        }

        boolean runnable() {
            return !held && (!waiting || queue != null);
        }

        /** Runs one step with the first packet of the queue (or null). */
        abstract void step(Packet packet, Machine machine);
    }

    static final class IdleTask extends Task {
        int seed = 1;
        int remaining;

        IdleTask(int id, int count) {
            super(id, 0, null);
            this.remaining = count;
            this.waiting = false;
        }

        @Override
        void step(Packet packet, Machine m) {
            remaining--;
            if (remaining == 0) {
                m.stop = true;
                return;
            }
            if ((seed & 1) == 0) {
                seed >>>= 1;
                m.release(DEVICE_A);
            } else {
                seed = (seed >>> 1) ^ 0xD008;
                m.release(DEVICE_B);
            }
        }
    }

    static final class WorkerTask extends Task {
        int destination = HANDLER_A;
        int counter;

        WorkerTask(int id, Packet queue) {
            super(id, 1000, queue);
        }

        @Override
        void step(Packet packet, Machine m) {
            if (packet == null) {
                waiting = true;
                return;
            }
            destination = destination == HANDLER_A ? HANDLER_B : HANDLER_A;
            packet.destination = destination;
            packet.count = 0;
            for (int i = 0; i < packet.data.length; i++) {
                counter++;
                if (counter > 26) {
                    counter = 1;
                }
                packet.data[i] = 'A' + counter - 1;
            }
            m.send(packet, destination);
        }
    }

    static final class HandlerTask extends Task {
        Packet work;
        Packet devices;

        HandlerTask(int id, int priority, Packet queue) {
            super(id, priority, queue);
        }

        @Override
        void step(Packet packet, Machine m) {
            if (packet != null) {
                if (packet.kind == 1) {
                    work = packet.append(work);
                } else {
                    devices = packet.append(devices);
                }
            }
            if (work != null) {
                Packet w = work;
                if (w.count >= w.data.length) {
                    work = w.link;
                    m.send(w, WORKER);
                    return;
                }
                if (devices != null) {
                    Packet d = devices;
                    devices = d.link;
                    d.count = w.data[w.count];
                    w.count++;
                    m.send(d, d.destination);
                    return;
                }
            }
            waiting = true;
        }
    }

    static final class DeviceTask extends Task {
        Packet pending;

        DeviceTask(int id, int priority) {
            super(id, priority, null);
        }

        @Override
        void step(Packet packet, Machine m) {
            if (packet == null) {
                if (pending == null) {
                    waiting = true;
                    return;
                }
                Packet p = pending;
                pending = null;
                m.checksum = m.checksum * 31 + p.count;
                m.send(p, p.destination == DEVICE_A ? HANDLER_A : HANDLER_B);
            } else {
                pending = packet;
                held = true;
            }
        }
    }

    static final class Machine {
        final Task[] tasks = new Task[TASKS];
        boolean stop;
        long checksum;
        int sends;
        int releases;

        void send(Packet p, int to) {
            sends++;
            Task t = tasks[to];
            if (p.kind == 0 && (to == HANDLER_A || to == HANDLER_B)) {
                p.destination = to == HANDLER_A ? DEVICE_A : DEVICE_B;
            }
            t.queue = p.append(t.queue);
        }

        void release(int id) {
            releases++;
            tasks[id].held = false;
        }

        Task pick() {
            Task best = null;
            for (Task t : tasks) {
                if (t.runnable() && (best == null || t.priority > best.priority)) {
                    best = t;
                }
            }
            return best;
        }

        long run() {
            while (!stop) {
                Task t = pick();
                Packet p = t.queue;
                if (p != null) {
                    t.queue = p.link;
                    p.link = null;
                }
                t.waiting = false;
                t.step(p, this);
            }
            return checksum ^ ((long) sends << 32) ^ releases;
        }
    }

    static long simulate(int steps) {
        Machine m = new Machine();
        m.tasks[IDLE] = new IdleTask(IDLE, steps);
        Packet work = new Packet(null, WORKER, 1);
        work = new Packet(work, WORKER, 1);
        m.tasks[WORKER] = new WorkerTask(WORKER, work);
        Packet a = new Packet(null, DEVICE_A, 0);
        a = new Packet(a, DEVICE_A, 0);
        a = new Packet(a, DEVICE_A, 0);
        m.tasks[HANDLER_A] = new HandlerTask(HANDLER_A, 2000, a);
        Packet b = new Packet(null, DEVICE_B, 0);
        b = new Packet(b, DEVICE_B, 0);
        b = new Packet(b, DEVICE_B, 0);
        m.tasks[HANDLER_B] = new HandlerTask(HANDLER_B, 3000, b);
        m.tasks[DEVICE_A] = new DeviceTask(DEVICE_A, 4000);
        m.tasks[DEVICE_B] = new DeviceTask(DEVICE_B, 5000);
        return m.run();
    }

    static final long EXPECTED = -2776334506893316352L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = simulate(100000);
            if (result != EXPECTED) {
                System.out.println("Scheduler: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("Scheduler ok " + result);
    }
}

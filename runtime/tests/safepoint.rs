//! The stop-the-world protocol: a thread running a Java loop parks at a backward branch when a
//! stop is requested, makes no progress while stopped, and finishes once the world resumes.

mod common;

use std::time::Duration;

use common::TempDir;
use common::java::{javac, vm};
use runtime::Value;

#[test]
fn a_running_loop_stops_at_a_safepoint_and_resumes() {
    let dir = TempDir::new("safepoint");
    dir.write(
        "Spin.java",
        "public class Spin { static volatile long counter; \
         static long spin() { for (long i = 0; i < 100_000_000L; i++) counter = i; return counter; } }",
    );
    javac(dir.path(), &[dir.path().join("Spin.java")], &[]);
    let vm = vm(dir.path());
    std::thread::scope(|s| {
        let runner = s.spawn(|| vm.call_static("Spin", "spin", "()J", &[]));
        let counter = || {
            let k = vm.find_loaded(false, "Spin")?;
            let f = k.fields.iter().find(|f| f.name == "counter")?;
            Some(k.mirror()?.get_i64_volatile(f.offset))
        };
        while counter().unwrap_or(0) < 1000 {
            std::thread::sleep(Duration::from_millis(1));
        }
        {
            let _stopped = vm.state().safepoints.stop_the_world_external();
            let at_stop = counter();
            std::thread::sleep(Duration::from_millis(50));
            assert_eq!(counter(), at_stop, "no progress while the world is stopped");
        }
        let result = runner.join().expect("runner");
        assert_eq!(result.unwrap(), Value::Long(99_999_999));
    });
}

/// Java threads that spin, sleep, wait on a monitor and park all count as stopped while the
/// world is stopped: none makes progress, every one is visited with its frames, and all
/// finish once the world resumes.
#[test]
fn started_threads_stop_in_every_state_and_resume() {
    let dir = TempDir::new("safepoint-threads");
    dir.write(
        "Many.java",
        "public class Many { static volatile long spins; static volatile boolean done, ready, released; \
         static final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger(); \
         static final Object lock = new Object(); \
         static class Worker extends Thread { final int kind; Worker(int k) { kind = k; } \
           public void run() { running.incrementAndGet(); try { while (!done) { switch (kind) { \
             case 0: spins++; break; \
             case 1: Thread.sleep(1); break; \
             case 2: synchronized (lock) { lock.wait(1); } break; \
             default: java.util.concurrent.locks.LockSupport.parkNanos(1000000); } } \
           } catch (InterruptedException e) {} } } \
         static int run() throws Exception { \
           Thread[] ts = new Thread[4]; \
           for (int i = 0; i < 4; i++) { ts[i] = new Worker(i); ts[i].start(); } \
           while (spins < 1000 || running.get() < 4) Thread.sleep(1); \
           ready = true; while (!released) Thread.sleep(1); \
           done = true; for (Thread t : ts) t.join(); return ts.length; } }",
    );
    javac(dir.path(), &[dir.path().join("Many.java")], &[]);
    let vm = vm(dir.path());
    std::thread::scope(|s| {
        let runner = s.spawn(|| vm.call_static("Many", "run", "()I", &[]));
        let spins = || {
            let k = vm.find_loaded(false, "Many")?;
            let f = k.fields.iter().find(|f| f.name == "spins")?;
            Some(k.mirror()?.get_i64_volatile(f.offset))
        };
        let ready = || {
            let k = vm.find_loaded(false, "Many")?;
            let f = k.fields.iter().find(|f| f.name == "ready")?;
            Some(k.mirror()?.get_i8_volatile(f.offset) != 0)
        };
        while !ready().unwrap_or(false) {
            std::thread::sleep(Duration::from_millis(1));
        }
        // The workers keep running until the checks are done (a fixed delay raced with a
        // test thread descheduled for longer on a loaded machine); they are released before
        // anything is asserted, so that a failure cannot leave the runner waiting.
        let (visited, with_frames, in_java, at_stop, after) = {
            let stopped = vm.state().safepoints.stop_the_world_external();
            let at_stop = spins();
            let (mut visited, mut with_frames, mut in_java) = (0, 0, 0);
            stopped.for_each_thread(|t| {
                visited += 1;
                with_frames += usize::from(!t.frames.is_empty());
                in_java += usize::from(t.handle.state() == runtime::thread_handle::state::IN_JAVA);
            });
            std::thread::sleep(Duration::from_millis(30));
            (visited, with_frames, in_java, at_stop, spins())
        };
        let released = vm
            .find_loaded(false, "Many")
            .and_then(|k| Some((k.fields.iter().find(|f| f.name == "released")?.offset, k)))
            .and_then(|(offset, k)| Some((offset, k.mirror()?)));
        let (offset, mirror) = released.expect("Many.released");
        mirror.put_i8_volatile(offset, 1);
        assert!(
            visited >= 5,
            "main and the 4 started threads, saw {visited}"
        );
        assert!(with_frames >= 5, "{with_frames} threads with frames");
        assert_eq!(
            in_java, 0,
            "threads still in Java while the world is stopped"
        );
        assert_eq!(after, at_stop, "no progress while the world is stopped");
        let result = runner.join().expect("runner");
        assert_eq!(result.unwrap(), Value::Int(4));
    });
}

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
            let _stopped = vm.state().safepoints.stop_the_world(1);
            let at_stop = counter();
            std::thread::sleep(Duration::from_millis(50));
            assert_eq!(counter(), at_stop, "no progress while the world is stopped");
        }
        let result = runner.join().expect("runner");
        assert_eq!(result.unwrap(), Value::Long(99_999_999));
    });
}

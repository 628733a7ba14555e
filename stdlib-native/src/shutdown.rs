//! `java.lang.Shutdown`: the end of the VM. `Runtime.exit` (and so `System.exit`) runs the
//! shutdown hooks in Java, then `halt0`, which ends the process with the status as HotSpot's
//! `vm_exit` does. Output written through `System.out`/`err` is already in the kernel
//! (`FileOutputStream.writeBytes` writes straight to the descriptor), so nothing is lost.
//!
//! An embedding program that must survive `System.exit` needs a policy that turns `halt0`
//! into an error for the host instead; that belongs to the embedding API's sandbox.

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

pub(crate) fn register(r: &NativeRegistry) {
    r.register("java/lang/Shutdown", "beforeHalt", "()V", before_halt);
    r.register("java/lang/Shutdown", "halt0", "(I)V", halt0);
}

/// `Shutdown.beforeHalt()`: HotSpot posts its JFR and JVMTI events here; Cortado has none.
fn before_halt(_env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Void)
}

/// `Shutdown.halt0(int)`: ends the process with `status`.
fn halt0(env: &mut Env<'_>) -> JResult<Value> {
    std::process::exit(env.int(0))
}

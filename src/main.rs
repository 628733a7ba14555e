//! The `cortado` launcher: `java`'s command line on Cortado.

use mimalloc::MiMalloc;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

fn main() {
    eprintln!("cortado: execution is not available yet");
    std::process::exit(1);
}

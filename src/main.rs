//! The `cortado` launcher: `java`'s command line on Cortado.

use mimalloc::MiMalloc;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let status = cortado::launcher::run(&args, &cortado::launcher::Environment::current());
    std::process::exit(status);
}

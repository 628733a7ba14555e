//! Times the class path sources: opening the JDK image and looking up 10,000 classes, reading
//! every class of the image, and reading a jar from 1 and 4 threads (lock-free clones, as
//! `JarFile` does, against one archive behind a mutex).
//!
//! Run with `cargo run --release -p runtime --example classpath_timing`.

use std::io::{Read, Write};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use runtime::classpath::jar::JarFile;
use runtime::classpath::jimage::JImage;
use runtime::java_home::JavaHome;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let home = JavaHome::discover(None)?;
    let start = Instant::now();
    let image = JImage::open(home.modules_path())?;
    let opened = start.elapsed();

    let classes: Vec<String> = image
        .resource_names()
        .filter_map(Result::ok)
        .filter_map(|name| {
            let rest = name.strip_prefix('/')?;
            let (module, path) = rest.split_once('/')?;
            let class = path.strip_suffix(".class")?;
            (module != "packages" && module != "modules" && !class.ends_with("module-info"))
                .then(|| class.to_string())
        })
        .collect();
    let sample: Vec<&String> = classes
        .iter()
        .step_by(classes.len() / 10_000)
        .take(10_000)
        .collect();
    let start = Instant::now();
    let mut found = 0;
    for class in &sample {
        found += usize::from(image.find_class(class)?.is_some());
    }
    let lookups = start.elapsed();
    println!(
        "jimage: open {opened:?}; {} find_class lookups (package -> module -> class) {lookups:?} \
         ({:.0} ns each, {found} found)",
        sample.len(),
        lookups.as_nanos() as f64 / sample.len() as f64
    );

    let start = Instant::now();
    let (mut bytes, mut checksum) = (0, 0u64);
    for location in image.locations() {
        let content = image.read(&location?)?;
        bytes += content.len();
        // Touch every byte so that the time includes paging the image in.
        checksum = content
            .iter()
            .fold(checksum, |sum, &b| sum.wrapping_add(u64::from(b)));
    }
    println!(
        "jimage: read and sum all {} resources ({bytes} bytes, checksum {checksum}) {:?}",
        image.header().table_length,
        start.elapsed()
    );

    time_jars()?;
    Ok(())
}

fn time_jars() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::temp_dir().join(format!("cortado-timing-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("many.jar");
    let names: Vec<String> = (0..5000)
        .map(|i| format!("com/example/p{}/C{i}.class", i % 50))
        .collect();
    let mut writer = zip::ZipWriter::new(std::fs::File::create(&path)?);
    let options = zip::write::SimpleFileOptions::default();
    for (i, name) in names.iter().enumerate() {
        writer.start_file(name.as_str(), options)?;
        writer.write_all(format!("class body {i} ").repeat(60).as_bytes())?;
    }
    writer.finish()?;

    let jar = Arc::new(JarFile::open(&path)?);
    let locked = Arc::new(Mutex::new(zip::ZipArchive::new(std::fs::File::open(
        &path,
    )?)?));
    let names = Arc::new(names);
    for threads in [1, 4] {
        let lock_free = run_threads(threads, &names, {
            let jar = Arc::clone(&jar);
            move |name: &str| jar.read(name).ok().flatten().map_or(0, |b| b.len())
        });
        let mutex = run_threads(threads, &names, {
            let locked = Arc::clone(&locked);
            move |name: &str| {
                let mut archive = locked.lock();
                let Some(index) = archive.index_for_name_raw(name.as_bytes()) else {
                    return 0;
                };
                let mut bytes = Vec::new();
                archive
                    .by_index(index)
                    .map(|mut entry| entry.read_to_end(&mut bytes))
                    .map_or(0, |_| bytes.len())
            }
        });
        println!(
            "jar: {} reads of deflated entries on {threads} thread(s): lock-free clones {lock_free:?}, \
             one archive behind a mutex {mutex:?}",
            names.len() * threads
        );
    }
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

/// Each of `threads` threads reads every name once; returns the wall time.
fn run_threads(
    threads: usize,
    names: &Arc<Vec<String>>,
    read: impl Fn(&str) -> usize + Send + Sync + Clone + 'static,
) -> Duration {
    let start = Instant::now();
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (names, read) = (Arc::clone(names), read.clone());
            std::thread::spawn(move || names.iter().map(|name| read(name)).sum::<usize>())
        })
        .collect();
    let total: usize = handles.into_iter().map(|h| h.join().unwrap_or(0)).sum();
    assert!(total > 0, "nothing was read");
    start.elapsed()
}

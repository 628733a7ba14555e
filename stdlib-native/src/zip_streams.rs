//! `java.util.zip.Inflater` and `Deflater`: zlib streams (zlib-rs, through `flate2`) behind
//! the opaque `long` handles the JDK keeps, with libjava's result packing (bytes read, bytes
//! written, finished and need-dictionary or params-pending bits) and exceptions
//! (`DataFormatException` with zlib's message).
//!
//! Inflating is exact. Deflating gives zlib's bytes at the default level (6); other levels
//! compress differently from zlib 1.2 (zlib-rs follows zlib-ng there) though every stream
//! inflates back exactly, and the `FILTERED`/`HUFFMAN_ONLY` strategies compress as the default
//! one (flate2 cannot set a strategy), and a level change in the middle of a stream keeps the
//! old level unless both levels match the same way (see `Deflate::set_params`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

use flate2::{
    Compress, CompressError, Compression, Decompress, DecompressError, FlushCompress,
    FlushDecompress, Status,
};
use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::io_support::{read_region, write_region};
use crate::zip_checksums::adler32;

const INFLATER: &str = "java/util/zip/Inflater";
const DEFLATER: &str = "java/util/zip/Deflater";

/// zlib's flush values as `Deflater` passes them.
const SYNC_FLUSH: i32 = 2;
const FULL_FLUSH: i32 = 3;
const FINISH: i32 = 4;

pub(crate) fn register(r: &NativeRegistry) {
    r.register(INFLATER, "initIDs", "()V", |_| Ok(Value::Void));
    r.register(INFLATER, "init", "(Z)J", |e| {
        Ok(Value::Long(inflaters().insert(Inflate::new(e.int(0) != 0))))
    });
    r.register(INFLATER, "setDictionary", "(J[BII)V", |e| {
        let dict = array_dictionary(e)?;
        inflater_set_dictionary(e, &dict)
    });
    r.register(INFLATER, "setDictionaryBuffer", "(JJI)V", |e| {
        let dict = read_memory(e.long(1), e.int(2));
        inflater_set_dictionary(e, &dict)
    });
    r.register(INFLATER, "inflateBytesBytes", "(J[BII[BII)J", |e| {
        inflate(e, Region::Array(2), Region::Array(5))
    });
    r.register(INFLATER, "inflateBytesBuffer", "(J[BIIJI)J", |e| {
        inflate(e, Region::Array(2), Region::Memory(5))
    });
    r.register(INFLATER, "inflateBufferBytes", "(JJI[BII)J", |e| {
        inflate(e, Region::Memory(2), Region::Array(4))
    });
    r.register(INFLATER, "inflateBufferBuffer", "(JJIJI)J", |e| {
        inflate(e, Region::Memory(2), Region::Memory(4))
    });
    r.register(INFLATER, "getAdler", "(J)I", |e| {
        let adler = inflaters().with(e.long(0), |s| s.adler).unwrap_or(1);
        Ok(Value::Int(adler as i32))
    });
    r.register(INFLATER, "reset", "(J)V", |e| {
        inflaters().with(e.long(0), Inflate::reset);
        Ok(Value::Void)
    });
    r.register(INFLATER, "end", "(J)V", |e| {
        inflaters().remove(e.long(0));
        Ok(Value::Void)
    });

    r.register(DEFLATER, "init", "(IIZ)J", deflater_init);
    r.register(DEFLATER, "setDictionary", "(J[BII)V", |e| {
        let dict = array_dictionary(e)?;
        deflater_set_dictionary(e, &dict)
    });
    r.register(DEFLATER, "setDictionaryBuffer", "(JJI)V", |e| {
        let dict = read_memory(e.long(1), e.int(2));
        deflater_set_dictionary(e, &dict)
    });
    r.register(DEFLATER, "deflateBytesBytes", "(J[BII[BIIII)J", |e| {
        deflate(e, Region::Array(2), Region::Array(5))
    });
    r.register(DEFLATER, "deflateBytesBuffer", "(J[BIIJIII)J", |e| {
        deflate(e, Region::Array(2), Region::Memory(5))
    });
    r.register(DEFLATER, "deflateBufferBytes", "(JJI[BIIII)J", |e| {
        deflate(e, Region::Memory(2), Region::Array(4))
    });
    r.register(DEFLATER, "deflateBufferBuffer", "(JJIJIII)J", |e| {
        deflate(e, Region::Memory(2), Region::Memory(4))
    });
    r.register(DEFLATER, "getAdler", "(J)I", |e| {
        let adler = deflaters().with(e.long(0), |s| s.adler).unwrap_or(1);
        Ok(Value::Int(adler as i32))
    });
    r.register(DEFLATER, "reset", "(J)V", |e| {
        deflaters().with(e.long(0), Deflate::reset);
        Ok(Value::Void)
    });
    r.register(DEFLATER, "end", "(J)V", |e| {
        deflaters().remove(e.long(0));
        Ok(Value::Void)
    });
}

/// Streams by handle (never 0, which the JDK reads as "no stream").
struct Table<T> {
    streams: Mutex<HashMap<i64, T>>,
    next: AtomicI64,
}

impl<T> Table<T> {
    fn new() -> Table<T> {
        Table {
            streams: Mutex::new(HashMap::new()),
            next: AtomicI64::new(1),
        }
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<i64, T>> {
        self.streams.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn insert(&self, stream: T) -> i64 {
        let handle = self.next.fetch_add(1, Ordering::Relaxed);
        self.lock().insert(handle, stream);
        handle
    }

    fn with<R>(&self, handle: i64, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        self.lock().get_mut(&handle).map(f)
    }

    fn remove(&self, handle: i64) {
        self.lock().remove(&handle);
    }
}

fn inflaters() -> &'static Table<Inflate> {
    static TABLE: OnceLock<Table<Inflate>> = OnceLock::new();
    TABLE.get_or_init(Table::new)
}

fn deflaters() -> &'static Table<Deflate> {
    static TABLE: OnceLock<Table<Deflate>> = OnceLock::new();
    TABLE.get_or_init(Table::new)
}

/// Where a native's input or output bytes are: a `byte[]` (the argument index of the array,
/// followed by offset and length) or off-heap memory (address then length).
#[derive(Clone, Copy)]
enum Region {
    Array(usize),
    Memory(usize),
}

impl Region {
    /// The index of the length argument.
    fn length_arg(self) -> usize {
        match self {
            Region::Array(i) => i + 2,
            Region::Memory(i) => i + 1,
        }
    }

    fn len(self, env: &Env<'_>) -> usize {
        env.int(self.length_arg()).max(0) as usize
    }

    fn read(self, env: &Env<'_>) -> Vec<u8> {
        match self {
            Region::Array(i) => match env.obj(i) {
                Some(a) => read_region(a, env.int(i + 1) as usize, self.len(env)),
                None => Vec::new(),
            },
            Region::Memory(i) => read_memory(env.long(i), env.int(i + 1)),
        }
    }

    fn write(self, env: &Env<'_>, bytes: &[u8]) {
        match self {
            Region::Array(i) => {
                if let Some(a) = env.obj(i) {
                    write_region(a, env.int(i + 1) as usize, bytes);
                }
            }
            Region::Memory(i) => {
                runtime::oops::raw::copy(bytes.as_ptr() as usize, env.long(i) as usize, bytes.len())
            }
        }
    }
}

/// `len` bytes of off-heap memory at `address` (a direct buffer the JDK passes).
/// The dictionary argument of `setDictionary(long, byte[] b, int off, int len)`, range-checked.
fn array_dictionary(e: &mut Env<'_>) -> JResult<Vec<u8>> {
    let (off, len) = (e.int(2), e.int(3));
    let array = crate::io_support::check_region(e, 1, off, len)?;
    Ok(read_region(array, off as usize, len as usize))
}

fn read_memory(address: i64, len: i32) -> Vec<u8> {
    let mut bytes = vec![0u8; len.max(0) as usize];
    runtime::oops::raw::copy(address as usize, bytes.as_mut_ptr() as usize, bytes.len());
    bytes
}

/// libjava's packing of a stream call's result.
fn packed(read: u64, written: u64, finished: bool, flag63: bool) -> Value {
    let v = (read & 0x7fff_ffff)
        | (written & 0x7fff_ffff) << 31
        | u64::from(finished) << 62
        | u64::from(flag63) << 63;
    Value::Long(v as i64)
}

/// An inflater and the Adler-32 zlib would report for it.
struct Inflate {
    stream: Decompress,
    wrapped: bool,
    /// zlib's `strm->adler`: 0 for raw streams; for zlib streams 1, then the check of the
    /// output, or the wanted dictionary's id while one is needed.
    adler: u32,
    awaiting_dictionary: bool,
}

impl Inflate {
    fn new(nowrap: bool) -> Inflate {
        Inflate {
            stream: Decompress::new(!nowrap),
            wrapped: !nowrap,
            adler: u32::from(!nowrap),
            awaiting_dictionary: false,
        }
    }

    /// One `inflate` call: the result, bytes read and bytes written.
    fn step(&mut self, data: &[u8], out: &mut [u8]) -> (Result<Status, DecompressError>, u64, u64) {
        let (in0, out0) = (self.stream.total_in(), self.stream.total_out());
        let r = self.stream.decompress(data, out, FlushDecompress::None);
        let read = self.stream.total_in() - in0;
        let written = self.stream.total_out() - out0;
        if self.wrapped && written > 0 {
            if self.awaiting_dictionary {
                self.adler = 1;
                self.awaiting_dictionary = false;
            }
            self.adler = adler32(self.adler, &out[..written as usize]);
        }
        if let Err(e) = &r
            && let Some(id) = e.needs_dictionary()
        {
            self.adler = id;
            self.awaiting_dictionary = true;
        }
        (r, read, written)
    }

    fn reset(&mut self) {
        self.stream.reset(self.wrapped);
        self.adler = u32::from(self.wrapped);
        self.awaiting_dictionary = false;
    }
}

fn inflater_set_dictionary(env: &mut Env<'_>, dict: &[u8]) -> JResult<Value> {
    let result = inflaters().with(env.long(0), |s| {
        let r = s.stream.set_dictionary(dict);
        if r.is_ok() {
            s.awaiting_dictionary = false;
            s.adler = 1;
        }
        r.map_err(|e| e.message().unwrap_or("invalid dictionary").to_string())
    });
    match result {
        Some(Err(msg)) => Err(env.throw("java/lang/IllegalArgumentException", &msg)),
        _ => Ok(Value::Void),
    }
}

/// `inflate*(addr, input..., output...)` (an instance method: argument 0 is the `Inflater`).
fn inflate(env: &mut Env<'_>, input: Region, output: Region) -> JResult<Value> {
    let handle = env.long(1);
    let data = input.read(env);
    let mut out = vec![0u8; output.len(env)];
    let result = inflaters().with(handle, |s| s.step(&data, &mut out));
    let Some((result, read, written)) = result else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    output.write(env, &out[..written as usize]);
    match result {
        Ok(Status::StreamEnd) => Ok(packed(read, written, true, false)),
        Ok(Status::Ok) => Ok(packed(read, written, false, false)),
        Ok(Status::BufError) => Ok(packed(0, 0, false, false)),
        Err(e) if e.needs_dictionary().is_some() => Ok(packed(read, written, false, true)),
        Err(e) => {
            if let Some(this) = env.obj(0) {
                for (name, v) in [("inputConsumed", read), ("outputConsumed", written)] {
                    if let Some(f) = this.klass().instance_field(name, "I") {
                        this.put_i32(f.offset, v as i32);
                    }
                }
            }
            let msg = e.message().unwrap_or("invalid stream").to_string();
            Err(env.throw("java/util/zip/DataFormatException", &msg))
        }
    }
}

/// A deflater, its settings and the Adler-32 zlib would report for it.
struct Deflate {
    stream: Compress,
    wrapped: bool,
    level: i32,
    /// zlib's `strm->adler`: 1 for raw streams; for zlib streams the check of the input
    /// consumed (after a preset dictionary, the dictionary's until the header is out).
    adler: u32,
    dictionary_pending: bool,
    /// Whether `deflate` ran since the stream was created or reset (zlib's `last_flush`
    /// is no longer -2).
    started: bool,
}

impl Deflate {
    fn new(level: i32, nowrap: bool) -> Option<Deflate> {
        Some(Deflate {
            stream: Compress::new(compression(level)?, !nowrap),
            wrapped: !nowrap,
            level,
            adler: 1,
            dictionary_pending: false,
            started: false,
        })
    }

    /// One `deflate` (or `deflateParams`, `params` bit 0) call: (finished, params still
    /// pending), bytes read and bytes written.
    fn step(
        &mut self,
        data: &[u8],
        out: &mut [u8],
        flush: i32,
        params: i32,
    ) -> (Result<(bool, bool), CompressError>, u64, u64) {
        let (in0, out0) = (self.stream.total_in(), self.stream.total_out());
        let outcome = if params & 1 != 0 {
            self.set_params(params >> 3)
        } else {
            let mode = match flush {
                SYNC_FLUSH => FlushCompress::Sync,
                FULL_FLUSH => FlushCompress::Full,
                FINISH => FlushCompress::Finish,
                _ => FlushCompress::None,
            };
            self.started = true;
            self.stream
                .compress(data, out, mode)
                .map(|st| (st == Status::StreamEnd, false))
        };
        let read = self.stream.total_in() - in0;
        let written = self.stream.total_out() - out0;
        if self.wrapped {
            if written > 0 && self.dictionary_pending {
                self.adler = 1;
                self.dictionary_pending = false;
            }
            self.adler = adler32(self.adler, &data[..read as usize]);
        }
        (outcome, read, written)
    }

    /// zlib's `deflateParams`. A new level applies at once before compression starts, or
    /// when it keeps the same matching strategy. Otherwise zlib would first flush the input
    /// with the old level, which zlib-rs's safe interface cannot do: the stream keeps its
    /// level (its output stays a valid stream, compressed at the old level).
    fn set_params(&mut self, level: i32) -> Result<(bool, bool), CompressError> {
        let Some(c) = compression(level) else {
            return Ok((false, false));
        };
        if level != self.level && self.stream.set_level(c).is_ok() {
            self.level = level;
        }
        Ok((false, false))
    }

    fn reset(&mut self) {
        self.started = false;
        self.stream.reset();
        self.adler = 1;
        self.dictionary_pending = false;
    }
}

/// `Deflater.DEFAULT_COMPRESSION`, which zlib reads as level 6.
const DEFAULT_LEVEL: i32 = 6;

fn compression(level: i32) -> Option<Compression> {
    match level {
        -1 => Some(Compression::new(DEFAULT_LEVEL as u32)),
        0..=9 => Some(Compression::new(level as u32)),
        _ => None,
    }
}

fn deflater_init(env: &mut Env<'_>) -> JResult<Value> {
    let (level, strategy, nowrap) = (env.int(0), env.int(1), env.int(2) != 0);
    let Some(stream) = Deflate::new(level, nowrap).filter(|_| (0..=2).contains(&strategy)) else {
        return Err(env.throw_no_message("java/lang/IllegalArgumentException"));
    };
    Ok(Value::Long(deflaters().insert(stream)))
}

fn deflater_set_dictionary(env: &mut Env<'_>, dict: &[u8]) -> JResult<Value> {
    let result = deflaters().with(env.long(0), |s| {
        let r = s.stream.set_dictionary(dict);
        if r.is_ok() && s.wrapped {
            s.adler = adler32(s.adler, dict);
            s.dictionary_pending = true;
        }
        r.is_ok()
    });
    if result == Some(false) {
        return Err(env.throw_no_message("java/lang/IllegalArgumentException"));
    }
    Ok(Value::Void)
}

/// `deflate*(addr, input..., output..., flush, params)`: compresses, or applies a new level
/// when `params` bit 0 asks for it.
fn deflate(env: &mut Env<'_>, input: Region, output: Region) -> JResult<Value> {
    let handle = env.long(1);
    let flush_arg = output.length_arg() + 1;
    let (flush, params) = (env.int(flush_arg), env.int(flush_arg + 1));
    let data = input.read(env);
    let mut out = vec![0u8; output.len(env)];
    let result = deflaters().with(handle, |s| s.step(&data, &mut out, flush, params));
    let Some((outcome, read, written)) = result else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    output.write(env, &out[..written as usize]);
    match outcome {
        Ok((finished, params_pending)) => Ok(packed(read, written, finished, params_pending)),
        Err(e) => Err(env.throw("java/lang/InternalError", &e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::{Deflate, FINISH, Inflate, Status};
    use crate::zip_checksums::{adler32, crc32};

    /// The megabyte the conformance program compresses.
    fn data() -> Vec<u8> {
        (0..1u32 << 20)
            .map(|i| (i.wrapping_mul(31) ^ (i >> 7)) as u8)
            .collect()
    }

    /// Deflates `input` in one call with enough room (as `Deflater.finish` then `deflate`).
    fn deflate_all(d: &mut Deflate, input: &[u8]) -> Vec<u8> {
        let mut out = vec![0u8; input.len() * 2 + 64];
        let (r, read, written) = d.step(input, &mut out, FINISH, 0);
        assert_eq!(r.expect("deflate"), (true, false));
        assert_eq!(read, input.len() as u64);
        out.truncate(written as usize);
        out
    }

    /// Inflates `input` through output chunks of `chunk` bytes, as a stream would.
    fn inflate_all(i: &mut Inflate, input: &[u8], chunk: usize) -> Vec<u8> {
        let mut result = Vec::new();
        let mut pos = 0;
        loop {
            let mut out = vec![0u8; chunk];
            let (r, read, written) = i.step(&input[pos..], &mut out);
            pos += read as usize;
            result.extend_from_slice(&out[..written as usize]);
            match r.expect("inflate") {
                Status::StreamEnd => return result,
                Status::Ok => {}
                Status::BufError => panic!("no progress"),
            }
        }
    }

    #[test]
    fn default_level_gives_hotspots_bytes_and_inflates_back() {
        let data = data();
        let mut d = Deflate::new(-1, false).expect("level");
        let compressed = deflate_all(&mut d, &data);
        // HotSpot 17 (zlib 1.2.13): new Deflater(6, false) over the same megabyte.
        assert_eq!(compressed.len(), 147_419);
        assert_eq!(crc32(0, &compressed), 0x6115_f1b8);
        assert_eq!(d.adler, adler32(1, &data));
        let mut i = Inflate::new(false);
        assert_eq!(inflate_all(&mut i, &compressed, 4093), data);
        assert_eq!(i.adler, adler32(1, &data));
        let mut raw = Deflate::new(6, true).expect("level");
        let raw_bytes = deflate_all(&mut raw, &data);
        assert_eq!(
            (raw_bytes.len(), crc32(0, &raw_bytes)),
            (147_413, 0xd899_7268)
        );
        assert_eq!(raw.adler, 1);
        let mut raw_in = Inflate::new(true);
        assert_eq!(inflate_all(&mut raw_in, &raw_bytes, 100_000), data);
        assert_eq!(raw_in.adler, 0);
    }

    #[test]
    fn other_levels_and_level_changes_round_trip() {
        let data = data();
        for level in [0, 1, 5, 9] {
            let mut d = Deflate::new(level, true).expect("level");
            let compressed = deflate_all(&mut d, &data);
            assert_eq!(
                inflate_all(&mut Inflate::new(true), &compressed, 65_536),
                data
            );
        }
        // A level set before any input applies (Deflater.setLevel then deflate).
        let mut d = Deflate::new(-1, false).expect("level");
        let (r, read, written) = d.step(&data, &mut [0u8; 16], 0, 1 | 1 << 3);
        assert_eq!((r.expect("params"), read, written), ((false, false), 0, 0));
        assert_eq!(d.level, 1);
        let fast = deflate_all(&mut d, &data);
        let mut reference = Deflate::new(1, false).expect("level");
        assert_eq!(fast, deflate_all(&mut reference, &data));
        // A change in the middle of a stream still gives a stream that inflates back.
        let mut d = Deflate::new(1, false).expect("level");
        let mut out = vec![0u8; 1 << 21];
        let (_, _, first) = d.step(&data[..1000], &mut out, 0, 0);
        let (r, _, _) = d.step(&data[1000..], &mut out[first as usize..], 0, 1 | 9 << 3);
        assert_eq!(r.expect("params"), (false, false));
        let (r, read, rest) = d.step(&data[1000..], &mut out[first as usize..], FINISH, 0);
        assert_eq!(
            (r.expect("deflate").0, read),
            (true, (data.len() - 1000) as u64)
        );
        let total = (first + rest) as usize;
        assert_eq!(
            inflate_all(&mut Inflate::new(false), &out[..total], 777),
            data
        );
    }

    #[test]
    fn corrupt_input_reports_zlibs_message() {
        let mut i = Inflate::new(false);
        let (r, _, _) = i.step(&[1, 2, 3, 4], &mut [0u8; 10]);
        let e = r.expect_err("not a zlib stream");
        assert_eq!(e.message(), Some("incorrect header check"));
    }

    #[test]
    fn preset_dictionaries_are_asked_for_and_used() {
        let dict = b"The quick brown fox jumps over the lazy dog";
        let text = b"the lazy dog and the quick brown fox, the quick brown fox";
        let mut d = Deflate::new(-1, false).expect("level");
        d.stream.set_dictionary(dict).expect("dictionary");
        let compressed = deflate_all(&mut d, text);
        let mut i = Inflate::new(false);
        let mut out = vec![0u8; 200];
        let (r, read, written) = i.step(&compressed, &mut out);
        let wanted = r.expect_err("needs the dictionary").needs_dictionary();
        // The zlib header and the dictionary's id are read; nothing is written.
        assert_eq!((wanted, read, written), (Some(adler32(1, dict)), 6, 0));
        assert_eq!(i.adler, adler32(1, dict));
        i.stream.set_dictionary(dict).expect("dictionary");
        assert_eq!(inflate_all(&mut i, &compressed[6..], 200), text);
        assert_eq!(i.adler, adler32(1, text));
    }
}

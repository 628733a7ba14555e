//! Selector natives of `sun.nio.ch`: `EPoll` (the default `Selector` on Linux), `EventFD`
//! (its wake-up), `PollSelectorImpl.poll`, and `IOUtil`'s pipe helpers (`makePipe`,
//! `write1`, `drain`, `drain1`) for `Pipe` and wake-ups. Event arrays live in native memory
//! that the JDK allocates; waits run outside Java and end early on `NativeThread.signal`.

use std::io;
use std::mem::size_of;

use runtime::natives::{Env, NativeRegistry};
use runtime::oops::raw;
use runtime::{JResult, Value};

use crate::io_support::throw_io;
use crate::net_socket::IOS_INTERRUPTED;

const EPOLL: &str = "sun/nio/ch/EPoll";
const IO_UTIL: &str = "sun/nio/ch/IOUtil";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(EPOLL, "eventSize", "()I", |_| {
        Ok(Value::Int(size_of::<libc::epoll_event>() as i32))
    });
    r.register(EPOLL, "eventsOffset", "()I", |_| {
        Ok(Value::Int(
            std::mem::offset_of!(libc::epoll_event, events) as i32
        ))
    });
    r.register(EPOLL, "dataOffset", "()I", |_| {
        Ok(Value::Int(
            std::mem::offset_of!(libc::epoll_event, u64) as i32
        ))
    });
    r.register(EPOLL, "create", "()I", |e| match epoll_create() {
        Ok(fd) => Ok(Value::Int(fd)),
        Err(err) => Err(throw_with(e, "epoll_create1 failed", &err)),
    });
    r.register(EPOLL, "ctl", "(IIII)I", |e| {
        let r = epoll_ctl(e.int(0), e.int(1), e.int(2), e.int(3) as u32);
        Ok(Value::Int(
            r.err().and_then(|err| err.raw_os_error()).unwrap_or(0),
        ))
    });
    r.register(EPOLL, "wait", "(IJII)I", epoll_wait);
    let eventfd = "sun/nio/ch/EventFD";
    r.register(eventfd, "eventfd0", "()I", |e| match event_fd() {
        Ok(fd) => Ok(Value::Int(fd)),
        Err(err) => Err(throw_with(e, "eventfd failed", &err)),
    });
    r.register(eventfd, "set0", "(I)I", |e| {
        let r = crate::net_os::write_once(e.int(0), &1u64.to_ne_bytes());
        Ok(Value::Int(crate::nio_ch::convert(e, r, false)? as i32))
    });
    r.register("sun/nio/ch/PollSelectorImpl", "poll", "(JII)I", poll_array);
    r.register(IO_UTIL, "makePipe", "(Z)J", make_pipe);
    r.register(IO_UTIL, "write1", "(IB)I", |e| {
        let r = crate::net_os::write_once(e.int(0), &[e.int(1) as u8]);
        Ok(Value::Int(crate::nio_ch::convert(e, r, false)? as i32))
    });
    r.register(IO_UTIL, "drain", "(I)Z", drain);
    r.register(IO_UTIL, "drain1", "(I)I", drain1);
}

/// libnio's `JNU_ThrowIOExceptionWithLastError(env, default)`: the error's text, or the
/// default when there is no `errno`.
fn throw_with(env: &mut Env<'_>, default: &str, e: &io::Error) -> runtime::Thrown {
    if e.raw_os_error().unwrap_or(0) == 0 {
        return env.throw("java/io/IOException", default);
    }
    throw_io(env, e)
}

/// Maps -1 to the `errno` error.
fn check(r: i32) -> io::Result<i32> {
    if r == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

fn epoll_create() -> io::Result<i32> {
    // SAFETY: no pointers.
    check(unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) })
}

fn epoll_ctl(epfd: i32, op: i32, fd: i32, events: u32) -> io::Result<()> {
    let mut event = libc::epoll_event {
        events,
        u64: fd as u64,
    };
    // SAFETY: `event` is a valid `epoll_event` for the call.
    check(unsafe { libc::epoll_ctl(epfd, op, fd, &mut event) }).map(drop)
}

fn event_fd() -> io::Result<i32> {
    // SAFETY: no pointers.
    check(unsafe { libc::eventfd(0, 0) })
}

/// `wait(epfd, address, numfds, timeout)`: the number of events written at `address`,
/// `IOS_INTERRUPTED` after a signal.
fn epoll_wait(env: &mut Env<'_>) -> JResult<Value> {
    let (epfd, address) = (env.int(0), env.long(1) as usize);
    let (count, timeout) = (env.int(2).max(0) as usize, env.int(3));
    let mut events = vec![libc::epoll_event { events: 0, u64: 0 }; count];
    let r = env.thread.blocked(|| {
        // SAFETY: `events` has room for `count` entries.
        check(unsafe { libc::epoll_wait(epfd, events.as_mut_ptr(), count as i32, timeout) })
    });
    match r {
        Ok(n) => {
            let bytes = n as usize * size_of::<libc::epoll_event>();
            raw::copy(events.as_ptr() as usize, address, bytes);
            Ok(Value::Int(n))
        }
        Err(e) if e.raw_os_error() == Some(libc::EINTR) => Ok(Value::Int(IOS_INTERRUPTED)),
        Err(e) => Err(throw_with(env, "epoll_wait failed", &e)),
    }
}

/// `PollSelectorImpl.poll(address, numfds, timeout)`: `poll` over the `pollfd` array at
/// `address`; the number ready, 0 after a signal.
fn poll_array(env: &mut Env<'_>) -> JResult<Value> {
    let (address, count, timeout) = (env.long(0) as usize, env.int(1).max(0) as usize, env.int(2));
    let bytes = count * size_of::<libc::pollfd>();
    let mut fds = vec![
        libc::pollfd {
            fd: -1,
            events: 0,
            revents: 0
        };
        count
    ];
    raw::copy(address, fds.as_mut_ptr() as usize, bytes);
    let r = env.thread.blocked(|| {
        // SAFETY: `fds` holds `count` entries.
        check(unsafe { libc::poll(fds.as_mut_ptr(), count as libc::nfds_t, timeout) })
    });
    match r {
        Ok(n) => {
            raw::copy(fds.as_ptr() as usize, address, bytes);
            Ok(Value::Int(n))
        }
        Err(e) if e.raw_os_error() == Some(libc::EINTR) => Ok(Value::Int(0)),
        Err(e) => Err(throw_with(env, "poll failed", &e)),
    }
}

/// `makePipe(blocking)`: a pipe's read end in the high 32 bits, its write end in the low.
fn make_pipe(env: &mut Env<'_>) -> JResult<Value> {
    let blocking = env.int(0) != 0;
    let [read, write] = match crate::process_os::pipe() {
        Ok(p) => p,
        Err(e) => return Err(throw_with(env, "Pipe failed", &e)),
    };
    if !blocking {
        let r = crate::nio_os::set_blocking(read, false)
            .and_then(|()| crate::nio_os::set_blocking(write, false));
        if let Err(e) = r {
            let _ = crate::os::close(read);
            let _ = crate::os::close(write);
            return Err(throw_with(env, "Configure blocking failed", &e));
        }
    }
    Ok(Value::Long(
        (i64::from(read) << 32) | i64::from(write as u32),
    ))
}

/// `drain(fd)`: reads a non-blocking descriptor empty; whether anything was there.
fn drain(env: &mut Env<'_>) -> JResult<Value> {
    let fd = env.int(0);
    let mut buf = [0u8; 16];
    let mut total = 0;
    loop {
        match crate::net_os::read_once(fd, &mut buf) {
            Ok(n) => {
                total += n;
                if n < buf.len() {
                    return Ok(Value::Int(i32::from(total > 0)));
                }
            }
            Err(e) if e.raw_os_error() == Some(libc::EAGAIN) => {
                return Ok(Value::Int(i32::from(total > 0)));
            }
            Err(e) => return Err(throw_with(env, "Drain", &e)),
        }
    }
}

/// `drain1(fd)`: reads one byte if there is one (0 if none, `IOS_INTERRUPTED`).
fn drain1(env: &mut Env<'_>) -> JResult<Value> {
    let mut buf = [0u8; 1];
    match crate::net_os::read_once(env.int(0), &mut buf) {
        Ok(n) => Ok(Value::Int(n as i32)),
        Err(e) => match e.raw_os_error() {
            Some(libc::EAGAIN) => Ok(Value::Int(0)),
            Some(libc::EINTR) => Ok(Value::Int(IOS_INTERRUPTED)),
            _ => Err(throw_with(env, "read", &e)),
        },
    }
}

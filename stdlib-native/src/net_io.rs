//! Socket I/O natives of `sun.nio.ch`: `SocketDispatcher` reads (a reset connection as
//! `sun.net.ConnectionResetException`), `DatagramDispatcher`, `DatagramChannelImpl`'s
//! `send0`/`receive0`/`disconnect0` with `NativeSocketAddress`'s `sockaddr` layout,
//! `NativeThread` (threads released from blocking calls by a signal) and
//! `FileDispatcherImpl.preClose0`.

use std::io;
use std::sync::OnceLock;

use runtime::natives::{Env, NativeRegistry};
use runtime::oops::raw;
use runtime::{JResult, Value};

use crate::net_os;
use crate::net_socket::{IOS_INTERRUPTED, IOS_UNAVAILABLE, fd_arg, throw_socket_error};
use crate::nio_ch::{convert, iovecs, read_to, vectored, write_from};

const FD: &str = "Ljava/io/FileDescriptor;";
const DATAGRAM: &str = "sun/nio/ch/DatagramDispatcher";
const CHANNEL: &str = "sun/nio/ch/DatagramChannelImpl";
const ADDRESS: &str = "sun/nio/ch/NativeSocketAddress";
/// libnio's largest datagram.
const MAX_PACKET_LEN: i32 = 65536;

pub(crate) fn register(r: &NativeRegistry) {
    let socket = "sun/nio/ch/SocketDispatcher";
    r.register(socket, "read0", &format!("({FD}JI)I"), |e| {
        read(e, "sun/net/ConnectionResetException")
    });
    r.register(socket, "readv0", &format!("({FD}JI)J"), |e| {
        readv(e, "sun/net/ConnectionResetException")
    });
    r.register(DATAGRAM, "read0", &format!("({FD}JI)I"), |e| {
        read(e, "java/net/PortUnreachableException")
    });
    r.register(DATAGRAM, "readv0", &format!("({FD}JI)J"), |e| {
        readv(e, "java/net/PortUnreachableException")
    });
    r.register(DATAGRAM, "write0", &format!("({FD}JI)I"), datagram_write);
    r.register(DATAGRAM, "writev0", &format!("({FD}JI)J"), datagram_writev);
    r.register(CHANNEL, "receive0", &format!("({FD}JIJZ)I"), receive0);
    r.register(CHANNEL, "send0", &format!("({FD}JIJI)I"), send0);
    r.register(
        CHANNEL,
        "disconnect0",
        &format!("({FD}Z)V"),
        |e| match net_os::disconnect(fd_arg(e, 0)) {
            Ok(()) => Ok(Value::Void),
            Err(err) => Err(throw_socket_error(e, &err)),
        },
    );
    register_address_layout(r);
    let thread = "sun/nio/ch/NativeThread";
    r.register(
        thread,
        "init",
        "()V",
        |e| match net_os::install_interrupt_handler() {
            Ok(()) => Ok(Value::Void),
            Err(err) => Err(crate::io_support::throw_io(e, &err)),
        },
    );
    r.register(thread, "current", "()J", |_| {
        Ok(Value::Long(net_os::current_thread()))
    });
    r.register(thread, "signal", "(J)V", |e| {
        match net_os::signal_thread(e.long(0)) {
            Ok(()) => Ok(Value::Void),
            Err(err) => {
                let msg = format!("Thread signal failed: {}", crate::os::error_text(&err));
                Err(e.throw("java/io/IOException", &msg))
            }
        }
    });
    r.register(thread, "supportPendingSignals0", "()Z", |_| {
        Ok(Value::Int(0))
    });
    let files = "sun/nio/ch/FileDispatcherImpl";
    r.register(files, "preClose0", &format!("({FD})V"), pre_close);
}

/// `NativeSocketAddress`'s view of Linux's `sockaddr_in`/`sockaddr_in6`.
fn register_address_layout(r: &NativeRegistry) {
    r.register(ADDRESS, "AFINET", "()I", |_| Ok(Value::Int(libc::AF_INET)));
    r.register(ADDRESS, "AFINET6", "()I", |_| {
        Ok(Value::Int(libc::AF_INET6))
    });
    r.register(ADDRESS, "sizeofSockAddr4", "()I", |_| {
        Ok(Value::Int(size_of::<libc::sockaddr_in>() as i32))
    });
    r.register(ADDRESS, "sizeofSockAddr6", "()I", |_| {
        Ok(Value::Int(size_of::<libc::sockaddr_in6>() as i32))
    });
    r.register(ADDRESS, "sizeofFamily", "()I", |_| {
        Ok(Value::Int(size_of::<libc::sa_family_t>() as i32))
    });
    r.register(ADDRESS, "offsetFamily", "()I", |_| Ok(Value::Int(0)));
    r.register(ADDRESS, "offsetSin4Port", "()I", |_| {
        Ok(Value::Int(
            std::mem::offset_of!(libc::sockaddr_in, sin_port) as i32,
        ))
    });
    r.register(ADDRESS, "offsetSin4Addr", "()I", |_| {
        Ok(Value::Int(
            std::mem::offset_of!(libc::sockaddr_in, sin_addr) as i32,
        ))
    });
    r.register(ADDRESS, "offsetSin6Port", "()I", |_| {
        Ok(Value::Int(
            std::mem::offset_of!(libc::sockaddr_in6, sin6_port) as i32,
        ))
    });
    r.register(ADDRESS, "offsetSin6Addr", "()I", |_| {
        Ok(Value::Int(
            std::mem::offset_of!(libc::sockaddr_in6, sin6_addr) as i32,
        ))
    });
    r.register(ADDRESS, "offsetSin6ScopeId", "()I", |_| {
        Ok(Value::Int(
            std::mem::offset_of!(libc::sockaddr_in6, sin6_scope_id) as i32,
        ))
    });
    r.register(ADDRESS, "offsetSin6FlowInfo", "()I", |_| {
        Ok(Value::Int(
            std::mem::offset_of!(libc::sockaddr_in6, sin6_flowinfo) as i32,
        ))
    });
}

/// Whether a read error is the one a dispatcher reports with its own exception.
fn is_special(e: &io::Error, exception: &str) -> bool {
    let code = e.raw_os_error();
    if exception == "java/net/PortUnreachableException" {
        code == Some(libc::ECONNREFUSED)
    } else {
        matches!(code, Some(libc::ECONNRESET) | Some(libc::EPIPE))
    }
}

/// Throws a dispatcher's own exception: "Connection reset", or none for an unreachable port.
fn throw_special(env: &mut Env<'_>, exception: &str) -> runtime::Thrown {
    if exception == "java/net/PortUnreachableException" {
        env.throw_no_message(exception)
    } else {
        env.throw(exception, "Connection reset")
    }
}

fn read(env: &mut Env<'_>, exception: &str) -> JResult<Value> {
    let (fd, address, len) = (fd_arg(env, 0), env.long(1), env.int(2));
    let r = env.thread.blocked(|| read_to(fd, address, len, None));
    match r {
        Err(e) if is_special(&e, exception) => Err(throw_special(env, exception)),
        r => Ok(Value::Int(convert(env, r, true)? as i32)),
    }
}

fn readv(env: &mut Env<'_>, exception: &str) -> JResult<Value> {
    let fd = fd_arg(env, 0);
    let list = iovecs(env.long(1), env.int(2));
    let r = env
        .thread
        .blocked(|| vectored(&list, |base, len| read_to(fd, base, len, None)));
    match r {
        Err(e) if is_special(&e, exception) => Err(throw_special(env, exception)),
        r => Ok(Value::Long(convert(env, r, true)?)),
    }
}

fn datagram_write(env: &mut Env<'_>) -> JResult<Value> {
    let (fd, address, len) = (fd_arg(env, 0), env.long(1), env.int(2));
    match env.thread.blocked(|| write_from(fd, address, len, None)) {
        Err(e) if e.raw_os_error() == Some(libc::ECONNREFUSED) => {
            Err(env.throw_no_message("java/net/PortUnreachableException"))
        }
        r => Ok(Value::Int(convert(env, r, false)? as i32)),
    }
}

fn datagram_writev(env: &mut Env<'_>) -> JResult<Value> {
    let fd = fd_arg(env, 0);
    let list = iovecs(env.long(1), env.int(2));
    let r = env
        .thread
        .blocked(|| vectored(&list, |base, len| write_from(fd, base, len, None)));
    match r {
        Err(e) if e.raw_os_error() == Some(libc::ECONNREFUSED) => {
            Err(env.throw_no_message("java/net/PortUnreachableException"))
        }
        r => Ok(Value::Long(convert(env, r, false)?)),
    }
}

/// libnio's results for a datagram call's error: `IOS_UNAVAILABLE`, `IOS_INTERRUPTED`,
/// `PortUnreachableException` (no message), or the socket error's exception.
fn datagram_error(env: &mut Env<'_>, e: &io::Error) -> JResult<Value> {
    match e.raw_os_error() {
        Some(libc::EAGAIN) => Ok(Value::Int(IOS_UNAVAILABLE)),
        Some(libc::EINTR) => Ok(Value::Int(IOS_INTERRUPTED)),
        Some(libc::ECONNREFUSED) => Err(env.throw_no_message("java/net/PortUnreachableException")),
        _ => Err(throw_socket_error(env, e)),
    }
}

/// `receive0(fd, address, len, senderAddress, connected)`: one datagram into native memory
/// and its sender's `sockaddr` at `senderAddress`; an unconnected socket skips the errors
/// of earlier sends to closed ports.
fn receive0(env: &mut Env<'_>) -> JResult<Value> {
    let (fd, address, len) = (fd_arg(env, 0), env.long(1), env.int(2).min(MAX_PACKET_LEN));
    let (sender, connected) = (env.long(3) as usize, env.int(4) != 0);
    let mut buf = vec![0u8; len.max(0) as usize];
    loop {
        match env.thread.blocked(|| net_os::receive_raw(fd, &mut buf)) {
            Ok((n, sockaddr)) => {
                raw::copy(buf.as_ptr() as usize, address as usize, n);
                raw::copy(sockaddr.as_ptr() as usize, sender, sockaddr.len());
                return Ok(Value::Int(n as i32));
            }
            Err(e) if e.raw_os_error() == Some(libc::ECONNREFUSED) && !connected => {}
            Err(e) => return datagram_error(env, &e),
        }
    }
}

/// `send0(fd, address, len, targetAddress, targetAddressLen)`: one datagram to the
/// `sockaddr` at `targetAddress`.
fn send0(env: &mut Env<'_>) -> JResult<Value> {
    let (fd, address, len) = (fd_arg(env, 0), env.long(1), env.int(2).min(MAX_PACKET_LEN));
    let target_len = (env.int(4).max(0) as usize).min(size_of::<libc::sockaddr_in6>());
    let mut target = vec![0u8; target_len];
    raw::copy(
        env.long(3) as usize,
        target.as_mut_ptr() as usize,
        target_len,
    );
    let mut buf = vec![0u8; len.max(0) as usize];
    raw::copy(address as usize, buf.as_mut_ptr() as usize, buf.len());
    match env.thread.blocked(|| net_os::send_raw(fd, &buf, &target)) {
        Ok(n) => Ok(Value::Int(n as i32)),
        Err(e) => datagram_error(env, &e),
    }
}

/// `preClose0(fd)`: points the descriptor at a dead socket (reads end, writes fail) so that
/// threads still using it stop, before the last one closes it.
fn pre_close(env: &mut Env<'_>) -> JResult<Value> {
    static DEAD: OnceLock<Result<i32, i32>> = OnceLock::new();
    let dead = DEAD.get_or_init(|| {
        net_os::dead_descriptor().map_err(|e| e.raw_os_error().unwrap_or(libc::EIO))
    });
    let fd = fd_arg(env, 0);
    let r = match dead {
        Ok(dead) => crate::nio_os::dup2(*dead, fd),
        Err(code) => Err(io::Error::from_raw_os_error(*code)),
    };
    match r {
        Ok(()) => Ok(Value::Void),
        Err(e) => Err(crate::io_support::throw_io(env, &e)),
    }
}

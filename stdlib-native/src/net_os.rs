//! Host calls for networking: sockets (create, bind, listen, connect, accept, addresses,
//! options, shutdown, poll, reads and writes that an interrupting signal ends) and the
//! signal libnio uses to release a thread blocked in I/O (name lookups are in `net_names`).
//!
//! Calls that Java code retries itself (reads, writes, connect, accept, poll) are not
//! restarted on `EINTR`: the caller turns it into `IOStatus.INTERRUPTED`.

use std::io;
use std::mem::{size_of, zeroed};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};

/// Maps a -1 result to the `errno` error.
fn check<T: PartialEq + From<i8>>(r: T) -> io::Result<T> {
    if r == T::from(-1) {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// A new socket: IPv6 (accepting IPv4 too) or IPv4, stream or datagram, close-on-exec.
pub fn socket(v6: bool, stream: bool) -> io::Result<i32> {
    let domain = if v6 { libc::AF_INET6 } else { libc::AF_INET };
    let kind = if stream {
        libc::SOCK_STREAM
    } else {
        libc::SOCK_DGRAM
    };
    // SAFETY: no pointers.
    check(unsafe { libc::socket(domain, kind | libc::SOCK_CLOEXEC, 0) })
}

/// `setsockopt` with a value of type `T`.
pub(crate) fn set_option<T>(fd: i32, level: i32, name: i32, value: &T) -> io::Result<()> {
    let len = size_of::<T>() as libc::socklen_t;
    // SAFETY: `value` is readable for `len` bytes.
    check(unsafe { libc::setsockopt(fd, level, name, (value as *const T).cast(), len) }).map(drop)
}

/// `getsockopt` into a zeroed `T`.
pub(crate) fn get_option<T: Copy>(fd: i32, level: i32, name: i32) -> io::Result<T> {
    // SAFETY: the option types used here (ints, bytes, `linger`) are plain C values.
    let mut value: T = unsafe { zeroed() };
    let mut len = size_of::<T>() as libc::socklen_t;
    // SAFETY: `value` is writable for `len` bytes.
    check(unsafe { libc::getsockopt(fd, level, name, (&mut value as *mut T).cast(), &mut len) })?;
    Ok(value)
}

/// The user and group ids of a Unix-domain socket's peer (`SO_PEERCRED`).
pub fn peer_credentials(fd: i32) -> io::Result<(u32, u32)> {
    let cred: libc::ucred = get_option(fd, libc::SOL_SOCKET, libc::SO_PEERCRED)?;
    Ok((cred.uid, cred.gid))
}

/// Whether an option's value is one byte (IPv4 multicast TTL and loop), as libnio has it.
fn is_byte_option(level: i32, name: i32) -> bool {
    level == libc::IPPROTO_IP && (name == libc::IP_MULTICAST_TTL || name == libc::IP_MULTICAST_LOOP)
}

/// Sets an int option; `SO_LINGER` takes seconds (negative: off), the multicast byte
/// options their low byte.
pub fn set_int_option(fd: i32, level: i32, name: i32, value: i32) -> io::Result<()> {
    if level == libc::SOL_SOCKET && name == libc::SO_LINGER {
        let linger = libc::linger {
            l_onoff: i32::from(value >= 0),
            l_linger: value.max(0),
        };
        return set_option(fd, level, name, &linger);
    }
    if is_byte_option(level, name) {
        return set_option(fd, level, name, &(value as u8));
    }
    set_option(fd, level, name, &value)
}

/// Reads an int option (`SO_LINGER`: seconds, or -1 when off).
pub fn get_int_option(fd: i32, level: i32, name: i32) -> io::Result<i32> {
    if level == libc::SOL_SOCKET && name == libc::SO_LINGER {
        let linger: libc::linger = get_option(fd, level, name)?;
        return Ok(if linger.l_onoff != 0 {
            linger.l_linger
        } else {
            -1
        });
    }
    if is_byte_option(level, name) {
        return get_option::<u8>(fd, level, name).map(i32::from);
    }
    get_option(fd, level, name)
}

/// `address` as a `sockaddr` for a socket of the given family (an IPv4 address becomes
/// IPv4-mapped on an IPv6 socket).
pub(crate) fn to_sockaddr(
    address: &SocketAddr,
    v6: bool,
) -> (libc::sockaddr_storage, libc::socklen_t) {
    // SAFETY: an all-zero `sockaddr_storage` is valid.
    let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
    let v6_form = match address {
        SocketAddr::V4(a) if v6 => Some(SocketAddrV6::new(a.ip().to_ipv6_mapped(), a.port(), 0, 0)),
        SocketAddr::V4(_) => None,
        SocketAddr::V6(a) => Some(*a),
    };
    let len = match (v6_form, address) {
        (Some(a), _) => {
            let sin6 = libc::sockaddr_in6 {
                sin6_family: libc::AF_INET6 as libc::sa_family_t,
                sin6_port: a.port().to_be(),
                sin6_flowinfo: a.flowinfo(),
                sin6_addr: libc::in6_addr {
                    s6_addr: a.ip().octets(),
                },
                sin6_scope_id: a.scope_id(),
            };
            // SAFETY: `sockaddr_storage` is larger than and aligned for `sockaddr_in6`.
            unsafe { std::ptr::write((&mut storage as *mut libc::sockaddr_storage).cast(), sin6) };
            size_of::<libc::sockaddr_in6>()
        }
        (None, SocketAddr::V4(a)) => {
            let sin = libc::sockaddr_in {
                sin_family: libc::AF_INET as libc::sa_family_t,
                sin_port: a.port().to_be(),
                sin_addr: libc::in_addr {
                    s_addr: u32::from_ne_bytes(a.ip().octets()),
                },
                sin_zero: [0; 8],
            };
            // SAFETY: `sockaddr_storage` is larger than and aligned for `sockaddr_in`.
            unsafe { std::ptr::write((&mut storage as *mut libc::sockaddr_storage).cast(), sin) };
            size_of::<libc::sockaddr_in>()
        }
        (None, SocketAddr::V6(_)) => 0,
    };
    (storage, len as libc::socklen_t)
}

/// The address in a `sockaddr` filled by the kernel.
pub(crate) fn from_sockaddr(storage: &libc::sockaddr_storage) -> SocketAddr {
    if i32::from(storage.ss_family) == libc::AF_INET6 {
        // SAFETY: the family says the storage holds a `sockaddr_in6`.
        let sin6: libc::sockaddr_in6 =
            unsafe { std::ptr::read((storage as *const libc::sockaddr_storage).cast()) };
        return SocketAddr::V6(SocketAddrV6::new(
            Ipv6Addr::from(sin6.sin6_addr.s6_addr),
            u16::from_be(sin6.sin6_port),
            sin6.sin6_flowinfo,
            sin6.sin6_scope_id,
        ));
    }
    // SAFETY: otherwise it holds a `sockaddr_in` (all-zero for an unnamed socket).
    let sin: libc::sockaddr_in =
        unsafe { std::ptr::read((storage as *const libc::sockaddr_storage).cast()) };
    SocketAddr::V4(SocketAddrV4::new(
        Ipv4Addr::from(sin.sin_addr.s_addr.to_ne_bytes()),
        u16::from_be(sin.sin_port),
    ))
}

/// `bind(fd, address)`.
pub fn bind(fd: i32, address: &SocketAddr, v6: bool) -> io::Result<()> {
    let (sa, len) = to_sockaddr(address, v6);
    // SAFETY: `sa` holds `len` bytes of socket address.
    check(unsafe { libc::bind(fd, (&sa as *const libc::sockaddr_storage).cast(), len) }).map(drop)
}

/// `connect(fd, address)` (not restarted after `EINTR`).
pub fn connect(fd: i32, address: &SocketAddr, v6: bool) -> io::Result<()> {
    let (sa, len) = to_sockaddr(address, v6);
    // SAFETY: `sa` holds `len` bytes of socket address.
    check(unsafe { libc::connect(fd, (&sa as *const libc::sockaddr_storage).cast(), len) })
        .map(drop)
}

/// `listen(fd, backlog)`.
pub fn listen(fd: i32, backlog: i32) -> io::Result<()> {
    // SAFETY: no pointers.
    check(unsafe { libc::listen(fd, backlog) }).map(drop)
}

/// `accept` (close-on-exec; connections aborted before acceptance skipped): the new
/// socket and the peer's address.
pub fn accept(fd: i32) -> io::Result<(i32, SocketAddr)> {
    loop {
        // SAFETY: an all-zero `sockaddr_storage` is valid.
        let mut sa: libc::sockaddr_storage = unsafe { zeroed() };
        let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: `sa` is writable for `len` bytes.
        let r = unsafe {
            libc::accept4(
                fd,
                (&mut sa as *mut libc::sockaddr_storage).cast(),
                &mut len,
                libc::SOCK_CLOEXEC,
            )
        };
        match check(r) {
            Ok(new) => return Ok((new, from_sockaddr(&sa))),
            Err(e) if e.raw_os_error() == Some(libc::ECONNABORTED) => {}
            Err(e) => return Err(e),
        }
    }
}

/// The local (`getsockname`) or remote (`getpeername`) address of a socket.
pub fn address(fd: i32, peer: bool) -> io::Result<SocketAddr> {
    // SAFETY: an all-zero `sockaddr_storage` is valid.
    let mut sa: libc::sockaddr_storage = unsafe { zeroed() };
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let p = (&mut sa as *mut libc::sockaddr_storage).cast();
    // SAFETY: `sa` is writable for `len` bytes.
    let r = unsafe {
        if peer {
            libc::getpeername(fd, p, &mut len)
        } else {
            libc::getsockname(fd, p, &mut len)
        }
    };
    check(r)?;
    Ok(from_sockaddr(&sa))
}

/// `shutdown(fd, how)`.
pub fn shutdown(fd: i32, how: i32) -> io::Result<()> {
    // SAFETY: no pointers.
    check(unsafe { libc::shutdown(fd, how) }).map(drop)
}

/// `poll` of one descriptor: the events that happened (0 on timeout or `EINTR`).
pub fn poll(fd: i32, events: i16, timeout_millis: i32) -> io::Result<i16> {
    let mut pfd = libc::pollfd {
        fd,
        events,
        revents: 0,
    };
    // SAFETY: `pfd` is one writable `pollfd`.
    match check(unsafe { libc::poll(&mut pfd, 1, timeout_millis) }) {
        Ok(_) => Ok(pfd.revents),
        Err(e) if e.raw_os_error() == Some(libc::EINTR) => Ok(0),
        Err(e) => Err(e),
    }
}

/// The pending error of a socket (`SO_ERROR`), 0 if none.
pub fn pending_error(fd: i32) -> io::Result<i32> {
    get_option(fd, libc::SOL_SOCKET, libc::SO_ERROR)
}

/// One `read` (`EINTR` returned, not retried).
pub fn read_once(fd: i32, buf: &mut [u8]) -> io::Result<usize> {
    // SAFETY: `buf` is writable for its length.
    check(unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) }).map(|n| n as usize)
}

/// One `write` (`EINTR` returned, not retried; a closed peer gives `EPIPE`, the VM
/// ignoring SIGPIPE).
pub fn write_once(fd: i32, buf: &[u8]) -> io::Result<usize> {
    // SAFETY: `buf` is readable for its length.
    check(unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) }).map(|n| n as usize)
}

/// Sends one byte of urgent data (`MSG_OOB`).
pub fn send_urgent(fd: i32, byte: u8) -> io::Result<usize> {
    // SAFETY: one readable byte.
    check(unsafe { libc::send(fd, (&byte as *const u8).cast(), 1, libc::MSG_OOB) })
        .map(|n| n as usize)
}

/// `sendto` of a datagram to the `sockaddr` in `target` (to the connected peer when it is
/// empty).
pub fn send_raw(fd: i32, buf: &[u8], target: &[u8]) -> io::Result<usize> {
    // SAFETY: an all-zero `sockaddr_storage` is valid.
    let mut sa: libc::sockaddr_storage = unsafe { zeroed() };
    let len = target.len().min(size_of::<libc::sockaddr_storage>());
    // SAFETY: `sa` is writable for `len` bytes, `target` readable for them.
    unsafe {
        std::ptr::copy_nonoverlapping(
            target.as_ptr(),
            (&mut sa as *mut libc::sockaddr_storage).cast::<u8>(),
            len,
        )
    };
    let p = if len == 0 {
        std::ptr::null()
    } else {
        (&sa as *const libc::sockaddr_storage).cast()
    };
    // SAFETY: `buf` is readable for its length, `p` null or `len` bytes of address.
    check(unsafe {
        libc::sendto(
            fd,
            buf.as_ptr().cast(),
            buf.len(),
            0,
            p,
            len as libc::socklen_t,
        )
    })
    .map(|n| n as usize)
}

/// `recvfrom` of a datagram: its length and the sender's `sockaddr` bytes.
pub fn receive_raw(fd: i32, buf: &mut [u8]) -> io::Result<(usize, Vec<u8>)> {
    // SAFETY: an all-zero `sockaddr_storage` is valid.
    let mut sa: libc::sockaddr_storage = unsafe { zeroed() };
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: `buf` and `sa` are writable for their lengths.
    let n = check(unsafe {
        libc::recvfrom(
            fd,
            buf.as_mut_ptr().cast(),
            buf.len(),
            0,
            (&mut sa as *mut libc::sockaddr_storage).cast(),
            &mut len,
        )
    })?;
    let len = (len as usize).min(size_of::<libc::sockaddr_in6>());
    // SAFETY: `sa` is readable for its whole size, of which `len` bytes are copied.
    let bytes = unsafe {
        std::slice::from_raw_parts((&sa as *const libc::sockaddr_storage).cast::<u8>(), len)
    };
    Ok((n as usize, bytes.to_vec()))
}

/// Dissolves a datagram socket's association (`connect` to `AF_UNSPEC`).
pub fn disconnect(fd: i32) -> io::Result<()> {
    // SAFETY: an all-zero `sockaddr_storage` is valid.
    let mut sa: libc::sockaddr_storage = unsafe { zeroed() };
    sa.ss_family = libc::AF_UNSPEC as libc::sa_family_t;
    let len = size_of::<libc::sockaddr_in6>() as libc::socklen_t;
    // SAFETY: `sa` holds `len` bytes.
    match check(unsafe { libc::connect(fd, (&sa as *const libc::sockaddr_storage).cast(), len) }) {
        Err(e) if e.raw_os_error() != Some(libc::EAFNOSUPPORT) => Err(e),
        _ => Ok(()),
    }
}

/// libnet's TCP probe of `ip` for `InetAddress.isReachable`: a connection to the echo port
/// (7) that succeeds or is refused within `timeout_millis` means reachable; unreachable
/// networks and hosts mean not; other failures are errors.
pub fn reachable(
    ip: IpAddr,
    timeout_millis: i32,
    ttl: i32,
    from: Option<IpAddr>,
) -> io::Result<bool> {
    let v6 = ip.is_ipv6();
    let fd = socket(v6, true)?;
    let result = (|| {
        if ttl > 0 {
            let (level, name) = if v6 {
                (libc::IPPROTO_IPV6, libc::IPV6_UNICAST_HOPS)
            } else {
                (libc::IPPROTO_IP, libc::IP_TTL)
            };
            set_int_option(fd, level, name, ttl)?;
        }
        if let Some(from) = from {
            bind(fd, &SocketAddr::new(from, 0), v6)?;
        }
        crate::nio_os::set_blocking(fd, false)?;
        match connect(fd, &SocketAddr::new(ip, 7), v6) {
            Ok(()) => return Ok(true),
            Err(e) => match e.raw_os_error() {
                Some(libc::ECONNREFUSED) => return Ok(true),
                Some(
                    libc::ENETUNREACH
                    | libc::EAFNOSUPPORT
                    | libc::EADDRNOTAVAIL
                    | libc::EINVAL
                    | libc::EHOSTUNREACH,
                ) => return Ok(false),
                Some(libc::EINPROGRESS) => {}
                _ => return Err(e),
            },
        }
        if poll(fd, libc::POLLOUT, timeout_millis)? == 0 {
            return Ok(false);
        }
        Ok(matches!(pending_error(fd)?, 0 | libc::ECONNREFUSED))
    })();
    let _ = crate::os::close(fd);
    result
}

/// Whether IPv6 sockets can be made and an interface has an IPv6 address.
pub fn ipv6_available() -> bool {
    let Ok(fd) = socket(true, true) else {
        return false;
    };
    let _ = crate::os::close(fd);
    std::fs::read_to_string("/proc/net/if_inet6").is_ok_and(|s| !s.trim().is_empty())
}

/// Whether `SO_REUSEPORT` can be set.
pub fn reuse_port_available() -> bool {
    let Ok(fd) = socket(false, true) else {
        return false;
    };
    let ok = set_option(fd, libc::SOL_SOCKET, libc::SO_REUSEPORT, &1i32).is_ok();
    let _ = crate::os::close(fd);
    ok
}

/// A descriptor whose file reads end-of-file and fails writes (one end of a socket pair
/// whose other end is closed): `dup2`'d over a socket being closed so that no I/O starts
/// on a recycled descriptor number.
pub fn dead_descriptor() -> io::Result<i32> {
    let mut pair = [-1; 2];
    // SAFETY: `pair` has room for the two descriptors.
    check(unsafe {
        libc::socketpair(
            libc::AF_UNIX,
            libc::SOCK_STREAM | libc::SOCK_CLOEXEC,
            0,
            pair.as_mut_ptr(),
        )
    })?;
    let _ = crate::os::close(pair[1]);
    Ok(pair[0])
}

/// The signal that releases a thread from a blocking call (libnio's choice).
fn interrupt_signal() -> i32 {
    libc::SIGRTMAX() - 2
}

extern "C" fn ignore_interrupt(_: libc::c_int) {}

/// Installs the do-nothing handler of the interrupt signal, without `SA_RESTART`, so that
/// a blocking call it hits fails with `EINTR`.
pub fn install_interrupt_handler() -> io::Result<()> {
    // SAFETY: an all-zero `sigaction` has an empty mask and no flags.
    let mut action: libc::sigaction = unsafe { zeroed() };
    action.sa_sigaction = ignore_interrupt as extern "C" fn(libc::c_int) as usize;
    // SAFETY: `action` is a valid handler description; the handler does nothing.
    check(unsafe { libc::sigaction(interrupt_signal(), &action, std::ptr::null_mut()) }).map(drop)
}

/// The current native thread (`pthread_self`), as libnio's token.
pub fn current_thread() -> i64 {
    // SAFETY: no arguments.
    unsafe { libc::pthread_self() as i64 }
}

/// Sends the interrupt signal to a thread from `current_thread` (which the Java caller
/// knows to be blocked in I/O, so alive).
pub fn signal_thread(thread: i64) -> io::Result<()> {
    // SAFETY: the token is a `pthread_t` of a live thread, as the caller guarantees.
    let r = unsafe { libc::pthread_kill(thread as libc::pthread_t, interrupt_signal()) };
    if r != 0 {
        return Err(io::Error::from_raw_os_error(r));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loopback(port: u16) -> SocketAddr {
        SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port)
    }

    #[test]
    fn a_connection_on_loopback_carries_bytes_both_ways() {
        let server = socket(true, true).expect("socket");
        bind(server, &loopback(0), true).expect("bind");
        listen(server, 1).expect("listen");
        let bound = address(server, false).expect("local address");
        // An IPv6 socket bound to an IPv4 address reports it IPv4-mapped.
        let port = bound.port();
        assert!(port > 0);
        assert_eq!(bound.ip(), IpAddr::V6(Ipv4Addr::LOCALHOST.to_ipv6_mapped()));
        let client = socket(false, true).expect("socket");
        connect(client, &loopback(port), false).expect("connect");
        let (accepted, peer) = accept(server).expect("accept");
        assert_eq!(
            peer.port(),
            address(client, false).expect("client address").port()
        );
        assert_eq!(write_once(client, b"ping").expect("write"), 4);
        assert_eq!(
            poll(accepted, libc::POLLIN, 1000).expect("poll") & libc::POLLIN,
            libc::POLLIN
        );
        let mut buf = [0u8; 8];
        assert_eq!(read_once(accepted, &mut buf).expect("read"), 4);
        assert_eq!(&buf[..4], b"ping");
        shutdown(accepted, libc::SHUT_WR).expect("shutdown");
        assert_eq!(read_once(client, &mut buf).expect("end of stream"), 0);
        for fd in [client, accepted, server] {
            crate::os::close(fd).expect("close");
        }
    }

    #[test]
    fn a_closed_port_refuses_and_poll_times_out() {
        let probe = socket(false, true).expect("socket");
        bind(probe, &loopback(0), false).expect("bind");
        let port = address(probe, false).expect("address").port();
        crate::os::close(probe).expect("close");
        let client = socket(false, true).expect("socket");
        let refused = connect(client, &loopback(port), false).expect_err("refused");
        assert_eq!(refused.raw_os_error(), Some(libc::ECONNREFUSED));
        crate::os::close(client).expect("close");
        let idle = socket(false, false).expect("datagram socket");
        bind(idle, &loopback(0), false).expect("bind");
        assert_eq!(poll(idle, libc::POLLIN, 10).expect("poll"), 0);
        crate::os::close(idle).expect("close");
        assert!(reachable(IpAddr::V4(Ipv4Addr::LOCALHOST), 1000, 0, None).expect("probe"));
    }

    #[test]
    fn options_round_trip_with_linger_in_seconds() {
        let fd = socket(false, true).expect("socket");
        set_int_option(fd, libc::IPPROTO_TCP, libc::TCP_NODELAY, 1).expect("set");
        assert_eq!(
            get_int_option(fd, libc::IPPROTO_TCP, libc::TCP_NODELAY).expect("get"),
            1
        );
        assert_eq!(
            get_int_option(fd, libc::SOL_SOCKET, libc::SO_LINGER).expect("off"),
            -1
        );
        set_int_option(fd, libc::SOL_SOCKET, libc::SO_LINGER, 7).expect("linger");
        assert_eq!(
            get_int_option(fd, libc::SOL_SOCKET, libc::SO_LINGER).expect("on"),
            7
        );
        crate::os::close(fd).expect("close");
    }
}

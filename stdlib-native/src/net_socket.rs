//! `sun.nio.ch.Net`'s socket natives (what `NioSocketImpl`, `SocketChannelImpl` and
//! `ServerSocketChannelImpl` stand on): creating, binding, listening, connecting, accepting,
//! addresses, options, shutdown, poll, and libnio's exceptions for socket errors.
//!
//! Calls that can block run outside Java (safepoints go on) and end early with
//! `IOStatus.INTERRUPTED` when `NativeThread.signal` hits them, as in HotSpot.

use std::io;
use std::net::SocketAddr;

use runtime::klass::BOOT_LOADER;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ARRAY_BASE_OFFSET;
use runtime::{JResult, Thrown, Value};

use crate::io_support::{descriptor_of, set_descriptor};
use crate::net_inet::{ip_of, new_inet_address, scope_of};
use crate::net_os;

const NET: &str = "sun/nio/ch/Net";
const FD: &str = "Ljava/io/FileDescriptor;";
/// `IOStatus.UNAVAILABLE`, `IOStatus.INTERRUPTED`.
pub(crate) const IOS_UNAVAILABLE: i32 = -2;
pub(crate) const IOS_INTERRUPTED: i32 = -3;
/// `Net.SHUT_RD`, `Net.SHUT_WR`.
const SHUT_RD: i32 = 0;
const SHUT_WR: i32 = 1;

pub(crate) fn register(r: &NativeRegistry) {
    r.register(NET, "isIPv6Available0", "()Z", |_| {
        Ok(Value::Int(net_os::ipv6_available().into()))
    });
    r.register(NET, "isReusePortAvailable0", "()Z", |_| {
        Ok(Value::Int(net_os::reuse_port_available().into()))
    });
    // Linux's answers.
    let no = |_: &mut Env<'_>| Ok(Value::Int(0));
    let yes = |_: &mut Env<'_>| Ok(Value::Int(1));
    r.register(NET, "shouldShutdownWriteBeforeClose0", "()Z", no);
    r.register(NET, "shouldSetBothIPv4AndIPv6Options0", "()Z", yes);
    r.register(NET, "canIPv6SocketJoinIPv4Group0", "()Z", yes);
    r.register(NET, "canJoin6WithIPv4Group0", "()Z", no);
    r.register(NET, "canUseIPv6OptionsWithIPv4LocalAddress0", "()Z", yes);
    r.register(NET, "isExclusiveBindAvailable", "()I", |_| {
        Ok(Value::Int(-1))
    });
    r.register(NET, "initIDs", "()V", |_| Ok(Value::Void));
    let pollout = |_: &mut Env<'_>| Ok(Value::Int(i32::from(libc::POLLOUT)));
    r.register(NET, "pollinValue", "()S", |_| {
        Ok(Value::Int(i32::from(libc::POLLIN)))
    });
    r.register(NET, "polloutValue", "()S", pollout);
    r.register(NET, "pollerrValue", "()S", |_| {
        Ok(Value::Int(i32::from(libc::POLLERR)))
    });
    r.register(NET, "pollhupValue", "()S", |_| {
        Ok(Value::Int(i32::from(libc::POLLHUP)))
    });
    r.register(NET, "pollnvalValue", "()S", |_| {
        Ok(Value::Int(i32::from(libc::POLLNVAL)))
    });
    r.register(NET, "pollconnValue", "()S", pollout);
    r.register(NET, "socket0", "(ZZZZ)I", socket0);
    r.register(
        NET,
        "bind0",
        &format!("({FD}ZZLjava/net/InetAddress;I)V"),
        bind0,
    );
    r.register(NET, "listen", &format!("({FD}I)V"), listen);
    r.register(
        NET,
        "connect0",
        &format!("(Z{FD}Ljava/net/InetAddress;I)I"),
        connect0,
    );
    let accept_desc = format!("({FD}{FD}[Ljava/net/InetSocketAddress;)I");
    r.register(NET, "accept", &accept_desc, accept);
    r.register(NET, "shutdown", &format!("({FD}I)V"), shutdown);
    r.register(NET, "localPort", &format!("({FD})I"), |e| port(e, false));
    r.register(NET, "remotePort", &format!("({FD})I"), |e| port(e, true));
    let address_desc = format!("({FD})Ljava/net/InetAddress;");
    r.register(NET, "localInetAddress", &address_desc, |e| {
        inet_address(e, false)
    });
    r.register(NET, "remoteInetAddress", &address_desc, |e| {
        inet_address(e, true)
    });
    r.register(NET, "getIntOption0", &format!("({FD}ZII)I"), get_int_option);
    r.register(
        NET,
        "setIntOption0",
        &format!("({FD}ZIIIZ)V"),
        set_int_option,
    );
    r.register(NET, "poll", &format!("({FD}IJ)I"), poll);
    r.register(NET, "pollConnect", &format!("({FD}J)Z"), poll_connect);
    r.register(NET, "available", &format!("({FD})I"), available);
    r.register(NET, "sendOOB", &format!("({FD}B)I"), |e| {
        let r = net_os::send_urgent(fd_arg(e, 0), e.int(1) as u8);
        Ok(Value::Int(crate::nio_ch::convert(e, r, false)? as i32))
    });
    let check_connect = "sun/nio/ch/UnixAsynchronousSocketChannelImpl";
    r.register(
        check_connect,
        "checkConnect",
        "(I)V",
        |e| match net_os::pending_error(e.int(0)) {
            Ok(0) => Ok(Value::Void),
            Ok(code) => Err(throw_socket_error(e, &io::Error::from_raw_os_error(code))),
            Err(err) => Err(crate::io_support::throw_io(e, &err)),
        },
    );
    r.register("java/net/SocketCleanable", "cleanupClose0", "(I)V", |e| {
        let _ = crate::os::close(e.int(0));
        Ok(Value::Void)
    });
    r.register("sun/net/PortConfig", "getLower0", "()I", |_| {
        Ok(Value::Int(local_port_range().map_or(-1, |r| r.0)))
    });
    r.register("sun/net/PortConfig", "getUpper0", "()I", |_| {
        Ok(Value::Int(local_port_range().map_or(-1, |r| r.1)))
    });
    // No desktop proxy settings (GNOME's) are consulted: `ProxySelector.getDefault()` uses
    // the system properties alone.
    let proxies = "sun/net/spi/DefaultProxySelector";
    r.register(proxies, "init", "()Z", |_| Ok(Value::Int(0)));
    let system_proxies = "(Ljava/lang/String;Ljava/lang/String;)[Ljava/net/Proxy;";
    r.register(proxies, "getSystemProxies", system_proxies, |_| {
        Ok(Value::Ref(None))
    });
}

/// The range of ephemeral ports (`/proc/sys/net/ipv4/ip_local_port_range`).
fn local_port_range() -> Option<(i32, i32)> {
    let text = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range").ok()?;
    let mut numbers = text.split_whitespace().map(|n| n.parse::<i32>());
    Some((numbers.next()?.ok()?, numbers.next()?.ok()?))
}

/// The descriptor of the `FileDescriptor` argument `i`.
pub(crate) fn fd_arg(env: &Env<'_>, i: usize) -> i32 {
    env.obj(i).map_or(-1, descriptor_of)
}

/// The `java.net` exception class libnio's `handleSocketError` throws for an error.
pub(crate) fn socket_error_class(e: &io::Error) -> &'static str {
    match e.raw_os_error().unwrap_or(0) {
        libc::EPROTO => "java/net/ProtocolException",
        libc::ECONNREFUSED | libc::ETIMEDOUT | libc::ENOTCONN => "java/net/ConnectException",
        libc::EHOSTUNREACH => "java/net/NoRouteToHostException",
        libc::EADDRINUSE | libc::EADDRNOTAVAIL | libc::EACCES => "java/net/BindException",
        _ => "java/net/SocketException",
    }
}

/// libnio's `handleSocketError`: the `java.net` exception for `errno`, with `strerror`'s
/// text.
pub(crate) fn throw_socket_error(env: &mut Env<'_>, e: &io::Error) -> Thrown {
    env.throw(socket_error_class(e), &crate::os::error_text(e))
}

/// `socket0(preferIPv6, stream, reuse, fastLoopback)`: a new socket; an IPv6 one also
/// takes IPv4 (`IPV6_V6ONLY` off); datagram sockets get no multicast from groups they did
/// not join.
fn socket0(env: &mut Env<'_>) -> JResult<Value> {
    let v6 = env.int(0) != 0 && net_os::ipv6_available();
    let (stream, reuse) = (env.int(1) != 0, env.int(2) != 0);
    let fd = match net_os::socket(v6, stream) {
        Ok(fd) => fd,
        Err(e) => return Err(throw_socket_error(env, &e)),
    };
    let mut setup: Vec<(i32, i32, i32, &str)> = Vec::new();
    if v6 {
        setup.push((
            libc::IPPROTO_IPV6,
            libc::IPV6_V6ONLY,
            0,
            "Unable to set IPV6_V6ONLY",
        ));
    }
    if reuse {
        setup.push((
            libc::SOL_SOCKET,
            libc::SO_REUSEADDR,
            1,
            "Unable to set SO_REUSEADDR",
        ));
    }
    if !stream {
        let level = if v6 {
            libc::IPPROTO_IPV6
        } else {
            libc::IPPROTO_IP
        };
        let all = if v6 {
            libc::IPV6_MULTICAST_ALL
        } else {
            libc::IP_MULTICAST_ALL
        };
        setup.push((level, all, 0, "Unable to set IP_MULTICAST_ALL"));
        if v6 {
            let hops = (
                libc::IPPROTO_IPV6,
                libc::IPV6_MULTICAST_HOPS,
                1,
                "Unable to set IPV6_MULTICAST_HOPS",
            );
            setup.push(hops);
        }
    }
    for (level, name, value, what) in setup {
        match net_os::set_int_option(fd, level, name, value) {
            Err(e)
                if name == libc::IP_MULTICAST_ALL
                    && e.raw_os_error() == Some(libc::ENOPROTOOPT) => {}
            Err(e) => {
                let _ = crate::os::close(fd);
                let msg = format!("{what}: {}", crate::os::error_text(&e));
                return Err(env.throw("java/net/SocketException", &msg));
            }
            Ok(()) => {}
        }
    }
    Ok(Value::Int(fd))
}

/// The socket address of `InetAddress` argument `i` and port argument `i + 1` for a socket
/// of the given family, or `SocketException` as libnet's address conversion throws.
fn socket_address_arg(env: &mut Env<'_>, i: usize, v6: bool) -> JResult<SocketAddr> {
    let Some(address) = env.obj(i) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let port = env.int(i + 1) as u16;
    let Some(ip) = ip_of(address) else {
        return Err(env.throw("java/net/SocketException", "Protocol family unavailable"));
    };
    match ip {
        std::net::IpAddr::V6(a) if !v6 => match a.to_ipv4_mapped() {
            Some(v4) => Ok(SocketAddr::new(v4.into(), port)),
            None => Err(env.throw("java/net/SocketException", "Protocol family unavailable")),
        },
        // The IPv4 wildcard is the IPv6 one on an IPv6 socket.
        std::net::IpAddr::V4(a) if v6 && a.is_unspecified() => Ok(SocketAddr::new(
            std::net::Ipv6Addr::UNSPECIFIED.into(),
            port,
        )),
        std::net::IpAddr::V6(a) => Ok(SocketAddr::V6(std::net::SocketAddrV6::new(
            a,
            port,
            0,
            scope_of(address),
        ))),
        ip => Ok(SocketAddr::new(ip, port)),
    }
}

/// Whether the socket `fd` is an IPv6 one.
fn is_v6(fd: i32) -> bool {
    net_os::address(fd, false).is_ok_and(|a| a.is_ipv6())
}

/// `bind0(fd, preferIPv6, useExclBind, address, port)`.
fn bind0(env: &mut Env<'_>) -> JResult<Value> {
    let fd = fd_arg(env, 0);
    let v6 = env.int(1) != 0 && is_v6(fd);
    let address = socket_address_arg(env, 3, v6)?;
    match net_os::bind(fd, &address, v6) {
        Ok(()) => Ok(Value::Void),
        Err(e) => Err(throw_socket_error(env, &e)),
    }
}

fn listen(env: &mut Env<'_>) -> JResult<Value> {
    match net_os::listen(fd_arg(env, 0), env.int(1)) {
        Ok(()) => Ok(Value::Void),
        Err(e) => Err(throw_socket_error(env, &e)),
    }
}

/// `connect0(preferIPv6, fd, address, port)`: 1 when connected, `IOS_UNAVAILABLE` while a
/// non-blocking connect goes on, `IOS_INTERRUPTED`.
fn connect0(env: &mut Env<'_>) -> JResult<Value> {
    let fd = fd_arg(env, 1);
    let v6 = env.int(0) != 0 && is_v6(fd);
    let address = socket_address_arg(env, 2, v6)?;
    match env.thread.blocked(|| net_os::connect(fd, &address, v6)) {
        Ok(()) => Ok(Value::Int(1)),
        Err(e) => match e.raw_os_error() {
            Some(libc::EINPROGRESS) => Ok(Value::Int(IOS_UNAVAILABLE)),
            Some(libc::EINTR) => Ok(Value::Int(IOS_INTERRUPTED)),
            _ => Err(throw_socket_error(env, &e)),
        },
    }
}

/// A new `InetSocketAddress(address, port)` for a host socket address.
pub(crate) fn new_socket_address(
    env: &mut Env<'_>,
    address: SocketAddr,
) -> JResult<runtime::oops::ObjRef> {
    let ip = new_inet_address(env, address.ip(), None)?;
    let ip = env.local(Some(ip));
    let k = runtime::loader::load_class(env.thread, BOOT_LOADER, "java/net/InetSocketAddress")?;
    runtime::init::initialize(env.thread, k)?;
    let Some(ctor) = k.find_declared_method("<init>", "(Ljava/net/InetAddress;I)V") else {
        return Err(env.throw(
            "java/lang/InternalError",
            "InetSocketAddress(InetAddress, int)",
        ));
    };
    let isa = runtime::alloc::new_instance(env.thread, k)?;
    let isa = env.local(Some(isa));
    let args = [
        Value::Ref(env.get(isa)),
        Value::Ref(env.get(ip)),
        Value::Int(i32::from(address.port())),
    ];
    runtime::interpreter::call_method(env.thread, ctor, &args)?;
    env.get(isa)
        .ok_or_else(|| env.throw_no_message("java/lang/NullPointerException"))
}

/// `accept(fd, newfd, isaa)`: 1 with the new socket in `newfd` and the peer in `isaa[0]`,
/// or `IOS_UNAVAILABLE`/`IOS_INTERRUPTED`.
fn accept(env: &mut Env<'_>) -> JResult<Value> {
    let fd = fd_arg(env, 0);
    let (new_fd, peer) = match env.thread.blocked(|| net_os::accept(fd)) {
        Ok(accepted) => accepted,
        Err(e) => return accept_failed(env, &e),
    };
    let isa = new_socket_address(env, peer)?;
    Ok(accepted(env, new_fd, isa))
}

/// libnio's result of a failed accept: `IOS_UNAVAILABLE` when no connection is pending,
/// `IOS_INTERRUPTED`, or the error's `IOException`.
pub(crate) fn accept_failed(env: &mut Env<'_>, e: &io::Error) -> JResult<Value> {
    match e.raw_os_error() {
        Some(libc::EAGAIN) => Ok(Value::Int(IOS_UNAVAILABLE)),
        Some(libc::EINTR) => Ok(Value::Int(IOS_INTERRUPTED)),
        _ => Err(crate::io_support::throw_io(env, e)),
    }
}

/// Hands an accepted connection to the accept natives' caller: the new descriptor into the
/// `FileDescriptor` of argument 1 and `peer` into element 0 of the array of argument 2;
/// returns 1.
pub(crate) fn accepted(env: &mut Env<'_>, new_fd: i32, peer: runtime::oops::ObjRef) -> Value {
    if let Some(new_fdo) = env.obj(1) {
        set_descriptor(new_fdo, new_fd);
    }
    if let Some(array) = env.obj(2).filter(|a| a.array_length() > 0) {
        array.put_ref(ARRAY_BASE_OFFSET, Some(peer));
    }
    Value::Int(1)
}

fn shutdown(env: &mut Env<'_>) -> JResult<Value> {
    let how = match env.int(1) {
        SHUT_RD => libc::SHUT_RD,
        SHUT_WR => libc::SHUT_WR,
        _ => libc::SHUT_RDWR,
    };
    match net_os::shutdown(fd_arg(env, 0), how) {
        Err(e) if e.raw_os_error() != Some(libc::ENOTCONN) => Err(throw_socket_error(env, &e)),
        _ => Ok(Value::Void),
    }
}

fn port(env: &mut Env<'_>, peer: bool) -> JResult<Value> {
    match net_os::address(fd_arg(env, 0), peer) {
        Ok(a) => Ok(Value::Int(i32::from(a.port()))),
        Err(e) => Err(throw_socket_error(env, &e)),
    }
}

fn inet_address(env: &mut Env<'_>, peer: bool) -> JResult<Value> {
    match net_os::address(fd_arg(env, 0), peer) {
        Ok(a) => Ok(Value::Ref(Some(new_inet_address(env, a.ip(), None)?))),
        Err(e) => Err(throw_socket_error(env, &e)),
    }
}

/// Whether an option is a socket buffer size, which Linux reports doubled.
fn is_buffer_size(level: i32, name: i32) -> bool {
    level == libc::SOL_SOCKET && (name == libc::SO_SNDBUF || name == libc::SO_RCVBUF)
}

/// `getIntOption0(fd, mayNeedConversion, level, opt)`.
fn get_int_option(env: &mut Env<'_>) -> JResult<Value> {
    let (convert, level, name) = (env.int(1) != 0, env.int(2), env.int(3));
    match net_os::get_int_option(fd_arg(env, 0), level, name) {
        Ok(v) if convert && is_buffer_size(level, name) => Ok(Value::Int(v / 2)),
        Ok(v) => Ok(Value::Int(v)),
        Err(e) => {
            let msg = format!("sun.nio.ch.Net.getIntOption: {}", crate::os::error_text(&e));
            Err(env.throw("java/net/SocketException", &msg))
        }
    }
}

/// `setIntOption0(fd, mayNeedConversion, level, opt, arg, isIPv6)`.
fn set_int_option(env: &mut Env<'_>) -> JResult<Value> {
    let (convert, level, name, mut value) = (env.int(1) != 0, env.int(2), env.int(3), env.int(4));
    if convert && level == libc::SOL_SOCKET && name == libc::SO_RCVBUF {
        value = value.max(1024);
    }
    match net_os::set_int_option(fd_arg(env, 0), level, name, value) {
        Ok(()) => Ok(Value::Void),
        Err(e) => {
            let msg = format!("sun.nio.ch.Net.setIntOption: {}", crate::os::error_text(&e));
            Err(env.throw("java/net/SocketException", &msg))
        }
    }
}

/// A Java timeout in milliseconds as `poll`'s (negative: forever).
fn poll_timeout(millis: i64) -> i32 {
    millis.clamp(-1, i64::from(i32::MAX)) as i32
}

/// `poll(fd, events, timeout)`: the events that happened (0 on timeout or interrupt).
fn poll(env: &mut Env<'_>) -> JResult<Value> {
    let (fd, events, timeout) = (fd_arg(env, 0), env.int(1) as i16, poll_timeout(env.long(2)));
    match env.thread.blocked(|| net_os::poll(fd, events, timeout)) {
        Ok(revents) => Ok(Value::Int(i32::from(revents))),
        Err(e) => Err(throw_socket_error(env, &e)),
    }
}

/// `pollConnect(fd, timeout)`: whether a pending connect has completed; its failure is
/// thrown (`ConnectException: Connection refused`...).
fn poll_connect(env: &mut Env<'_>) -> JResult<Value> {
    let (fd, timeout) = (fd_arg(env, 0), poll_timeout(env.long(1)));
    let revents = match env
        .thread
        .blocked(|| net_os::poll(fd, libc::POLLOUT, timeout))
    {
        Ok(0) => return Ok(Value::Int(0)),
        Ok(r) => r,
        Err(e) => return Err(crate::io_support::throw_io(env, &e)),
    };
    match net_os::pending_error(fd) {
        Err(e) => Err(throw_socket_error(env, &e)),
        Ok(0) if revents & libc::POLLHUP != 0 => {
            let e = io::Error::from_raw_os_error(libc::ENOTCONN);
            Err(throw_socket_error(env, &e))
        }
        Ok(0) => Ok(Value::Int(1)),
        Ok(code) => Err(throw_socket_error(env, &io::Error::from_raw_os_error(code))),
    }
}

fn available(env: &mut Env<'_>) -> JResult<Value> {
    match crate::os::bytes_ready(fd_arg(env, 0)) {
        Ok(n) => Ok(Value::Int(n)),
        Err(e) => Err(throw_socket_error(env, &e)),
    }
}

//! `java.net.NetworkInterface`'s natives: the host's interfaces (`getifaddrs`) with their
//! indexes, addresses and prefixes, flags, MTU and hardware address (from `/sys/class/net`).

use std::ffi::CStr;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use runtime::klass::BOOT_LOADER;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ObjRef;
use runtime::{JResult, Value};

use crate::io_support::{new_byte_array, new_object_array, new_platform_string};
use crate::net_inet::{ip_of, new_inet_address};

const NIF: &str = "java/net/NetworkInterface";
const STRING_INT: &str = "(Ljava/lang/String;I)";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(NIF, "init", "()V", |_| Ok(Value::Void));
    r.register(NIF, "getAll", "()[Ljava/net/NetworkInterface;", get_all);
    r.register(
        NIF,
        "getByName0",
        "(Ljava/lang/String;)Ljava/net/NetworkInterface;",
        by_name,
    );
    r.register(
        NIF,
        "getByIndex0",
        "(I)Ljava/net/NetworkInterface;",
        by_index,
    );
    let by_address = "(Ljava/net/InetAddress;)Ljava/net/NetworkInterface;";
    r.register(NIF, "getByInetAddress0", by_address, by_inet_address);
    r.register(NIF, "boundInetAddress0", "(Ljava/net/InetAddress;)Z", |e| {
        let ip = e.obj(0).and_then(ip_of);
        let bound = match (ip, host_interfaces()) {
            (Some(ip), Ok(all)) => all.iter().any(|i| i.addresses.iter().any(|a| a.ip == ip)),
            (_, Err(err)) => return Err(throw_socket(e, &err)),
            _ => false,
        };
        Ok(Value::Int(bound.into()))
    });
    r.register(NIF, "isUp0", &format!("{STRING_INT}Z"), |e| {
        flag(e, libc::IFF_UP | libc::IFF_RUNNING)
    });
    r.register(NIF, "isLoopback0", &format!("{STRING_INT}Z"), |e| {
        flag(e, libc::IFF_LOOPBACK)
    });
    r.register(NIF, "supportsMulticast0", &format!("{STRING_INT}Z"), |e| {
        flag(e, libc::IFF_MULTICAST)
    });
    r.register(NIF, "isP2P0", &format!("{STRING_INT}Z"), |e| {
        flag(e, libc::IFF_POINTOPOINT)
    });
    r.register(NIF, "getMTU0", &format!("{STRING_INT}I"), mtu);
    r.register(NIF, "getMacAddr0", "([BLjava/lang/String;I)[B", mac_address);
}

/// An address of an interface.
struct HostAddress {
    ip: IpAddr,
    prefix: u8,
    broadcast: Option<Ipv4Addr>,
}

/// An interface of the host.
struct HostInterface {
    name: Vec<u8>,
    index: i32,
    addresses: Vec<HostAddress>,
}

fn throw_socket(env: &mut Env<'_>, e: &io::Error) -> runtime::Thrown {
    env.throw("java/net/SocketException", &crate::os::error_text(e))
}

/// The IP address in a `sockaddr` of family `AF_INET` or `AF_INET6`.
///
/// # Safety
/// `sa` must be null or point to a socket address of the size its family implies.
unsafe fn ip_at(sa: *const libc::sockaddr) -> Option<IpAddr> {
    if sa.is_null() {
        return None;
    }
    // SAFETY: as the caller promises.
    unsafe {
        match i32::from((*sa).sa_family) {
            libc::AF_INET => {
                let sin = &*sa.cast::<libc::sockaddr_in>();
                Some(IpAddr::V4(Ipv4Addr::from(
                    sin.sin_addr.s_addr.to_ne_bytes(),
                )))
            }
            libc::AF_INET6 => {
                let sin6 = &*sa.cast::<libc::sockaddr_in6>();
                Some(IpAddr::V6(Ipv6Addr::from(sin6.sin6_addr.s6_addr)))
            }
            _ => None,
        }
    }
}

/// The number of leading one bits of a netmask.
fn prefix_of(mask: Option<IpAddr>) -> u8 {
    match mask {
        Some(IpAddr::V4(m)) => u32::from(m).leading_ones() as u8,
        Some(IpAddr::V6(m)) => u128::from(m).leading_ones() as u8,
        None => 0,
    }
}

/// One entry of `getifaddrs`: an interface's name and flags, and an address of it.
struct Entry {
    name: Vec<u8>,
    flags: i32,
    address: Option<HostAddress>,
}

/// Every entry of `getifaddrs` (hardware ones with no IP address too).
fn entries() -> io::Result<Vec<Entry>> {
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: `list` receives the head of a list that freeifaddrs releases below.
    if unsafe { libc::getifaddrs(&mut list) } != 0 {
        return Err(io::Error::last_os_error());
    }
    let mut found = Vec::new();
    let mut node = list;
    while !node.is_null() {
        // SAFETY: `node` is an element of the list getifaddrs returned; its pointers are
        // null or valid for the family they hold.
        let (name, flags, ip, mask, broadcast) = unsafe {
            let entry = &*node;
            node = entry.ifa_next;
            let flags = entry.ifa_flags as i32;
            let broadcast = if flags & libc::IFF_BROADCAST != 0 {
                ip_at(entry.ifa_ifu)
            } else {
                None
            };
            (
                CStr::from_ptr(entry.ifa_name).to_bytes().to_vec(),
                flags,
                ip_at(entry.ifa_addr),
                ip_at(entry.ifa_netmask),
                broadcast,
            )
        };
        let address = ip.map(|ip| HostAddress {
            ip,
            prefix: prefix_of(mask),
            broadcast: match broadcast {
                Some(IpAddr::V4(b)) => Some(b),
                _ => None,
            },
        });
        found.push(Entry {
            name,
            flags,
            address,
        });
    }
    // SAFETY: `list` came from getifaddrs and is freed once.
    unsafe { libc::freeifaddrs(list) };
    Ok(found)
}

/// The host's interfaces with IP addresses, in `getifaddrs` order.
fn host_interfaces() -> io::Result<Vec<HostInterface>> {
    let mut found: Vec<HostInterface> = Vec::new();
    for entry in entries()? {
        let Some(address) = entry.address else {
            continue;
        };
        match found.iter_mut().find(|i| i.name == entry.name) {
            Some(interface) => interface.addresses.push(address),
            None => found.push(HostInterface {
                index: interface_index(&entry.name),
                name: entry.name,
                addresses: vec![address],
            }),
        }
    }
    Ok(found)
}

/// `if_nametoindex`, 0 if unknown.
fn interface_index(name: &[u8]) -> i32 {
    let Ok(c) = std::ffi::CString::new(name) else {
        return 0;
    };
    // SAFETY: `c` is a valid C string.
    unsafe { libc::if_nametoindex(c.as_ptr()) as i32 }
}

/// Loads and initialises a boot class.
fn boot_class(env: &mut Env<'_>, name: &str) -> JResult<&'static runtime::klass::Klass> {
    let k = runtime::loader::load_class(env.thread, BOOT_LOADER, name)?;
    runtime::init::initialize(env.thread, k)?;
    Ok(k)
}

/// Sets reference field `name` of `obj`.
fn put_field(obj: ObjRef, name: &str, descriptor: &str, value: Option<ObjRef>) {
    if let Some(f) = obj.klass().instance_field(name, descriptor) {
        obj.put_ref(f.offset, value);
    }
}

/// A new `InterfaceAddress`.
fn new_interface_address(env: &mut Env<'_>, a: &HostAddress) -> JResult<ObjRef> {
    let k = boot_class(env, "java/net/InterfaceAddress")?;
    let obj = runtime::alloc::new_instance(env.thread, k)?;
    let obj = env.local(Some(obj));
    let address = new_inet_address(env, a.ip, None)?;
    if let Some(o) = env.get(obj) {
        put_field(o, "address", "Ljava/net/InetAddress;", Some(address));
    }
    if let Some(b) = a.broadcast {
        let broadcast = new_inet_address(env, IpAddr::V4(b), None)?;
        if let Some(o) = env.get(obj) {
            put_field(o, "broadcast", "Ljava/net/Inet4Address;", Some(broadcast));
        }
    }
    let o = env
        .get(obj)
        .ok_or_else(|| env.throw_no_message("java/lang/NullPointerException"))?;
    if let Some(f) = o.klass().instance_field("maskLength", "S") {
        o.put_i16(f.offset, i16::from(a.prefix));
    }
    Ok(o)
}

/// A new `NetworkInterface` for a host interface (no sub-interfaces).
fn new_network_interface(env: &mut Env<'_>, i: &HostInterface) -> JResult<ObjRef> {
    let k = boot_class(env, NIF)?;
    let ips: Vec<IpAddr> = i.addresses.iter().map(|a| a.ip).collect();
    let addrs = new_object_array(env, "java/net/InetAddress", &ips, |env, ip| {
        new_inet_address(env, *ip, None).map(Some)
    })?;
    let addrs = env.local(Some(addrs));
    let bindings = new_object_array(env, "java/net/InterfaceAddress", &i.addresses, |env, a| {
        new_interface_address(env, a).map(Some)
    })?;
    let bindings = env.local(Some(bindings));
    let childs = new_object_array(env, NIF, &[] as &[()], |_, _| Ok(None))?;
    let childs = env.local(Some(childs));
    let name = new_platform_string(env, &i.name)?;
    let name = env.local(Some(name));
    let obj = runtime::alloc::new_instance(env.thread, k)?;
    let obj = env.local(Some(obj));
    let Some(ctor) =
        k.find_declared_method("<init>", "(Ljava/lang/String;I[Ljava/net/InetAddress;)V")
    else {
        return Err(env.throw(
            "java/lang/InternalError",
            "NetworkInterface(String, int, InetAddress[])",
        ));
    };
    let args = [
        Value::Ref(env.get(obj)),
        Value::Ref(env.get(name)),
        Value::Int(i.index),
        Value::Ref(env.get(addrs)),
    ];
    runtime::interpreter::call_method(env.thread, ctor, &args)?;
    let o = env
        .get(obj)
        .ok_or_else(|| env.throw_no_message("java/lang/NullPointerException"))?;
    put_field(o, "displayName", "Ljava/lang/String;", env.get(name));
    put_field(
        o,
        "bindings",
        "[Ljava/net/InterfaceAddress;",
        env.get(bindings),
    );
    put_field(o, "childs", "[Ljava/net/NetworkInterface;", env.get(childs));
    Ok(o)
}

/// The interface chosen by `pick` as a Java object, or `null`.
fn find(env: &mut Env<'_>, pick: impl Fn(&HostInterface) -> bool) -> JResult<Value> {
    let all = match host_interfaces() {
        Ok(all) => all,
        Err(e) => return Err(throw_socket(env, &e)),
    };
    match all.iter().find(|i| pick(i)) {
        Some(i) => Ok(Value::Ref(Some(new_network_interface(env, i)?))),
        None => Ok(Value::Ref(None)),
    }
}

fn get_all(env: &mut Env<'_>) -> JResult<Value> {
    let all = match host_interfaces() {
        Ok(all) => all,
        Err(e) => return Err(throw_socket(env, &e)),
    };
    let array = new_object_array(env, NIF, &all, |env, i| {
        new_network_interface(env, i).map(Some)
    })?;
    Ok(Value::Ref(Some(array)))
}

/// The interface name in `String` argument `i`.
fn name_arg(env: &Env<'_>, i: usize) -> Option<Vec<u8>> {
    let s = env.obj(i)?;
    Some(crate::jnu::to_platform(&runtime::strings::string_utf16(
        env.thread, s,
    )))
}

fn by_name(env: &mut Env<'_>) -> JResult<Value> {
    let name = name_arg(env, 0);
    find(env, |i| Some(&i.name) == name.as_ref())
}

fn by_index(env: &mut Env<'_>) -> JResult<Value> {
    let index = env.int(0);
    find(env, |i| i.index == index)
}

fn by_inet_address(env: &mut Env<'_>) -> JResult<Value> {
    let ip = env.obj(0).and_then(ip_of);
    find(env, |i| i.addresses.iter().any(|a| Some(a.ip) == ip))
}

/// Reads `/sys/class/net/<name>/<what>` for the interface named by `String` argument
/// `arg` (trimmed), or `SocketException` as an `ioctl` on an unknown interface gives.
fn sys_value(env: &mut Env<'_>, arg: usize, what: &str) -> JResult<String> {
    let name = name_arg(env, arg).unwrap_or_default();
    let path = format!("/sys/class/net/{}/{what}", String::from_utf8_lossy(&name));
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text.trim().to_string()),
        Err(_) => Err(throw_socket(
            env,
            &io::Error::from_raw_os_error(libc::ENODEV),
        )),
    }
}

/// Whether all of `bits` are set in the flags of the interface named by argument 0.
fn flag(env: &mut Env<'_>, bits: i32) -> JResult<Value> {
    let name = name_arg(env, 0).unwrap_or_default();
    let flags = match entries() {
        Ok(all) => all.iter().find(|e| e.name == name).map(|e| e.flags),
        Err(e) => return Err(throw_socket(env, &e)),
    };
    match flags {
        Some(flags) => Ok(Value::Int((flags & bits == bits).into())),
        None => Err(throw_socket(
            env,
            &io::Error::from_raw_os_error(libc::ENODEV),
        )),
    }
}

fn mtu(env: &mut Env<'_>) -> JResult<Value> {
    let text = sys_value(env, 0, "mtu")?;
    Ok(Value::Int(text.parse().unwrap_or(-1)))
}

/// `getMacAddr0(addr, name, index)`: the hardware address, `null` when it is all zeros.
fn mac_address(env: &mut Env<'_>) -> JResult<Value> {
    let text = sys_value(env, 1, "address")?;
    let bytes: Vec<u8> = text
        .split(':')
        .filter_map(|h| u8::from_str_radix(h, 16).ok())
        .collect();
    if bytes.is_empty() || bytes.iter().all(|&b| b == 0) {
        return Ok(Value::Ref(None));
    }
    Ok(Value::Ref(Some(new_byte_array(env, &bytes)?)))
}

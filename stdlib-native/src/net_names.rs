//! Host name services: forward lookups (`getaddrinfo`), reverse lookups (`getnameinfo`)
//! and this host's name.

use std::ffi::{CStr, CString};
use std::io;
use std::mem::{size_of, zeroed};
use std::net::{IpAddr, SocketAddr};

use crate::net_os::{from_sockaddr, to_sockaddr};

/// The addresses of `host` (`getaddrinfo`), IPv4 first, without repeats; on failure the
/// text of `gai_strerror` (or of `errno` for a system error).
pub fn lookup(host: &[u8]) -> Result<Vec<IpAddr>, String> {
    let Ok(name) = CString::new(host) else {
        return Err("Name or service not known".to_string());
    };
    // SAFETY: an all-zero `addrinfo` is the usual empty hints.
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_flags = libc::AI_CANONNAME;
    hints.ai_family = libc::AF_UNSPEC;
    let mut list: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: `name` and `hints` are valid; `list` receives the result.
    let code = unsafe { libc::getaddrinfo(name.as_ptr(), std::ptr::null(), &hints, &mut list) };
    if code != 0 {
        if code == libc::EAI_SYSTEM {
            return Err(crate::os::error_text(&io::Error::last_os_error()));
        }
        // SAFETY: gai_strerror returns a static NUL-terminated string.
        let text = unsafe { CStr::from_ptr(libc::gai_strerror(code)) };
        return Err(text.to_string_lossy().into_owned());
    }
    let mut found = Vec::new();
    let mut node = list;
    while !node.is_null() {
        // SAFETY: `node` is an element of the list getaddrinfo returned.
        let info = unsafe { &*node };
        if !info.ai_addr.is_null()
            && (info.ai_addrlen as usize) <= size_of::<libc::sockaddr_storage>()
        {
            // SAFETY: an all-zero `sockaddr_storage` is valid.
            let mut sa: libc::sockaddr_storage = unsafe { zeroed() };
            // SAFETY: `ai_addr` holds `ai_addrlen` bytes, which fit in `sa`.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    info.ai_addr.cast::<u8>(),
                    (&mut sa as *mut libc::sockaddr_storage).cast::<u8>(),
                    info.ai_addrlen as usize,
                )
            };
            let ip = from_sockaddr(&sa).ip();
            if !found.contains(&ip) {
                found.push(ip);
            }
        }
        node = info.ai_next;
    }
    // SAFETY: `list` came from getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(list) };
    found.sort_by_key(|ip| ip.is_ipv6());
    Ok(found)
}

/// The name of an address (`getnameinfo` with `NI_NAMEREQD`), `None` if it has none.
pub fn name_of(ip: IpAddr) -> Option<Vec<u8>> {
    let (sa, len) = to_sockaddr(&SocketAddr::new(ip, 0), ip.is_ipv6());
    let mut host = [0 as libc::c_char; libc::NI_MAXHOST as usize];
    // SAFETY: `sa` holds `len` bytes; `host` is writable for its length.
    let code = unsafe {
        libc::getnameinfo(
            (&sa as *const libc::sockaddr_storage).cast(),
            len,
            host.as_mut_ptr(),
            host.len() as libc::socklen_t,
            std::ptr::null_mut(),
            0,
            libc::NI_NAMEREQD,
        )
    };
    // SAFETY: on success getnameinfo wrote a NUL-terminated name.
    (code == 0).then(|| unsafe { CStr::from_ptr(host.as_ptr()) }.to_bytes().to_vec())
}

/// This host's name (`gethostname`).
pub fn host_name() -> Option<Vec<u8>> {
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: `buf` is writable for its length minus the NUL kept at the end.
    if unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len() - 1) } != 0 {
        return None;
    }
    // SAFETY: the last byte stays NUL, so the name is terminated.
    Some(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_bytes().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    #[test]
    fn localhost_resolves_ipv4_first_and_back() {
        let found = lookup(b"localhost").expect("localhost resolves");
        assert_eq!(found.first(), Some(&IpAddr::V4(Ipv4Addr::LOCALHOST)));
        assert_eq!(
            name_of(IpAddr::V4(Ipv4Addr::LOCALHOST)).as_deref(),
            Some(&b"localhost"[..])
        );
        assert!(host_name().is_some_and(|n| !n.is_empty()));
        assert!(lookup(b"bad\0name").is_err());
    }
}

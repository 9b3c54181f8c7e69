//! A real git server on 127.0.0.1 for the tests: `git daemon` in inetd mode behind a
//! listener the test holds, so the port is never raced for and the server is up before the
//! first request. Stopping it closes the listener and kills every connection in flight.
//!
//! [`GitServer::cut_pushes`] makes it die in the middle of every push: the connection is
//! relayed, and once the client starts sending its pack, half of what it sent is passed on
//! and the server is killed — a server lost mid-transfer, at the same place every time.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// A running `git daemon` serving the repositories under a folder, pushing allowed.
pub(crate) struct GitServer {
    /// `git://127.0.0.1:PORT/`.
    pub url: String,
    address: std::net::SocketAddr,
    stopping: Arc<AtomicBool>,
    cutting: Arc<AtomicBool>,
    connections: Arc<Mutex<Vec<Child>>>,
    accepting: Option<JoinHandle<()>>,
}

impl GitServer {
    /// Serves the repositories under `base`.
    pub(crate) fn start(base: &Path) -> GitServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let address = listener.local_addr().expect("its address");
        let stopping = Arc::new(AtomicBool::new(false));
        let cutting = Arc::new(AtomicBool::new(false));
        let connections: Arc<Mutex<Vec<Child>>> = Arc::default();
        let base = base.to_owned();
        let accepting = {
            let (stopping, cutting, connections) =
                (stopping.clone(), cutting.clone(), connections.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stopping.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    if cutting.load(Ordering::SeqCst) {
                        let base = base.clone();
                        std::thread::spawn(move || relay_and_cut(&base, stream));
                    } else if let Some(child) = serve(&base, stream) {
                        connections.lock().expect("not poisoned").push(child);
                    }
                }
            })
        };
        GitServer {
            url: format!("git://{address}/"),
            address,
            stopping,
            cutting,
            connections,
            accepting: Some(accepting),
        }
    }

    /// From now on (`true`), every push dies halfway through its pack; `false` serves again.
    pub(crate) fn cut_pushes(&self, cut: bool) {
        self.cutting.store(cut, Ordering::SeqCst);
    }

    /// Stops accepting and kills every connection in flight.
    pub(crate) fn stop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.address);
        if let Some(accepting) = self.accepting.take() {
            let _ = accepting.join();
        }
        for mut child in self.connections.lock().expect("not poisoned").drain(..) {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for GitServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `git daemon` serving one connection on its standard input and output, pushing allowed.
fn daemon(base: &PathBuf) -> Command {
    let mut command = Command::new("git");
    command
        .args(["daemon", "--inetd", "--export-all", "--enable=receive-pack"])
        .arg("--informative-errors")
        .arg(format!("--base-path={}", base.display()));
    command
}

/// One connection, served by `git daemon --inetd`.
fn serve(base: &PathBuf, stream: TcpStream) -> Option<Child> {
    let input: OwnedFd = stream.try_clone().ok()?.into();
    let output: OwnedFd = stream.into();
    daemon(base)
        .stdin(Stdio::from(input))
        .stdout(Stdio::from(output))
        .stderr(Stdio::null())
        .spawn()
        .ok()
}

/// One connection relayed to `git daemon --inetd`; a push is cut halfway through its pack
/// (other requests are served whole).
fn relay_and_cut(base: &PathBuf, client: TcpStream) {
    let Ok(mut child) = daemon(base)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    else {
        return;
    };
    let (Some(mut to_server), Some(mut from_server)) = (child.stdin.take(), child.stdout.take())
    else {
        return;
    };
    let Ok(mut to_client) = client.try_clone() else {
        return;
    };
    let answering = std::thread::spawn(move || {
        let _ = std::io::copy(&mut from_server, &mut to_client);
    });
    let mut from_client = client;
    let mut request = Vec::new();
    let mut buffer = [0u8; 8192];
    loop {
        let Ok(read) = from_client.read(&mut buffer) else {
            break;
        };
        if read == 0 {
            break;
        }
        let chunk = &buffer[..read];
        request.extend_from_slice(chunk);
        let pushing = request.windows(16).any(|w| w == b"git-receive-pack");
        if let Some(at) = chunk
            .windows(4)
            .position(|w| w == b"PACK")
            .filter(|_| pushing)
        {
            let _ = to_server.write_all(&chunk[..at + (read - at) / 2]);
            let _ = to_server.flush();
            let _ = child.kill();
            let _ = from_client.shutdown(Shutdown::Both);
            break;
        }
        if to_server.write_all(chunk).is_err() {
            break;
        }
    }
    drop(to_server);
    let _ = child.wait();
    let _ = answering.join();
}

/// An empty bare repository `name` under `base`, made by git itself.
pub(crate) fn bare_repository(base: &Path, name: &str) -> PathBuf {
    let path = base.join(name);
    let status = Command::new("git")
        .args(["init", "--quiet", "--bare", "--initial-branch=main"])
        .arg(&path)
        .status()
        .expect("git runs");
    assert!(status.success());
    path
}

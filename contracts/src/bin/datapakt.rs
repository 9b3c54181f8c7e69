//! The `datapakt` command-line tool; see [`contracts::cli`].

fn main() -> std::process::ExitCode {
    // Output piped into a reader that stops early (`datapakt list | head`) ends the program
    // quietly, as other command-line tools do, rather than failing on the next write.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    contracts::cli::main()
}

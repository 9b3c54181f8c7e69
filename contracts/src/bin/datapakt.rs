//! The `datapakt` command-line tool; see [`contracts::cli`].

fn main() -> std::process::ExitCode {
    contracts::cli::main()
}

fn main() {
    // The frontend is embedded at compile time: rebuild whenever trunk writes a new dist.
    println!("cargo:rerun-if-changed=../frontend/dist");
    tauri_build::build()
}

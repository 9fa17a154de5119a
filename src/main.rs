//! The web app entry point that Trunk builds (`data-bin="annexa-web"`).

#[cfg(target_arch = "wasm32")]
fn main() {
    annexa::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("annexa-web is the browser app: build it with `make run` (Trunk). For the command line, use `annexa`.");
    std::process::exit(2);
}

//! The web app entry point that Trunk builds (`data-bin="annexa-web"`).

/// Nothing starts here: index.html's boot script calls `startPage` and a
/// host page calls `mount`, both through `www/annexa.js` (see
/// `annexa::shell::embed`). Naming the module keeps its exports in the
/// build.
#[cfg(target_arch = "wasm32")]
fn main() {
    annexa::shell::embed::keep();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("annexa-web is the browser app: build it with `make run` (Trunk). For the command line, use `annexa`.");
    std::process::exit(2);
}

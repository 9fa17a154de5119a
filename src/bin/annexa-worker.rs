//! The simulation worker that Trunk builds (`data-bin="annexa-worker"`,
//! `data-type="worker"`): it runs quantitative simulations off the page's
//! thread, so that a million trials never block input.

#[cfg(target_arch = "wasm32")]
fn main() {
    annexa::platform::quant_worker::serve();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("annexa-worker is the browser app's simulation worker: build it with `make run` (Trunk). For the command line, use `annexa quant`.");
    std::process::exit(2);
}

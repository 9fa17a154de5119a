//! Reusable UI pieces. Components take props; only [`Nav`] and [`Banners`]
//! read the store, as parts of the shell.

mod banners;
mod nav;

pub use banners::Banners;
pub use nav::Nav;

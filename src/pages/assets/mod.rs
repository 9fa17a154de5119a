//! The asset register.

mod form;
mod list;

pub use form::AssetForm;
pub use list::AssetsPage;

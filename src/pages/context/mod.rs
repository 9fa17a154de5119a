//! Context & scope (ISO/IEC 27001:2022 4.1–4.3: the organisation, its
//! sector, the scope and the interested parties with their requirements),
//! and the risk method (the risk criteria of 6.1.2 a).

mod method;
mod page;
mod parties;

pub use method::MethodEditor;
pub use page::ContextPage;

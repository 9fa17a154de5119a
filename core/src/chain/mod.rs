//! The risk chain: controls set the current and residual ratings
//! ([`residual`]), the user's risk treatment plan ([`plan`]) and the risk
//! acceptance record ([`acceptance`]) — ISO/IEC 27001:2022 6.1.3 d–f.

pub mod acceptance;
pub mod plan;
pub mod residual;

#[cfg(test)]
mod tests;

//! Encrypted exports: an Annexa file sealed with a passphrase. The key is
//! derived with PBKDF2-SHA256 (600,000 iterations, a random 16-byte salt)
//! and the file is encrypted with AES-256-GCM (a random 12-byte IV), which
//! also detects a wrong passphrase or a changed file. The browser does the
//! cryptography (WebCrypto, in `platform::crypto`); this is the container.
//! A decrypted file still goes through the validated import.

use serde::{Deserialize, Serialize};

use super::base64url;
use super::error::{Error, ErrorKind, Result};

/// The `format` of an encrypted file.
pub const SEALED_FORMAT: &str = "annexa-encrypted";
/// The container version this build writes and reads.
pub const SEALED_VERSION: u32 = 1;
/// The PBKDF2 iterations this build writes (OWASP's 2023 advice for
/// PBKDF2-HMAC-SHA256).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// The fewest iterations an encrypted file may claim.
pub const MIN_ITERATIONS: u32 = 600_000;
/// The most iterations an encrypted file may claim (a bound on the work a
/// crafted file can ask for).
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// The shortest passphrase accepted for a new encrypted export.
pub const MIN_PASSPHRASE_CHARS: usize = 12;
/// The key derivation's name in the file.
pub const KDF_NAME: &str = "PBKDF2-SHA256";
/// The cipher's name in the file.
pub const CIPHER_NAME: &str = "AES-256-GCM";

/// How the key is derived.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kdf {
    /// Always [`KDF_NAME`].
    pub name: String,
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// The salt, base64url.
    pub salt: String,
}

/// How the file is encrypted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cipher {
    /// Always [`CIPHER_NAME`].
    pub name: String,
    /// The initialisation vector, base64url.
    pub iv: String,
}

/// An encrypted Annexa file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sealed {
    /// Always [`SEALED_FORMAT`].
    pub format: String,
    /// The container version.
    pub version: u32,
    /// The key derivation.
    pub kdf: Kdf,
    /// The cipher.
    pub cipher: Cipher,
    /// The encrypted Annexa file with its authentication tag, base64url.
    pub ciphertext: String,
}

/// The decoded parts of a [`Sealed`] file, ready for decryption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedParts {
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// The salt (16 bytes).
    pub salt: Vec<u8>,
    /// The IV (12 bytes).
    pub iv: Vec<u8>,
    /// Ciphertext and tag.
    pub ciphertext: Vec<u8>,
}

impl Sealed {
    /// A container for `ciphertext` made with `salt` and `iv`.
    pub fn new(salt: &[u8], iv: &[u8], ciphertext: &[u8]) -> Sealed {
        Sealed {
            format: SEALED_FORMAT.to_owned(),
            version: SEALED_VERSION,
            kdf: Kdf {
                name: KDF_NAME.to_owned(),
                iterations: PBKDF2_ITERATIONS,
                salt: base64url::encode(salt),
            },
            cipher: Cipher {
                name: CIPHER_NAME.to_owned(),
                iv: base64url::encode(iv),
            },
            ciphertext: base64url::encode(ciphertext),
        }
    }

    /// The file text.
    pub fn to_json(&self) -> String {
        let mut s = crate::json::to_string(self, crate::json::Layout::Pretty);
        s.push('\n');
        s
    }

    /// `None` when `bytes` is not an encrypted Annexa file (e.g. a plain
    /// export); otherwise the container, or what is wrong with it.
    pub fn detect(bytes: &[u8]) -> Option<Result<SealedParts>> {
        #[derive(Deserialize)]
        struct Probe {
            format: Option<String>,
        }
        let probe: Probe = serde_json::from_slice(bytes).ok()?;
        if probe.format.as_deref() != Some(SEALED_FORMAT) {
            return None;
        }
        Some(Self::parts(bytes))
    }

    fn parts(bytes: &[u8]) -> Result<SealedParts> {
        let bad = |m: String| Error::new(ErrorKind::WrongFormat, m);
        let s: Sealed = serde_json::from_slice(bytes)
            .map_err(|e| bad(format!("the encrypted file is damaged ({e})")))?;
        if s.version != SEALED_VERSION {
            return Err(Error::new(
                ErrorKind::NewerSchema,
                format!(
                    "the encrypted file has container version {}; this Annexa reads version {SEALED_VERSION}, so update Annexa",
                    s.version
                ),
            ));
        }
        if s.kdf.name != KDF_NAME || s.cipher.name != CIPHER_NAME {
            return Err(bad(format!(
                "the file uses {} with {}; Annexa reads {KDF_NAME} with {CIPHER_NAME}",
                s.kdf.name, s.cipher.name
            )));
        }
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&s.kdf.iterations) {
            return Err(bad(format!(
                "the file asks for {} PBKDF2 iterations; Annexa accepts {MIN_ITERATIONS} to {MAX_ITERATIONS}",
                s.kdf.iterations
            )));
        }
        let field = |name: &str, v: &str| {
            base64url::decode(v).map_err(|e| bad(format!("the {name} is damaged: {e}")))
        };
        let parts = SealedParts {
            iterations: s.kdf.iterations,
            salt: field("salt", &s.kdf.salt)?,
            iv: field("IV", &s.cipher.iv)?,
            ciphertext: field("ciphertext", &s.ciphertext)?,
        };
        if parts.salt.len() < 16 || parts.iv.len() != 12 || parts.ciphertext.len() < 16 {
            return Err(bad("the salt, IV or ciphertext has the wrong length".into()));
        }
        Ok(parts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_only_sealed_files() {
        assert!(Sealed::detect(br#"{"format":"annexa"}"#).is_none());
        assert!(Sealed::detect(b"not json").is_none());
        let s = Sealed::new(&[1; 16], &[2; 12], &[3; 40]);
        let parts = Sealed::detect(s.to_json().as_bytes())
            .and_then(Result::ok)
            .map(|p| (p.iterations, p.salt.len(), p.iv.len(), p.ciphertext.len()));
        assert_eq!(parts, Some((PBKDF2_ITERATIONS, 16, 12, 40)));
        let weak = s.to_json().replace("600000", "1000");
        assert!(matches!(Sealed::detect(weak.as_bytes()), Some(Err(_))));
    }
}

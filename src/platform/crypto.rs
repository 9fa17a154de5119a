//! Passphrase encryption of exports with the browser's WebCrypto: PBKDF2
//! with SHA-256 (600,000 iterations, a random salt) derives an AES-256-GCM
//! key; GCM's tag makes a wrong passphrase or a changed file fail cleanly.
//! The container format is `domain::Sealed`.

use crate::domain::text::{msg, text, text_with};
use crate::domain::{Sealed, SealedParts, PBKDF2_ITERATIONS};

/// Why encryption or decryption failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The browser offers no WebCrypto here (not a secure page).
    Unavailable(String),
    /// The passphrase is wrong, or the file was changed after encryption.
    WrongPassphrase,
    /// Another failure.
    Failed(String),
}

impl std::fmt::Display for CryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CryptoError::Unavailable(why) => f.write_str(&text_with(
                msg::CRYPTO_UNAVAILABLE,
                &[("why", why.as_str().into())],
            )),
            CryptoError::WrongPassphrase => f.write_str(&text(msg::CRYPTO_WRONG_PASSPHRASE)),
            CryptoError::Failed(why) => f.write_str(&text_with(
                msg::CRYPTO_FAILED,
                &[("why", why.as_str().into())],
            )),
        }
    }
}

/// Encrypts `plaintext` (an Annexa file) with `passphrase`.
pub async fn seal(plaintext: &[u8], passphrase: &str) -> Result<Sealed, CryptoError> {
    #[cfg(target_arch = "wasm32")]
    {
        web::seal(plaintext, passphrase).await
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (plaintext, passphrase, PBKDF2_ITERATIONS);
        Err(CryptoError::Unavailable(text(msg::REASON_NO_BROWSER)))
    }
}

/// Decrypts an encrypted file's parts with `passphrase`: the bytes of the
/// Annexa file inside, still to be validated by `domain::import`.
pub async fn open(parts: &SealedParts, passphrase: &str) -> Result<Vec<u8>, CryptoError> {
    #[cfg(target_arch = "wasm32")]
    {
        web::open(parts, passphrase).await
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (parts, passphrase);
        Err(CryptoError::Unavailable(text(msg::REASON_NO_BROWSER)))
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use js_sys::{Array, ArrayBuffer, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

    use super::{msg, text, CryptoError, Sealed, SealedParts, PBKDF2_ITERATIONS};

    fn failed(e: JsValue) -> CryptoError {
        let why = js_sys::Reflect::get(&e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| text(msg::REASON_UNKNOWN));
        CryptoError::Failed(why)
    }

    fn crypto() -> Result<web_sys::Crypto, CryptoError> {
        let window = web_sys::window()
            .ok_or_else(|| CryptoError::Unavailable(text(msg::REASON_NO_WINDOW)))?;
        if !window.is_secure_context() {
            return Err(CryptoError::Unavailable(text(msg::REASON_NOT_SECURE)));
        }
        window
            .crypto()
            .map_err(|_| CryptoError::Unavailable(text(msg::REASON_NO_WEBCRYPTO)))
    }

    async fn key(
        subtle: &SubtleCrypto,
        passphrase: &str,
        salt: &[u8],
        iterations: u32,
        usage: &str,
    ) -> Result<CryptoKey, CryptoError> {
        let raw = Uint8Array::from(passphrase.as_bytes());
        let base = JsFuture::from(
            subtle
                .import_key_with_str(
                    "raw",
                    &raw,
                    "PBKDF2",
                    false,
                    &Array::of1(&"deriveKey".into()),
                )
                .map_err(failed)?,
        )
        .await
        .map_err(failed)?;
        let params =
            Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
        let aes = AesDerivedKeyParams::new("AES-GCM", 256);
        let key = JsFuture::from(
            subtle
                .derive_key_with_object_and_object(
                    &params,
                    base.unchecked_ref(),
                    &aes,
                    false,
                    &Array::of1(&usage.into()),
                )
                .map_err(failed)?,
        )
        .await
        .map_err(failed)?;
        Ok(key.unchecked_into())
    }

    pub(super) async fn seal(plaintext: &[u8], passphrase: &str) -> Result<Sealed, CryptoError> {
        let crypto = crypto()?;
        let mut salt = [0u8; 16];
        let mut iv = [0u8; 12];
        crypto
            .get_random_values_with_u8_array(&mut salt)
            .map_err(failed)?;
        crypto
            .get_random_values_with_u8_array(&mut iv)
            .map_err(failed)?;
        let subtle = crypto.subtle();
        let key = key(&subtle, passphrase, &salt, PBKDF2_ITERATIONS, "encrypt").await?;
        let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(&iv[..]));
        let sealed = JsFuture::from(
            subtle
                .encrypt_with_object_and_u8_array(&params, &key, plaintext)
                .map_err(failed)?,
        )
        .await
        .map_err(failed)?;
        let bytes = Uint8Array::new(&sealed.unchecked_into::<ArrayBuffer>()).to_vec();
        Ok(Sealed::new(&salt, &iv, &bytes))
    }

    pub(super) async fn open(
        parts: &SealedParts,
        passphrase: &str,
    ) -> Result<Vec<u8>, CryptoError> {
        let subtle = crypto()?.subtle();
        let key = key(
            &subtle,
            passphrase,
            &parts.salt,
            parts.iterations,
            "decrypt",
        )
        .await?;
        let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(parts.iv.as_slice()));
        let plain = JsFuture::from(
            subtle
                .decrypt_with_object_and_u8_array(&params, &key, &parts.ciphertext)
                .map_err(failed)?,
        )
        .await
        // AES-GCM rejects with an OperationError when the tag does not match.
        .map_err(|_| CryptoError::WrongPassphrase)?;
        Ok(Uint8Array::new(&plain.unchecked_into::<ArrayBuffer>()).to_vec())
    }
}

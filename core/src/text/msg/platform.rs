//! The ids of what the browser adapters (`src/platform`) and the store's
//! start-up say when the browser cannot do something: storage, encryption,
//! downloads, printing, file reading, the files worker, share-link
//! compression, the catalogue prose module and the page shown after an
//! internal error. Re-exported from [`super`]; the English is in the
//! `platform-` block of `en.ftl`.

use super::MessageId;

messages! {
    /// The page shown after an internal error (a panic). Argument: `info`
    /// (the panic's message and place).
    PLATFORM_PANIC = "platform-panic",

    /// The browser blocks storage. Argument: `why` (a reason).
    STORAGE_UNAVAILABLE = "storage-unavailable",
    /// The browser's storage quota is full.
    STORAGE_FULL = "storage-full",
    /// Saving failed for another reason. Argument: `why`.
    STORAGE_FAILED = "storage-failed",
    /// A saved file of an older schema could not be copied before it is
    /// migrated. Argument: `version` (the older schema version).
    STORAGE_OLDER_NO_ROOM = "storage-older-no-room",
    /// Unreadable saved data could not be backed up. Argument: `reason`.
    STORAGE_UNREADABLE_NO_ROOM = "storage-unreadable-no-room",

    /// The browser offers no WebCrypto here. Argument: `why`.
    CRYPTO_UNAVAILABLE = "crypto-unavailable",
    /// A wrong passphrase, or a file changed after it was encrypted.
    CRYPTO_WRONG_PASSPHRASE = "crypto-wrong-passphrase",
    /// Encryption or decryption failed for another reason. Argument: `why`.
    CRYPTO_FAILED = "crypto-failed",

    /// A download could not start. Argument: `what` (the step that failed).
    DOWNLOAD_FAILED = "download-failed",
    /// The print dialog could not open. Argument: `what`.
    PRINT_FAILED = "print-failed",

    /// A file was picked outside a browser.
    UPLOAD_BROWSER_ONLY = "upload-browser-only",
    /// A picked file is too large. Arguments: `name`, `size` (in MB, one
    /// decimal), `limit` (in MB).
    UPLOAD_TOO_LARGE = "upload-too-large",
    /// A picked file could not be read. Arguments: `name`, `why`.
    UPLOAD_READ_FAILED = "upload-read-failed",

    /// The files worker (spreadsheet reader, XLSX and DOCX writers) could
    /// not start. Argument: `url`.
    FILES_WORKER_NOT_STARTED = "files-worker-not-started",
    /// The files worker answered with something unreadable.
    FILES_WORKER_UNREADABLE = "files-worker-unreadable",
    /// The files worker stopped with an error. Argument: `why`.
    FILES_WORKER_STOPPED = "files-worker-stopped",
    /// A request to the files worker could not be written. Argument: `why`.
    FILES_REQUEST_NOT_WRITTEN = "files-request-not-written",
    /// The files worker's answer could not be written. Argument: `why`.
    FILES_ANSWER_NOT_WRITTEN = "files-answer-not-written",
    /// A request could not be sent to the files worker.
    FILES_REQUEST_NOT_SENT = "files-request-not-sent",
    /// A request to the files worker outside a browser.
    FILES_BROWSER_ONLY = "files-browser-only",

    /// A share link was to be made outside a browser.
    SHARE_MADE_IN_BROWSER = "share-made-in-browser",
    /// A share link was to be opened outside a browser.
    SHARE_OPENED_IN_BROWSER = "share-opened-in-browser",
    /// The browser lacks a compression stream. Argument: `stream` (the
    /// JavaScript class, e.g. `CompressionStream`).
    SHARE_NO_STREAM = "share-no-stream",

    /// The catalogue prose module did not export text. Argument: `url`.
    PROSE_NOT_TEXT = "prose-not-text",
    /// The catalogue prose module could not be imported. Argument: `url`.
    PROSE_NOT_IMPORTED = "prose-not-imported",
    /// The catalogue prose module outside a browser.
    PROSE_BROWSER_ONLY = "prose-browser-only",

    /// A reason: the code runs outside a browser.
    REASON_NO_BROWSER = "reason-no-browser",
    /// A reason: the page has no window.
    REASON_NO_WINDOW = "reason-no-window",
    /// A reason: the page has no document.
    REASON_NO_DOCUMENT = "reason-no-document",
    /// A reason: the browser gave none.
    REASON_UNKNOWN = "reason-unknown",
    /// A reason: the browser's error had no message.
    REASON_UNKNOWN_ERROR = "reason-unknown-error",
    /// A reason: the page is not served over https or from localhost.
    REASON_NOT_SECURE = "reason-not-secure",
    /// A reason: the browser has no WebCrypto.
    REASON_NO_WEBCRYPTO = "reason-no-webcrypto",
    /// A reason: the browser's storage is switched off.
    REASON_STORAGE_OFF = "reason-storage-off",
    /// A reason: the browser refused.
    REASON_BROWSER_REFUSED = "reason-browser-refused",
    /// A download step: making the file's data.
    REASON_BLOB = "reason-blob",
    /// A download step: the file's address in the page.
    REASON_OBJECT_URL = "reason-object-url",
    /// A download step: the link that starts it.
    REASON_LINK = "reason-link",
    /// Offline use: the service worker's answer had no counts (a service
    /// worker of another build).
    REASON_SW_ANSWER = "reason-sw-answer",
    /// Offline use: the service worker did not answer in time.
    REASON_SW_TIMEOUT = "reason-sw-timeout",
    /// The simulation job could not be turned into the message for the
    /// workers. Argument: `why`.
    QUANT_JOB_NOT_WRITTEN = "quant-job-not-written",
    /// A simulation worker could not write its report. Argument: `why`.
    QUANT_RESULTS_NOT_WRITTEN = "quant-results-not-written",
    /// The browser refused the simulation worker because Annexa is served
    /// from another site than the embedding page. Argument: `url`.
    QUANT_WORKER_CROSS_SITE = "quant-worker-cross-site",
    /// The browser could not start the simulation worker. Argument: `why`.
    QUANT_WORKER_NOT_STARTED = "quant-worker-not-started",
    /// A simulation worker could not read its request. Argument: `why`.
    QUANT_JOB_UNREADABLE = "quant-job-unreadable",
}

//! The domain's test support, shared with the web tests: valid-assessment
//! strategies and the import failure cases live beside the core's tests.

#[path = "../../core/tests/support/assessments.rs"]
pub mod assessments;
#[path = "../../core/tests/support/failures.rs"]
pub mod failures;

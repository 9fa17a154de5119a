use super::*;

#[test]
fn setting_a_control_block_touches_only_that_document() {
    let mut a = crate::example::example();
    let before = a.clone();
    let c = DocumentControl {
        version: "0.3".into(),
        ..Default::default()
    };
    set_document_control(&mut a, DocumentKind::Methodology, c.clone());
    assert_eq!(a.documents.methodology, c);
    assert_eq!(a.soa.document, before.soa.document);
    set_document_control(&mut a, DocumentKind::Soa, c.clone());
    assert_eq!(a.soa.document, c);
    a.documents.methodology = before.documents.methodology.clone();
    a.soa.document = before.soa.document.clone();
    assert_eq!(a, before);
}

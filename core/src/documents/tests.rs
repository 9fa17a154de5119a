use super::*;

#[test]
fn css_strings_cannot_be_left() {
    assert_eq!(css_string("Acme Ltd"), "\"Acme Ltd\"");
    let hostile = "x\"; } body { display: none } </style><script>\\\n";
    let css = css_string(hostile);
    let inner = &css[1..css.len() - 1];
    assert!(
        !inner.contains(['"', '}', '{', '<', '>', ';', '\n']),
        "{css}"
    );
    assert!(inner.contains("\\22 "), "{css}");
}

#[test]
fn the_print_rules_carry_the_header_page_numbers_and_orientation() {
    let a = crate::example::example();
    let d = build::document(
        &a,
        DocumentKind::Soa,
        Date::new(2026, 11, 30).unwrap_or(Date::from_unix(0)),
    );
    let css = print_page_css(&d);
    assert!(css.contains("A4 landscape"), "{css}");
    assert!(
        css.contains("counter(page)") && css.contains("counter(pages)"),
        "{css}"
    );
    assert!(css.contains("Brightline Client Services Ltd"), "{css}");
    let d = build::document(&a, DocumentKind::Scope, Date::from_unix(0));
    assert!(print_page_css(&d).contains("A4 portrait"));
}

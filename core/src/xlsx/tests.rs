use super::write::fit;
use super::*;

#[test]
fn text_past_a_cells_limit_is_cut_with_a_note_and_fits() {
    let long = "x".repeat(40_000);
    let cut = fit(&long);
    assert!(cut.ends_with(&text::text(msg::XLSX_CELL_CUT)));
    assert!(cut.contains("the full text is in the JSON export"));
    assert!(cut.chars().count() <= 32_767, "{}", cut.chars().count());
    assert_eq!(fit("short"), "short");
}

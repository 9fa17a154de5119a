use super::*;

fn render(what: Rendered) -> (String, String, Vec<u8>) {
    let a = crate::example();
    let today = Date::new(2026, 11, 30).unwrap();
    let request = FilesRequest::Render {
        assessment: crate::export(&a, crate::Timestamp(0)),
        today,
        what,
    };
    // Through JSON, as the page sends it.
    let text = crate::json::try_to_string(&request, crate::json::Layout::Compact).unwrap();
    match FilesWorker::new().handle_json(&text) {
        FilesResponse::Rendered {
            what: back,
            name,
            media_type,
            bytes,
        } => {
            assert_eq!(back, what);
            assert_eq!(name, what.file_name(&a, today));
            (name, media_type, crate::base64url::decode(&bytes).unwrap())
        }
        other => panic!("{what:?}: {other:?}"),
    }
}

#[test]
fn the_worker_writes_the_workbook_and_the_docx_files() {
    let (name, media, bytes) = render(Rendered::Workbook);
    assert!(name.ends_with(".xlsx"), "{name}");
    assert!(media.contains("spreadsheetml"));
    assert_eq!(
        bytes,
        crate::workbook(&crate::example(), Date::new(2026, 11, 30).unwrap()).unwrap(),
        "the same bytes as the CLI's workbook"
    );
    for kind in DocumentKind::STAGE_1 {
        let (name, media, bytes) = render(Rendered::Document { kind });
        assert!(name.ends_with(&format!("-{}.docx", kind.slug())), "{name}");
        assert!(media.contains("wordprocessingml"));
        assert_eq!(&bytes[..2], b"PK", "{kind:?}: a zip archive");
    }
    let (name, _, bytes) = render(Rendered::Stage1Pack);
    assert!(name.ends_with("-stage-1-pack.docx"), "{name}");
    assert_eq!(&bytes[..2], b"PK");
}

#[test]
fn a_render_of_an_unreadable_assessment_says_what_to_do() {
    let text = crate::json::try_to_string(
        &FilesRequest::Render {
            assessment: "{not json".into(),
            today: Date::new(2026, 11, 30).unwrap(),
            what: Rendered::Workbook,
        },
        crate::json::Layout::Compact,
    )
    .unwrap();
    match FilesWorker::new().handle_json(&text) {
        FilesResponse::Failed { message } => assert!(!message.is_empty()),
        other => panic!("{other:?}"),
    }
}

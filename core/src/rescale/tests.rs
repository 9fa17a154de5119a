use super::*;
use crate::example;
use crate::method::Impact;

fn ratings(a: &Assessment) -> Vec<(Rated, u8)> {
    let mut a = a.clone();
    let mut out = Vec::new();
    each_rating(&mut a, |r, s| out.push((r, *s)));
    out
}

#[test]
fn five_to_four_to_five_restores_every_rating_and_the_names() {
    let a = example();
    let mut b = a.clone();
    b.method.impact.steps[4].description = "Our own definition of Severe".into();
    let a = b.clone();
    let preview = preview_scale_change(&b, 5, 4);
    assert_eq!(b, a, "a preview changes nothing");
    let lines = preview.lines();
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with("asset rating: Severe (5 of 5) → Severe (4 of 4)")),
        "{lines:?}"
    );
    let down = change_scales(&mut b, 5, 4);
    assert_eq!(down, preview, "the preview is what happens");
    assert!(!down.is_empty());
    assert_eq!(b.method.impact.len(), 4);
    assert!(!b.scale_memory.is_empty());
    assert_eq!(crate::problems(&b, ""), vec![], "still valid");
    let up = change_scales(&mut b, 5, 5);
    assert!(up.moved.iter().all(|m| m.restored), "{:?}", up.lines());
    assert_eq!(up.moved.len(), down.moved.len());
    assert_eq!(ratings(&b), ratings(&a), "every rating as it was");
    assert_eq!(
        b.method, a.method,
        "names, definitions and matrix as they were"
    );
    assert!(b.scale_memory.is_empty(), "nothing left to remember");
    assert_eq!(b, a);
}

#[test]
fn steps_keep_their_names_else_their_relative_place() {
    let five = Scale::default_impact(5);
    let four = Scale::default_impact(4);
    // Negligible has no 4-step twin: it goes to the lowest step.
    assert_eq!(step_map(&five, &four), vec![1, 1, 2, 3, 4]);
    assert_eq!(step_map(&four, &five), vec![2, 3, 4, 5]);
    let mut custom = Scale::default_impact(6);
    for (k, s) in custom.steps.iter_mut().enumerate() {
        s.name = format!("Band {k}");
    }
    assert_eq!(
        step_map(&custom, &Scale::default_impact(3)),
        vec![1, 1, 2, 2, 3, 3]
    );
    assert_eq!(step_map(&Scale::default_impact(3), &custom), vec![1, 4, 6]);
}

#[test]
fn a_rating_changed_in_between_is_not_overwritten_on_restore() {
    let mut a = example();
    let asset = a.assets[0].id;
    a.assets[0].ratings.confidentiality = Impact(5);
    change_scales(&mut a, 5, 4);
    assert_eq!(
        a.assets[0].ratings.confidentiality,
        Impact(4),
        "Severe stays Severe"
    );
    a.assets[0].ratings.confidentiality = Impact(2);
    let up = change_scales(&mut a, 5, 5);
    assert_eq!(
        a.assets[0].ratings.confidentiality,
        Impact(3),
        "the user's later choice stands, with its meaning: Moderate"
    );
    let moved = up
        .moved
        .iter()
        .find(|m| {
            m.rated
                == Rated::AssetRating {
                    asset,
                    property: SecurityProperty::Confidentiality,
                }
        })
        .expect("moved by name");
    assert!(!moved.restored, "not the original Severe");
    assert_eq!(moved.to.1, "Moderate (3 of 5)");
}

#[test]
fn through_a_third_size_and_back() {
    let a = example();
    let mut b = a.clone();
    change_scales(&mut b, 5, 3);
    change_scales(&mut b, 5, 6);
    change_scales(&mut b, 5, 5);
    assert_eq!(ratings(&b), ratings(&a));
    change_scales(&mut b, 3, 5);
    change_scales(&mut b, 5, 5);
    assert_eq!(b, a, "likelihood too");
}

#[test]
fn the_memory_survives_a_save_and_load() {
    let mut a = example();
    change_scales(&mut a, 4, 4);
    let text = crate::export(&a, crate::Timestamp(0));
    let back = crate::import(text.as_bytes()).expect("loads").assessment;
    assert_eq!(back.scale_memory, a.scale_memory);
    assert!(!back.scale_memory.is_empty());
}

#[test]
fn preview_lines_read_from_the_highest_step_down() {
    let a = example();
    let lines = preview_scale_change(&a, 5, 3).lines();
    let assets: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("asset rating"))
        .collect();
    assert!(
        assets.len() >= 2,
        "the example moves asset ratings of several steps: {lines:?}"
    );
    let steps: Vec<u8> = preview_scale_change(&a, 5, 3)
        .moved
        .iter()
        .map(|m| m.from.0)
        .collect();
    let top = steps.iter().copied().max().unwrap_or(0);
    let first = &assets[0];
    let top_name = a.method.impact.name(top).to_string();
    assert!(
        first.contains(&format!("{top_name} (")),
        "the first asset line starts at the highest step moved ({top_name}): {lines:?}"
    );
}

/// `Rated` as serde derives it (same name, so the same messages), the
/// oracle of its written-out `Deserialize`.
mod derived {
    use super::{AssetId, RiskId, SecurityProperty};

    #[derive(serde::Deserialize)]
    #[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
    pub(super) enum Rated {
        AssetRating {
            asset: AssetId,
            property: SecurityProperty,
        },
        Likelihood {
            risk: RiskId,
        },
        EventImpact {
            risk: RiskId,
        },
        ImpactOverride {
            risk: RiskId,
        },
        CurrentLikelihood {
            risk: RiskId,
        },
        CurrentImpact {
            risk: RiskId,
        },
        ResidualLikelihood {
            risk: RiskId,
        },
        ResidualImpact {
            risk: RiskId,
        },
    }
}
use derived::Rated as DerivedRated;

impl From<DerivedRated> for Rated {
    fn from(d: DerivedRated) -> Rated {
        match d {
            DerivedRated::AssetRating { asset, property } => Rated::AssetRating { asset, property },
            DerivedRated::Likelihood { risk } => Rated::Likelihood { risk },
            DerivedRated::EventImpact { risk } => Rated::EventImpact { risk },
            DerivedRated::ImpactOverride { risk } => Rated::ImpactOverride { risk },
            DerivedRated::CurrentLikelihood { risk } => Rated::CurrentLikelihood { risk },
            DerivedRated::CurrentImpact { risk } => Rated::CurrentImpact { risk },
            DerivedRated::ResidualLikelihood { risk } => Rated::ResidualLikelihood { risk },
            DerivedRated::ResidualImpact { risk } => Rated::ResidualImpact { risk },
        }
    }
}

#[test]
fn rated_reads_and_refuses_as_the_derive_does() {
    let mut inputs = vec![
        r#"{"kind":"asset_rating","asset":"A-01","property":"confidentiality"}"#.to_owned(),
        r#"{"property":"availability","asset":"A-02","kind":"asset_rating"}"#.to_owned(),
        r#"{"kind":"asset_rating","asset":"A-01"}"#.to_owned(),
        r#"{"kind":"asset_rating","property":"integrity"}"#.to_owned(),
        r#"{"kind":"asset_rating","asset":"A-01","property":"integrity","risk":"R-01"}"#.to_owned(),
        r#"{"kind":"asset_rating","asset":"A-01","property":"secrecy"}"#.to_owned(),
        r#"{"risk":"R-01"}"#.to_owned(),
        r#"{}"#.to_owned(),
        r#"{"kind":"likelyhood","risk":"R-01"}"#.to_owned(),
        r#"{"kind":3,"risk":"R-01"}"#.to_owned(),
        r#"{"kind":"likelihood","risk":"R-01","risk":"R-02"}"#.to_owned(),
        r#"{"kind":"likelihood","kind":"likelihood","risk":"R-01"}"#.to_owned(),
        r#"{"kind":"likelihood","risk":"R-1"}"#.to_owned(),
        r#"{"kind":"likelihood","risk":3}"#.to_owned(),
        r#"{"kind":"likelihood","risk":null}"#.to_owned(),
        r#"3"#.to_owned(),
        r#"null"#.to_owned(),
        r#"{"kind":"likelihood","risk":"R-01""#.to_owned(),
    ];
    for kind in [
        "likelihood",
        "event_impact",
        "impact_override",
        "current_likelihood",
        "current_impact",
        "residual_likelihood",
        "residual_impact",
    ] {
        inputs.push(format!(r#"{{"kind":"{kind}","risk":"R-07"}}"#));
        inputs.push(format!(r#"{{"risk":"R-07","kind":"{kind}"}}"#));
        inputs.push(format!(r#"{{"kind":"{kind}"}}"#));
        inputs.push(format!(
            r#"{{"kind":"{kind}","risk":"R-07","asset":"A-01"}}"#
        ));
        inputs.push(format!(
            r#"{{"kind":"{kind}","risk":"R-07","property":"integrity"}}"#
        ));
        inputs.push(format!(
            r#"{{"kind":"{kind}","risk":"R-07","riks":"R-08"}}"#
        ));
        inputs.push(format!(r#"{{"kind":"{kind}","riks":"R-07"}}"#));
    }
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    crate::tagged::tests::same_as_derive::<Rated, DerivedRated>(&inputs);
    // One difference, on purpose: serde's derive also reads an array
    // (`["likelihood", "R-01"]`), which the JSON Schema does not allow and
    // Annexa never writes; the written-out reader refuses it.
    let e = serde_json::from_str::<Rated>(r#"["likelihood","R-01"]"#).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("invalid type: sequence, expected internally tagged enum Rated"),
        "{e}"
    );
}

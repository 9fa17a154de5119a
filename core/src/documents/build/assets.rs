//! The asset register (ISO/IEC 27001:2022 5.9 inventory).

use super::*;

/// The asset register: id, name, type, owner, location, description and
/// the C, I and A ratings (numbers on the impact scale).
pub fn asset_register_table(a: &Assessment) -> Table {
    Table {
        columns: columns(&[
            (msg::DOC_COLUMN_ID, 7),
            (msg::DOC_COLUMN_ASSET, 28),
            (msg::DOC_COLUMN_TYPE, 14),
            (msg::COLUMN_OWNER, 20),
            (msg::DOC_COLUMN_LOCATION, 18),
            (msg::DOC_COLUMN_DESCRIPTION, 40),
            (msg::DOC_COLUMN_CONFIDENTIALITY, 8),
            (msg::DOC_COLUMN_INTEGRITY, 8),
            (msg::DOC_COLUMN_AVAILABILITY, 8),
        ]),
        rows: a
            .assets
            .iter()
            .map(|x| {
                vec![
                    Cell::text(x.id.to_string()),
                    Cell::text(x.name.clone()),
                    Cell::text(x.asset_type.label()),
                    Cell::text(x.owner.clone()),
                    Cell::text(x.location.clone()),
                    Cell::text(x.description.clone()),
                    Cell::int(x.ratings.confidentiality.0),
                    Cell::int(x.ratings.integrity.0),
                    Cell::int(x.ratings.availability.0),
                ]
            })
            .collect(),
    }
}

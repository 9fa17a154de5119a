//! The ids of the texts of the pages and components (headings, leads,
//! buttons, captions and labels) that moved into the text layer from the
//! markup (issue 12 §2). Re-exported from [`super`], so a page names
//! them as `msg::UI_…`; the English is in the `ui-` block of `en.ftl`.

use super::MessageId;

messages! {
    // components/calculator
    /// components/calculator: "Above the risk tolerance ({ $level } and below): treat it, or recor…"
    UI_CALC_ABOVE_TOLERANCE = "ui-calc-above-tolerance",
    /// components/calculator: "activate to choose this cell"
    UI_CALC_CELL_ACTION = "ui-calc-cell-action",
    /// components/calculator: "Risk matrix, { $rows } by { $columns }; the chosen cell is marked"
    UI_CALC_MATRIX = "ui-calc-matrix",
    /// components/calculator: "Within the risk tolerance ({ $level } and below): it can be accepte…"
    UI_CALC_WITHIN_TOLERANCE = "ui-calc-within-tolerance",
    /// components/calculator: "Impact"
    UI_IMPACT = "ui-impact",
    /// components/calculator: "Likelihood"
    UI_LIKELIHOOD = "ui-likelihood",
    /// components/calculator: "Rate one risk's likelihood and impact to see its level on this risk…"
    UI_RATE_ONE_RISKS_LIKELIHOOD_AND_IMPACT = "ui-rate-one-risks-likelihood-and-impact",
    /// components/calculator: "Risk calculator"
    UI_RISK_CALCULATOR = "ui-risk-calculator",
    /// components/calculator: "Risk level:"
    UI_RISK_LEVEL = "ui-risk-level",
    // components/document_control
    /// components/document_control: "Add a change"
    UI_ADD_A_CHANGE = "ui-add-a-change",
    /// components/document_control: "Approval date"
    UI_APPROVAL_DATE = "ui-approval-date",
    /// components/document_control: "Approved by"
    UI_APPROVED_BY = "ui-approved-by",
    /// components/document_control: "Author"
    UI_AUTHOR = "ui-author",
    /// components/document_control: "Change"
    UI_CHANGE = "ui-change",
    /// components/document_control: "Change history"
    UI_CHANGE_HISTORY = "ui-change-history",
    /// components/document_control: "Date"
    UI_DATE = "ui-date",
    /// components/document_control: "Remove change { $n }"
    UI_DOC_REMOVE_CHANGE = "ui-doc-remove-change",
    /// components/document_control: "SoA version"
    UI_DOC_SOA_VERSION = "ui-doc-soa-version",
    /// components/document_control: "Version"
    UI_VERSION = "ui-version",
    // components/heatmap
    /// components/heatmap: "Rows: likelihood (highest at the top). Columns: impact. Dashed line…"
    UI_HEATMAP_CAPTION = "ui-heatmap-caption",
    /// components/heatmap: "{ $level } — likelihood { $l } { $likelihood }, impact { $i } { $im…"
    UI_HEATMAP_CELL = "ui-heatmap-cell",
    /// components/heatmap: "activate to change the level"
    UI_HEATMAP_CELL_ACTION = "ui-heatmap-cell-action",
    /// components/heatmap: "{ $count } { $level } — likelihood { $l } { $likelihood }, impact {…"
    UI_HEATMAP_CELL_COUNTED = "ui-heatmap-cell-counted",
    /// components/heatmap: "Impact →"
    UI_IMPACT_2 = "ui-impact-2",
    // components/quant/curve
    /// components/quant/curve: "After treatment (residual)"
    UI_AFTER_TREATMENT_RESIDUAL = "ui-after-treatment-residual",
    /// components/quant/curve: "Before treatment (inherent)"
    UI_BEFORE_TREATMENT_INHERENT = "ui-before-treatment-inherent",
    /// components/quant/curve: "below the chart"
    UI_CURVE_BELOW_CHART = "ui-curve-below-chart",
    /// components/quant/curve: "Probability that the annual loss exceeds an amount, on logarithmic…"
    UI_CURVE_DESCRIPTION = "ui-curve-description",
    /// components/quant/curve: "{" "}Residual: a 5 % chance of losing more than { $amount }."
    UI_CURVE_RESIDUAL = "ui-curve-residual",
    /// components/quant/curve: "Loss exceedance curve"
    UI_LOSS_EXCEEDANCE_CURVE = "ui-loss-exceedance-curve",
    /// components/quant/curve: "No simulated year had a loss: there is no curve to draw."
    UI_NO_SIMULATED_YEAR_HAD_A_LOSS = "ui-no-simulated-year-had-a-loss",
    /// components/quant/curve: "Annual loss ({ $currency })"
    UI_QUANT_AXIS_LOSS = "ui-quant-axis-loss",
    /// components/quant/curve: "Risk tolerance"
    UI_RISK_TOLERANCE = "ui-risk-tolerance",
    /// components/quant/curve: "The dashed line is the risk tolerance."
    UI_THE_DASHED_LINE_IS_THE_RISK = "ui-the-dashed-line-is-the-risk",
    // components/quant/editor
    /// components/quant/editor: "Fixed probability"
    UI_QUANT_FIXED_PROBABILITY = "ui-quant-fixed-probability",
    /// components/quant/editor: "Fixed rate"
    UI_QUANT_FIXED_RATE = "ui-quant-fixed-rate",
    /// components/quant/editor: "{ $what }, high end (95th percentile)"
    UI_QUANT_HIGH_END = "ui-quant-high-end",
    /// components/quant/editor: "{ $what }, low end (5th percentile)"
    UI_QUANT_LOW_END = "ui-quant-low-end",
    /// components/quant/editor: "Maximum"
    UI_QUANT_MAXIMUM = "ui-quant-maximum",
    /// components/quant/editor: "maximum"
    UI_QUANT_MAXIMUM_LOWER = "ui-quant-maximum-lower",
    /// components/quant/editor: "Maximum vulnerability"
    UI_QUANT_MAXIMUM_VULNERABILITY = "ui-quant-maximum-vulnerability",
    /// components/quant/editor: "Minimum"
    UI_QUANT_MINIMUM = "ui-quant-minimum",
    /// components/quant/editor: "minimum"
    UI_QUANT_MINIMUM_LOWER = "ui-quant-minimum-lower",
    /// components/quant/editor: "Minimum vulnerability"
    UI_QUANT_MINIMUM_VULNERABILITY = "ui-quant-minimum-vulnerability",
    /// components/quant/editor: "Most likely"
    UI_QUANT_MOST_LIKELY = "ui-quant-most-likely",
    /// components/quant/editor: "most likely"
    UI_QUANT_MOST_LIKELY_LOWER = "ui-quant-most-likely-lower",
    /// components/quant/editor: "Most likely vulnerability"
    UI_QUANT_MOST_LIKELY_VULNERABILITY = "ui-quant-most-likely-vulnerability",
    /// components/quant/editor: "{ $what }, { $part }"
    UI_QUANT_PART_OF_AMOUNT = "ui-quant-part-of-amount",
    /// components/quant/editor: "{ $part } { $what }"
    UI_QUANT_PART_OF_RATE = "ui-quant-part-of-rate",
    /// components/quant/editor: "per year"
    UI_QUANT_PER_YEAR = "ui-quant-per-year",
    /// components/quant/editor: "90 % range (lognormal, as riskquant)"
    UI_QUANT_RANGE90 = "ui-quant-range90",
    /// components/quant/editor: "Three-point estimate (PERT)"
    UI_QUANT_THREE_POINT = "ui-quant-three-point",
    /// components/quant/editor: "{ $what }: estimate"
    UI_QUANT_WHAT_ESTIMATE = "ui-quant-what-estimate",
    /// components/quant/editor: "{ $what } per year"
    UI_QUANT_WHAT_PER_YEAR = "ui-quant-what-per-year",
    /// components/quant/editor: "Vulnerability: estimate"
    UI_VULNERABILITY_ESTIMATE = "ui-vulnerability-estimate",
    /// components/quant/editor: "Vulnerability (threat capability beats resistance)"
    UI_VULNERABILITY_THREAT_CAPABILITY_BEATS_RESISTANCE = "ui-vulnerability-threat-capability-beats-resistance",
    // components/quant/panel
    /// components/quant/panel: "Estimate how often losses happen and how large they are, in money;…"
    UI_ESTIMATE_HOW_OFTEN_LOSSES_HAPPEN_AND = "ui-estimate-how-often-losses-happen-and",
    /// components/quant/panel: "Estimate the risk after treatment separately"
    UI_ESTIMATE_THE_RISK_AFTER_TREATMENT_SEPARATELY = "ui-estimate-the-risk-after-treatment-separately",
    /// components/quant/panel: "Expected loss (rate × mean magnitude): { $events } events a year ×…"
    UI_QUANT_EXPECTED_LOSS = "ui-quant-expected-loss",
    /// components/quant/panel: "{ $count } value(s) need fixing before you can save: see the highli…"
    UI_QUANT_VALUES_TO_FIX = "ui-quant-values-to-fix",
    /// components/quant/panel: "Quantify this risk (FAIR)"
    UI_QUANTIFY_THIS_RISK_FAIR = "ui-quantify-this-risk-fair",
    // components/quant/scenario
    /// components/quant/scenario: "Frequency model"
    UI_FREQUENCY_MODEL = "ui-frequency-model",
    /// components/quant/scenario: "Probability of secondary losses per event (SLEF)"
    UI_PROBABILITY_OF_SECONDARY_LOSSES_PER_EVENT = "ui-probability-of-secondary-losses-per-event",
    /// components/quant/scenario: "Loss events"
    UI_QUANT_LOSS_EVENTS = "ui-quant-loss-events",
    /// components/quant/scenario: "Loss events per year"
    UI_QUANT_LOSS_EVENTS_PER_YEAR = "ui-quant-loss-events-per-year",
    /// components/quant/scenario: "Threat events × vulnerability (Open FAIR)"
    UI_QUANT_OPEN_FAIR = "ui-quant-open-fair",
    /// components/quant/scenario: "Primary loss per event"
    UI_QUANT_PRIMARY_LOSS = "ui-quant-primary-loss",
    /// components/quant/scenario: "Secondary loss"
    UI_QUANT_SECONDARY_LOSS = "ui-quant-secondary-loss",
    /// components/quant/scenario: "Threat events"
    UI_QUANT_THREAT_EVENTS = "ui-quant-threat-events",
    /// components/quant/scenario: "Secondary losses (fines, claims, lost customers)"
    UI_SECONDARY_LOSSES_FINES_CLAIMS_LOST_CUSTOMERS = "ui-secondary-losses-fines-claims-lost-customers",
    // pages/assets/form
    /// pages/assets/form: "Edit { $asset }"
    UI_ASSET_EDIT_HEADING = "ui-asset-edit-heading",
    /// pages/assets/form: "Availability"
    UI_AVAILABILITY = "ui-availability",
    /// pages/assets/form: "Confidentiality"
    UI_CONFIDENTIALITY = "ui-confidentiality",
    /// pages/assets/form: "Description"
    UI_DESCRIPTION = "ui-description",
    /// pages/assets/form: "Edit asset"
    UI_EDIT_ASSET = "ui-edit-asset",
    /// pages/assets/form: "Integrity"
    UI_INTEGRITY = "ui-integrity",
    /// pages/assets/form: "Location"
    UI_LOCATION = "ui-location",
    /// pages/assets/form: "Name"
    UI_NAME = "ui-name",
    /// pages/assets/form: "New asset"
    UI_NEW_ASSET = "ui-new-asset",
    /// pages/assets/form: "Owner"
    UI_OWNER = "ui-owner",
    /// pages/assets/form: "Save asset"
    UI_SAVE_ASSET = "ui-save-asset",
    /// pages/assets/form: "Type"
    UI_TYPE = "ui-type",
    // pages/context
    /// pages/context: "Add interested party"
    UI_ADD_INTERESTED_PARTY = "ui-add-interested-party",
    /// pages/context: "Annex A controls these requirements call for (applicable in the SoA)"
    UI_ANNEX_A_CONTROLS_THESE_REQUIREMENTS_CALL = "ui-annex-a-controls-these-requirements-call",
    /// pages/context: "Apply the change"
    UI_APPLY_THE_CHANGE = "ui-apply-the-change",
    /// pages/context: "Click a cell (or press Enter on it) to move it to the next level."
    UI_CLICK_A_CELL_OR_PRESS_ENTER = "ui-click-a-cell-or-press-enter",
    /// pages/context: "Neither / not stated"
    UI_CONTEXT_BASIS_NONE = "ui-context-basis-none",
    /// pages/context: "Choose a sector…"
    UI_CONTEXT_CHOOSE_SECTOR = "ui-context-choose-sector",
    /// pages/context: "ISO/IEC 27001:2013 (transition only)"
    UI_CONTEXT_EDITION_2013 = "ui-context-edition-2013",
    /// pages/context: "ISO/IEC 27001:2022"
    UI_CONTEXT_EDITION_2022 = "ui-context-edition-2022",
    /// pages/context: "Impact definitions for { $sector }: from "{ $lowest }" to "{ $highe…"
    UI_CONTEXT_IMPACT_DEFINITIONS = "ui-context-impact-definitions",
    /// pages/context: "Impact steps"
    UI_CONTEXT_IMPACT_STEPS = "ui-context-impact-steps",
    /// pages/context: "{ $level } and below"
    UI_CONTEXT_LEVEL_AND_BELOW = "ui-context-level-and-below",
    /// pages/context: "Likelihood steps"
    UI_CONTEXT_LIKELIHOOD_STEPS = "ui-context-likelihood-steps",
    /// pages/context: "Remove interested party { $party }"
    UI_CONTEXT_REMOVE_PARTY = "ui-context-remove-party",
    /// pages/context: "Context & scope"
    UI_CONTEXT_SCOPE = "ui-context-scope",
    /// pages/context: "What the ISMS covers: services, locations, teams and systems, and a…"
    UI_CONTEXT_SCOPE_HINT = "ui-context-scope-hint",
    /// pages/context: "Definition of { $step } ({ $scale } { $n })"
    UI_CONTEXT_STEP_DEFINITION = "ui-context-step-definition",
    /// pages/context: ". Suggested assets can be added on the Assets page."
    UI_CONTEXT_SUGGESTED_ASSETS = "ui-context-suggested-assets",
    /// pages/context: "Typical threats for { $sector }:{" "}"
    UI_CONTEXT_TYPICAL_THREATS = "ui-context-typical-threats",
    /// pages/context: "How likelihood and impact are rated and combined: your risk criteri…"
    UI_HOW_LIKELIHOOD_AND_IMPACT_ARE_RATED = "ui-how-likelihood-and-impact-are-rated",
    /// pages/context: "Impact scale"
    UI_IMPACT_SCALE = "ui-impact-scale",
    /// pages/context: "Interested parties"
    UI_INTERESTED_PARTIES = "ui-interested-parties",
    /// pages/context: "Legal or contractual"
    UI_LEGAL_OR_CONTRACTUAL = "ui-legal-or-contractual",
    /// pages/context: "Likelihood scale"
    UI_LIKELIHOOD_SCALE = "ui-likelihood-scale",
    /// pages/context: "Matrix"
    UI_MATRIX = "ui-matrix",
    /// pages/context: "Party"
    UI_PARTY = "ui-party",
    /// pages/context: "Requirements"
    UI_REQUIREMENTS = "ui-requirements",
    /// pages/context: "Risk matrix editor"
    UI_RISK_MATRIX_EDITOR = "ui-risk-matrix-editor",
    /// pages/context: "Risk method"
    UI_RISK_METHOD = "ui-risk-method",
    /// pages/context: "Risk tolerance (acceptable without treatment)"
    UI_RISK_TOLERANCE_ACCEPTABLE_WITHOUT_TREATMENT = "ui-risk-tolerance-acceptable-without-treatment",
    /// pages/context: "Scope statement"
    UI_SCOPE_STATEMENT = "ui-scope-statement",
    /// pages/context: "Sector"
    UI_SECTOR = "ui-sector",
    /// pages/context: "Services in scope (one per line)"
    UI_SERVICES_IN_SCOPE_ONE_PER_LINE = "ui-services-in-scope-one-per-line",
    /// pages/context: "Sites in scope (one per line)"
    UI_SITES_IN_SCOPE_ONE_PER_LINE = "ui-sites-in-scope-one-per-line",
    /// pages/context: "Standard edition"
    UI_STANDARD_EDITION = "ui-standard-edition",
    /// pages/context: "Teams in scope (one per line)"
    UI_TEAMS_IN_SCOPE_ONE_PER_LINE = "ui-teams-in-scope-one-per-line",
    /// pages/context: "Use these impact definitions"
    UI_USE_THESE_IMPACT_DEFINITIONS = "ui-use-these-impact-definitions",
    /// pages/context: "Who you are, what the ISMS covers (clauses 4.1–4.3), and how you ra…"
    UI_WHO_YOU_ARE_WHAT_THE_ISMS = "ui-who-you-are-what-the-isms",
    // pages/data/backups
    /// pages/data/backups: "Annexa updated your saved data to its current format and kept the o…"
    UI_ANNEXA_UPDATED_YOUR_SAVED_DATA_TO = "ui-annexa-updated-your-saved-data-to",
    /// pages/data/backups: "Download { $backup }"
    UI_DATA_DOWNLOAD_BACKUP = "ui-data-download-backup",
    /// pages/data/backups: "Data from an older Annexa"
    UI_DATA_FROM_AN_OLDER_ANNEXA = "ui-data-from-an-older-annexa",
    /// pages/data/backups: "Recovered data"
    UI_RECOVERED_DATA = "ui-recovered-data",
    /// pages/data/backups: "These copies of saved data could not be read when Annexa started. D…"
    UI_THESE_COPIES_OF_SAVED_DATA_COULD = "ui-these-copies-of-saved-data-could",
    // pages/data/export
    /// pages/data/export: "Copy it and send it. The assessment travels in the part after #, wh…"
    UI_COPY_IT_AND_SEND_IT_THE = "ui-copy-it-and-send-it-the",
    /// pages/data/export: "Encrypting…"
    UI_DATA_ENCRYPTING = "ui-data-encrypting",
    /// pages/data/export: "Exported { $file }, encrypted. Keep the passphrase somewhere safe:…"
    UI_DATA_EXPORTED_ENCRYPTED = "ui-data-exported-encrypted",
    /// pages/data/export: "No link was made: { $error }."
    UI_DATA_NO_LINK = "ui-data-no-link",
    /// pages/data/export: "At least { $chars } characters."
    UI_DATA_PASSPHRASE_HINT = "ui-data-passphrase-hint",
    /// pages/data/export: "Use a passphrase of at least { $chars } characters, such as four un…"
    UI_DATA_PASSPHRASE_SHORT = "ui-data-passphrase-short",
    /// pages/data/export: "The two passphrases differ; type them again."
    UI_DATA_PASSPHRASES_DIFFER = "ui-data-passphrases-differ",
    /// pages/data/export: "Share link ({ $chars } characters)"
    UI_DATA_SHARE_LINK = "ui-data-share-link",
    /// pages/data/export: "Encrypt and export"
    UI_ENCRYPT_AND_EXPORT = "ui-encrypt-and-export",
    /// pages/data/export: "Export encrypted JSON…"
    UI_EXPORT_ENCRYPTED_JSON = "ui-export-encrypted-json",
    /// pages/data/export: "Export encrypted JSON"
    UI_EXPORT_ENCRYPTED_JSON_2 = "ui-export-encrypted-json-2",
    /// pages/data/export: "Make a share link"
    UI_MAKE_A_SHARE_LINK = "ui-make-a-share-link",
    /// pages/data/export: "Passphrase"
    UI_PASSPHRASE = "ui-passphrase",
    /// pages/data/export: "Repeat the passphrase"
    UI_REPEAT_THE_PASSPHRASE = "ui-repeat-the-passphrase",
    /// pages/data/export: "The file is encrypted in this browser with your passphrase (PBKDF2-…"
    UI_THE_FILE_IS_ENCRYPTED_IN_THIS = "ui-the-file-is-encrypted-in-this",
    // pages/data/import
    /// pages/data/import: "{ $file } is encrypted."
    UI_DATA_FILE_ENCRYPTED = "ui-data-file-encrypted",
    /// pages/data/import: "Not decrypted, and your data is unchanged: { $error }."
    UI_DATA_NOT_DECRYPTED = "ui-data-not-decrypted",
    /// pages/data/import: "{ $file } was not imported, and your data is unchanged. { $error }"
    UI_DATA_NOT_IMPORTED = "ui-data-not-imported",
    /// pages/data/import: "Decrypt"
    UI_DECRYPT = "ui-decrypt",
    /// pages/data/import: "Decrypt the file"
    UI_DECRYPT_THE_FILE = "ui-decrypt-the-file",
    /// pages/data/import: "Enter the passphrase it was exported with."
    UI_ENTER_THE_PASSPHRASE_IT_WAS_EXPORTED = "ui-enter-the-passphrase-it-was-exported",
    // pages/data/import_view
    /// pages/data/import_view: "Cancel"
    UI_CANCEL = "ui-cancel",
    /// pages/data/import_view: "Import { $file }?"
    UI_DATA_IMPORT_FILE = "ui-data-import-file",
    /// pages/data/import_view: "… and { $count } more; they are listed on the pages after the import."
    UI_DATA_MORE_FINDINGS = "ui-data-more-findings",
    /// pages/data/import_view: "Decrypting…"
    UI_DECRYPTING = "ui-decrypting",
    /// pages/data/import_view: "Findings in the file's risk register and assets"
    UI_FINDINGS_IN_THE_FILES_RISK_REGISTER = "ui-findings-in-the-files-risk-register",
    /// pages/data/import_view: "Import"
    UI_IMPORT = "ui-import",
    /// pages/data/import_view: "Import JSON or a spreadsheet"
    UI_IMPORT_JSON_OR_A_SPREADSHEET = "ui-import-json-or-a-spreadsheet",
    /// pages/data/import_view: "Import preview"
    UI_IMPORT_PREVIEW = "ui-import-preview",
    /// pages/data/import_view: "None."
    UI_NONE = "ui-none",
    /// pages/data/import_view: "Plain and encrypted Annexa JSON files; an encrypted file asks for i…"
    UI_PLAIN_AND_ENCRYPTED_ANNEXA_JSON_FILES = "ui-plain-and-encrypted-annexa-json-files",
    /// pages/data/import_view: "Reading the file…"
    UI_READING_THE_FILE = "ui-reading-the-file",
    /// pages/data/import_view: "Replace my data"
    UI_REPLACE_MY_DATA = "ui-replace-my-data",
    /// pages/data/import_view: "The file"
    UI_THE_FILE = "ui-the-file",
    /// pages/data/import_view: "Your current data (will be replaced)"
    UI_YOUR_CURRENT_DATA_WILL_BE_REPLACED = "ui-your-current-data-will-be-replaced",
    // pages/data/page
    /// pages/data/page: "Clear"
    UI_CLEAR = "ui-clear",
    /// pages/data/page: "Data & reports"
    UI_DATA_REPORTS = "ui-data-reports",
    /// pages/data/page: "Your assessment lives in this browser's storage. Export it to keep…"
    UI_YOUR_ASSESSMENT_LIVES_IN_THIS_BROWSERS = "ui-your-assessment-lives-in-this-browsers",
    // pages/data/print
    /// pages/data/print: "Print gap-check report"
    UI_PRINT_GAP_REPORT = "ui-print-gap-report",
    /// pages/data/print: "Print methodology"
    UI_PRINT_METHODOLOGY = "ui-print-methodology",
    /// pages/data/print: "Print risk report"
    UI_PRINT_RISKS = "ui-print-risks",
    /// pages/data/print: "Print scope statement"
    UI_PRINT_SCOPE = "ui-print-scope",
    /// pages/data/print: "Print SoA"
    UI_PRINT_SOA = "ui-print-soa",
    /// pages/data/print: "Print risk treatment plan"
    UI_PRINT_TREATMENT_PLAN = "ui-print-treatment-plan",
    // pages/data/render
    /// pages/data/render: "Exported { $file }."
    UI_DATA_EXPORTED = "ui-data-exported",
    /// pages/data/render: "{ $file } was not downloaded: { $error }"
    UI_DATA_NOT_DOWNLOADED = "ui-data-not-downloaded",
    /// pages/data/render: "The file was not written: { $error }"
    UI_DATA_NOT_WRITTEN = "ui-data-not-written",
    /// pages/data/render: "Preparing…"
    UI_PREPARING = "ui-preparing",
    // pages/data/sections
    /// pages/data/sections: "Clear all data"
    UI_CLEAR_ALL_DATA = "ui-clear-all-data",
    /// pages/data/sections: "Confirm clearing all data"
    UI_CONFIRM_CLEARING_ALL_DATA = "ui-confirm-clearing-all-data",
    /// pages/data/sections: "Delete { $summary } from this browser? Export JSON first if you may…"
    UI_DATA_DELETE_CONFIRM = "ui-data-delete-confirm",
    /// pages/data/sections: "Download DOCX: { $document }"
    UI_DATA_DOWNLOAD_DOCX = "ui-data-download-docx",
    /// pages/data/sections: "Download the Stage 1 pack (DOCX)"
    UI_DATA_DOWNLOAD_PACK = "ui-data-download-pack",
    /// pages/data/sections: "Export XLSX workbook"
    UI_DATA_EXPORT_WORKBOOK = "ui-data-export-workbook",
    /// pages/data/sections: "Document control"
    UI_DOCUMENT_CONTROL = "ui-document-control",
    /// pages/data/sections: "Documents (DOCX)"
    UI_DOCUMENTS_DOCX = "ui-documents-docx",
    /// pages/data/sections: "Export"
    UI_EXPORT = "ui-export",
    /// pages/data/sections: "Export JSON"
    UI_EXPORT_JSON = "ui-export-json",
    /// pages/data/sections: "Export risk register (CSV)"
    UI_EXPORT_RISK_REGISTER_CSV = "ui-export-risk-register-csv",
    /// pages/data/sections: "Export SoA (CSV)"
    UI_EXPORT_SOA_CSV = "ui-export-soa-csv",
    /// pages/data/sections: "Import and export are switched off here by the page that embeds Ann…"
    UI_IMPORT_AND_EXPORT_ARE_SWITCHED_OFF = "ui-import-and-export-are-switched-off",
    /// pages/data/sections: "Print"
    UI_PRINT = "ui-print",
    /// pages/data/sections: "Prints a clean document with a header; choose "Save as PDF" in the…"
    UI_PRINTS_A_CLEAN_DOCUMENT_WITH_A = "ui-prints-a-clean-document-with-a",
    /// pages/data/sections: "Version, date, author, approver and change history of each document…"
    UI_VERSION_DATE_AUTHOR_APPROVER_AND_CHANGE = "ui-version-date-author-approver-and-change",
    /// pages/data/sections: "Word files of the Stage 1 documents, with their document control bl…"
    UI_WORD_FILES_OF_THE_STAGE_1 = "ui-word-files-of-the-stage-1",
    /// pages/data/sections: "Yes, clear all data"
    UI_YES_CLEAR_ALL_DATA = "ui-yes-clear-all-data",
    // pages/data/sheet_import
    /// pages/data/sheet_import: "Close"
    UI_CLOSE = "ui-close",
    /// pages/data/sheet_import: "Export mapping"
    UI_EXPORT_MAPPING = "ui-export-mapping",
    /// pages/data/sheet_import: "Header row"
    UI_HEADER_ROW = "ui-header-row",
    /// pages/data/sheet_import: "Import mapping"
    UI_IMPORT_MAPPING = "ui-import-mapping",
    /// pages/data/sheet_import: "Importing…"
    UI_IMPORTING = "ui-importing",
    /// pages/data/sheet_import: "Mapping name"
    UI_MAPPING_NAME = "ui-mapping-name",
    /// pages/data/sheet_import: "Merge"
    UI_MERGE = "ui-merge",
    /// pages/data/sheet_import: "Merge adds new rows and updates the items they match (by Annexa id…"
    UI_MERGE_ADDS_NEW_ROWS_AND_UPDATES = "ui-merge-adds-new-rows-and-updates",
    /// pages/data/sheet_import: "Replace"
    UI_REPLACE = "ui-replace",
    /// pages/data/sheet_import: "Rows become"
    UI_ROWS_BECOME = "ui-rows-become",
    /// pages/data/sheet_import: "Save mapping"
    UI_SAVE_MAPPING = "ui-save-mapping",
    /// pages/data/sheet_import: "Sheet"
    UI_SHEET = "ui-sheet",
    /// pages/data/sheet_import: "Import { $sheet }: { $rows } rows"
    UI_SHEET_IMPORT_ROWS = "ui-sheet-import-rows",
    /// pages/data/sheet_import: "assets"
    UI_SHEET_KIND_ASSETS = "ui-sheet-kind-assets",
    /// pages/data/sheet_import: "risks"
    UI_SHEET_KIND_RISKS = "ui-sheet-kind-risks",
    /// pages/data/sheet_import: "SoA lines"
    UI_SHEET_KIND_SOA = "ui-sheet-kind-soa",
    /// pages/data/sheet_import: "Reading { $file }…"
    UI_SHEET_READING = "ui-sheet-reading",
    /// pages/data/sheet_import: "Spreadsheet import"
    UI_SPREADSHEET_IMPORT = "ui-spreadsheet-import",
    /// pages/data/sheet_import: "Use a saved mapping"
    UI_USE_A_SAVED_MAPPING = "ui-use-a-saved-mapping",
    // pages/data/sheet_view
    /// pages/data/sheet_view: "Becomes"
    UI_BECOMES = "ui-becomes",
    /// pages/data/sheet_view: "Column"
    UI_COLUMN = "ui-column",
    /// pages/data/sheet_view: "Columns"
    UI_COLUMNS = "ui-columns",
    /// pages/data/sheet_view: "ISO/IEC 27001:2013 → 2022 transition report"
    UI_ISO_IEC_27001_2013_2022_TRANSITION = "ui-iso-iec-27001-2013-2022-transition",
    /// pages/data/sheet_view: "Sample values"
    UI_SAMPLE_VALUES = "ui-sample-values",
    /// pages/data/sheet_view: "Field for column { $column }"
    UI_SHEET_FIELD_FOR_COLUMN = "ui-sheet-field-for-column",
    /// pages/data/sheet_view: "… and { $count } more."
    UI_SHEET_MORE_REJECTED = "ui-sheet-more-rejected",
    /// pages/data/sheet_view: "not mapped (rows rejected)"
    UI_SHEET_NOT_MAPPED = "ui-sheet-not-mapped",
    /// pages/data/sheet_view: "Line { $line }: { $reason }"
    UI_SHEET_REJECTED_LINE = "ui-sheet-rejected-line",
    /// pages/data/sheet_view: "Value for { $value }"
    UI_SHEET_VALUE_FOR = "ui-sheet-value-for",
    /// pages/data/sheet_view: "Values of { $field }"
    UI_SHEET_VALUES_OF = "ui-sheet-values-of",
    // pages/gap_check/chart
    /// pages/gap_check/chart: "not answered"
    UI_GAP_NOT_ANSWERED = "ui-gap-not-answered",
    // pages/gap_check/page
    /// pages/gap_check/page: "A ten-minute readiness check against ISO/IEC 27001: every clause fr…"
    UI_A_TEN_MINUTE_READINESS_CHECK_AGAINST = "ui-a-ten-minute-readiness-check-against",
    /// pages/gap_check/page: "Questions"
    UI_QUESTIONS = "ui-questions",
    /// pages/gap_check/page: "Quick gap check"
    UI_QUICK_GAP_CHECK = "ui-quick-gap-check",
    /// pages/gap_check/page: "View"
    UI_VIEW = "ui-view",
    // pages/gap_check/question
    /// pages/gap_check/question: "Required for certification, so Not applicable is not offered."
    UI_REQUIRED_FOR_CERTIFICATION_SO_NOT_APPLICABLE = "ui-required-for-certification-so-not-applicable",
    /// pages/gap_check/question: "Why this matters:"
    UI_WHY_THIS_MATTERS = "ui-why-this-matters",
    // pages/gap_check/questions
    /// pages/gap_check/questions: "{ $answered } of { $total } answered"
    UI_GAP_ANSWERED_OF = "ui-gap-answered-of",
    /// pages/gap_check/questions: "{ $answered } of { $total }"
    UI_GAP_ANSWERED_SHORT = "ui-gap-answered-short",
    /// pages/gap_check/questions: "{" "}· { $answered } of { $total } answered"
    UI_GAP_AREA_ANSWERED = "ui-gap-area-answered",
    /// pages/gap_check/questions: "See results"
    UI_SEE_RESULTS = "ui-see-results",
    // pages/gap_check/report
    /// pages/gap_check/report: "Clause"
    UI_CLAUSE = "ui-clause",
    /// pages/gap_check/report: "Document"
    UI_DOCUMENT = "ui-document",
    /// pages/gap_check/report: "{ $answered } of { $total } questions answered; { $gaps } gap(s) fo…"
    UI_GAP_ANSWERED = "ui-gap-answered",
    /// pages/gap_check/report: "{" "}· { $gaps } open gap(s) · about { $days } person-day(s)"
    UI_GAP_PHASE_FIGURES = "ui-gap-phase-figures",
    /// pages/gap_check/report: "Short mode"
    UI_GAP_SHORT_MODE = "ui-gap-short-mode",
    /// pages/gap_check/report: "size not given"
    UI_GAP_SIZE_NOT_GIVEN = "ui-gap-size-not-given",
    /// pages/gap_check/report: "Thorough mode"
    UI_GAP_THOROUGH_MODE = "ui-gap-thorough-mode",
    /// pages/gap_check/report: "Top { $count } gaps"
    UI_GAP_TOP_GAPS = "ui-gap-top-gaps",
    /// pages/gap_check/report: "Total: about { $days } person-days of work. Effort figures are roug…"
    UI_GAP_TOTAL = "ui-gap-total",
    /// pages/gap_check/report: "ISO/IEC 27001 readiness report"
    UI_ISO_IEC_27001_READINESS_REPORT = "ui-iso-iec-27001-readiness-report",
    /// pages/gap_check/report: "Mandatory documented information"
    UI_MANDATORY_DOCUMENTED_INFORMATION = "ui-mandatory-documented-information",
    /// pages/gap_check/report: "No gaps among the answered questions."
    UI_NO_GAPS_AMONG_THE_ANSWERED_QUESTIONS = "ui-no-gaps-among-the-answered-questions",
    /// pages/gap_check/report: "Overall readiness"
    UI_OVERALL_READINESS = "ui-overall-readiness",
    /// pages/gap_check/report: "Roadmap to certification"
    UI_ROADMAP_TO_CERTIFICATION = "ui-roadmap-to-certification",
    /// pages/gap_check/report: "Scores per Annex A theme"
    UI_SCORES_PER_ANNEX_A_THEME = "ui-scores-per-annex-a-theme",
    /// pages/gap_check/report: "Scores per clause"
    UI_SCORES_PER_CLAUSE = "ui-scores-per-clause",
    /// pages/gap_check/report: "Status"
    UI_STATUS = "ui-status",
    // pages/gap_check/results
    /// pages/gap_check/results: "Continue to full assessment"
    UI_CONTINUE_TO_FULL_ASSESSMENT = "ui-continue-to-full-assessment",
    /// pages/gap_check/results: "Continue to full assessment pre-fills the SoA status of every contr…"
    UI_CONTINUE_TO_FULL_ASSESSMENT_PRE_FILLS = "ui-continue-to-full-assessment-pre-fills",
    /// pages/gap_check/results: "Export results (JSON)"
    UI_EXPORT_RESULTS_JSON = "ui-export-results-json",
    /// pages/gap_check/results: "Print report"
    UI_PRINT_REPORT = "ui-print-report",
    // pages/gap_check/settings
    /// pages/gap_check/settings: "How thorough?"
    UI_HOW_THOROUGH = "ui-how-thorough",
    /// pages/gap_check/settings: "Not given"
    UI_NOT_GIVEN = "ui-not-given",
    /// pages/gap_check/settings: "Organisation name"
    UI_ORGANISATION_NAME = "ui-organisation-name",
    /// pages/gap_check/settings: "Organisation size"
    UI_ORGANISATION_SIZE = "ui-organisation-size",
    // pages/home
    /// pages/home: "Annexa: ISO/IEC 27001 risk workbench"
    UI_ANNEXA_ISO_IEC_27001_RISK_WORKBENCH = "ui-annexa-iso-iec-27001-risk-workbench",
    /// pages/home: "Build your asset and risk register, score risks with your own metho…"
    UI_BUILD_YOUR_ASSET_AND_RISK_REGISTER = "ui-build-your-asset-and-risk-register",
    /// pages/home: "Confirm replacing your data"
    UI_CONFIRM_REPLACING_YOUR_DATA = "ui-confirm-replacing-your-data",
    /// pages/home: "Every calculation runs on your machine. Nothing is uploaded; data l…"
    UI_EVERY_CALCULATION_RUNS_ON_YOUR_MACHINE = "ui-every-calculation-runs-on-your-machine",
    /// pages/home: "This replaces your current assessment ({ $summary }). Export JSON o…"
    UI_HOME_REPLACES = "ui-home-replaces",
    /// pages/home: "Load example"
    UI_LOAD_EXAMPLE = "ui-load-example",
    /// pages/home: "Start new assessment"
    UI_START_NEW_ASSESSMENT = "ui-start-new-assessment",
    /// pages/home: "Steps of an assessment"
    UI_STEPS_OF_AN_ASSESSMENT = "ui-steps-of-an-assessment",
    /// pages/home: "Ways to begin"
    UI_WAYS_TO_BEGIN = "ui-ways-to-begin",
    /// pages/home: "Your data never leaves this browser."
    UI_YOUR_DATA_NEVER_LEAVES_THIS_BROWSER = "ui-your-data-never-leaves-this-browser",
    // pages/quant/page
    /// pages/quant/page: "How much could these risks cost in a year? Annexa simulates many ye…"
    UI_HOW_MUCH_COULD_THESE_RISKS_COST = "ui-how-much-could-these-risks-cost",
    /// pages/quant/page: "Quantify"
    UI_QUANTIFY = "ui-quantify",
    // pages/quant/portfolio
    /// pages/quant/portfolio: "No risk has a quantitative estimate yet. Open a risk on the"
    UI_NO_RISK_HAS_A_QUANTITATIVE_ESTIMATE = "ui-no-risk-has-a-quantitative-estimate",
    /// pages/quant/portfolio: "{" "}and fill in its Quantify panel."
    UI_QUANT_FILL_PANEL = "ui-quant-fill-panel",
    /// pages/quant/portfolio: "Risks in the portfolio"
    UI_RISKS_IN_THE_PORTFOLIO = "ui-risks-in-the-portfolio",
    /// pages/quant/portfolio: "Run simulation"
    UI_RUN_SIMULATION = "ui-run-simulation",
    /// pages/quant/portfolio: "Simulating…"
    UI_SIMULATING = "ui-simulating",
    /// pages/quant/portfolio: "Treatment page"
    UI_TREATMENT_PAGE = "ui-treatment-page",
    // pages/quant/results
    /// pages/quant/results: "After treatment"
    UI_AFTER_TREATMENT = "ui-after-treatment",
    /// pages/quant/results: "Against the risk tolerance"
    UI_AGAINST_THE_RISK_TOLERANCE = "ui-against-the-risk-tolerance",
    /// pages/quant/results: "Before treatment"
    UI_BEFORE_TREATMENT = "ui-before-treatment",
    /// pages/quant/results: "Expected annual loss before treatment"
    UI_EXPECTED_ANNUAL_LOSS_BEFORE_TREATMENT = "ui-expected-annual-loss-before-treatment",
    /// pages/quant/results: "Loss events a year"
    UI_LOSS_EVENTS_A_YEAR = "ui-loss-events-a-year",
    /// pages/quant/results: "Max"
    UI_MAX = "ui-max",
    /// pages/quant/results: "Mean"
    UI_MEAN = "ui-mean",
    /// pages/quant/results: "Mean loss per event"
    UI_MEAN_LOSS_PER_EVENT = "ui-mean-loss-per-event",
    /// pages/quant/results: "Min"
    UI_MIN = "ui-min",
    /// pages/quant/results: "No"
    UI_NO = "ui-no",
    /// pages/quant/results: "P(any loss)"
    UI_P_ANY_LOSS = "ui-p-any-loss",
    /// pages/quant/results: "Phase"
    UI_PHASE = "ui-phase",
    /// pages/quant/results: "Portfolio"
    UI_PORTFOLIO = "ui-portfolio",
    /// pages/quant/results: "Expected loss: rate × mean magnitude ({ $currency }; no simulation,…"
    UI_QUANT_EXPECTED_CAPTION = "ui-quant-expected-caption",
    /// pages/quant/results: "Annual loss above ({ $currency })"
    UI_QUANT_LOSS_ABOVE = "ui-quant-loss-above",
    /// pages/quant/results: "{ $years } simulated years, seed { $seed }, amounts in { $currency…"
    UI_QUANT_RESULTS_SUMMARY = "ui-quant-results-summary",
    /// pages/quant/results: "Simulated annual loss ({ $currency })"
    UI_QUANT_SIMULATED_LOSS = "ui-quant-simulated-loss",
    /// pages/quant/results: "Results"
    UI_RESULTS = "ui-results",
    /// pages/quant/results: "Risk"
    UI_RISK = "ui-risk",
    /// pages/quant/results: "SD"
    UI_SD = "ui-sd",
    /// pages/quant/results: "Tail value at risk: the mean of the worst 5 % of years"
    UI_TAIL_VALUE_AT_RISK_THE_MEAN = "ui-tail-value-at-risk-the-mean",
    /// pages/quant/results: "Tolerated"
    UI_TOLERATED = "ui-tolerated",
    /// pages/quant/results: "TVaR 95"
    UI_TVAR_95 = "ui-tvar-95",
    /// pages/quant/results: "Within tolerance after treatment"
    UI_WITHIN_TOLERANCE_AFTER_TREATMENT = "ui-within-tolerance-after-treatment",
    /// pages/quant/results: "Yes"
    UI_YES = "ui-yes",
    // pages/quant/run
    /// pages/quant/run: "Simulation cancelled."
    UI_QUANT_CANCELLED = "ui-quant-cancelled",
    /// pages/quant/run: "Cannot run: { $error }"
    UI_QUANT_CANNOT_RUN = "ui-quant-cannot-run",
    // pages/quant/settings
    /// pages/quant/settings: "Add tolerance point"
    UI_ADD_TOLERANCE_POINT = "ui-add-tolerance-point",
    /// pages/quant/settings: "Currency (ISO code)"
    UI_CURRENCY_ISO_CODE = "ui-currency-iso-code",
    /// pages/quant/settings: "Points the organisation accepts: for example, at most a 10 % chance…"
    UI_POINTS_THE_ORGANISATION_ACCEPTS_FOR_EXAMPLE = "ui-points-the-organisation-accepts-for-example",
    /// pages/quant/settings: "Point { $n }: annual loss above"
    UI_QUANT_POINT_LOSS = "ui-quant-point-loss",
    /// pages/quant/settings: "Point { $n }: at most this likely in a year"
    UI_QUANT_POINT_PROBABILITY = "ui-quant-point-probability",
    /// pages/quant/settings: "Remove tolerance point { $n }"
    UI_QUANT_REMOVE_POINT = "ui-quant-remove-point",
    /// pages/quant/settings: "Random seed"
    UI_RANDOM_SEED = "ui-random-seed",
    /// pages/quant/settings: "Remove"
    UI_REMOVE = "ui-remove",
    /// pages/quant/settings: "Risk tolerance curve"
    UI_RISK_TOLERANCE_CURVE = "ui-risk-tolerance-curve",
    /// pages/quant/settings: "Simulated years (trials)"
    UI_SIMULATED_YEARS_TRIALS = "ui-simulated-years-trials",
    /// pages/quant/settings: "Simulation settings"
    UI_SIMULATION_SETTINGS = "ui-simulation-settings",
    // pages/treatment/list
    /// pages/treatment/list: "Actions"
    UI_ACTIONS = "ui-actions",
    /// pages/treatment/list: "Current"
    UI_CURRENT = "ui-current",
    /// pages/treatment/list: "Decide what to do about each risk: mitigate with Annex A controls,…"
    UI_DECIDE_WHAT_TO_DO_ABOUT_EACH = "ui-decide-what-to-do-about-each",
    /// pages/treatment/list: "Effort"
    UI_EFFORT = "ui-effort",
    /// pages/treatment/list: "Only risks above tolerance"
    UI_ONLY_RISKS_ABOVE_TOLERANCE = "ui-only-risks-above-tolerance",
    /// pages/treatment/list: "Option"
    UI_OPTION = "ui-option",
    /// pages/treatment/list: "Overdue"
    UI_OVERDUE = "ui-overdue",
    /// pages/treatment/list: "Planned controls"
    UI_PLANNED_CONTROLS = "ui-planned-controls",
    /// pages/treatment/list: "Risk treatment plan"
    UI_RISK_TREATMENT_PLAN = "ui-risk-treatment-plan",
    /// pages/treatment/list: "Treat"
    UI_TREAT = "ui-treat",
    /// pages/treatment/list: "Treatment"
    UI_TREATMENT = "ui-treatment",
    /// pages/treatment/list: "Cost ({ $currency })"
    UI_TREATMENT_COL_COST = "ui-treatment-col-cost",
    /// pages/treatment/list: "Due"
    UI_TREATMENT_COL_DUE = "ui-treatment-col-due",
    /// pages/treatment/list: "ID"
    UI_TREATMENT_COL_ID = "ui-treatment-col-id",
    /// pages/treatment/list: "Residual"
    UI_TREATMENT_COL_RESIDUAL = "ui-treatment-col-residual",
    /// pages/treatment/list: "{ $count } treatment(s) are overdue."
    UI_TREATMENT_OVERDUE = "ui-treatment-overdue",
    /// The notice after a file replaced the data. Argument: `file` (its name).
    UI_IMPORTED_FILE = "ui-imported-file",
    /// The notice after a file was merged. Arguments: `file`, `new`,
    /// `updated` (counts of items).
    UI_IMPORTED_MERGED = "ui-imported-merged",
    /// The landmark name of the steps' links at the end of a step page.
    UI_STEP_NAV = "ui-step-nav",
    /// The link to the next step. Argument: `step` (its page's name).
    UI_STEP_NEXT = "ui-step-next",
    /// The link to the step before. Argument: `step`.
    UI_STEP_BACK = "ui-step-back",
    /// After the last step: the link to the documents on the Data page.
    UI_STEP_FINISH = "ui-step-finish",
}

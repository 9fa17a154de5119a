# Annexa's texts in English. One message per sentence a user reads; the code
# names them through core/src/text/msg.rs. Terms follow ISO/IEC 27001:2022
# and ISO/IEC 27005:2022 (risk owner, risk treatment plan, residual risk,
# risk criteria, nonconformity, documented information).

unnamed-organisation = Unnamed organisation
treatment-not-decided = Not decided
summary = { $organisation } — { $assets } asset(s), { $risks } risk(s), { $entries } SoA { $entries ->
        [one] entry
       *[other] entries
    }
risk-title-missing = { $risk } has no title: give the risk a short name, e.g. "Ransomware encrypts the file server".

## Pages and components: headings, leads, buttons, captions and labels (ui-)
# components/calculator
ui-calc-above-tolerance = Above the risk tolerance ({ $level } and below): treat it, or record a risk acceptance.
ui-calc-cell-action = activate to choose this cell
ui-calc-matrix = Risk matrix, { $rows } by { $columns }; the chosen cell is marked
ui-calc-within-tolerance = Within the risk tolerance ({ $level } and below): it can be accepted without treatment.
ui-impact = Impact
ui-likelihood = Likelihood
ui-rate-one-risks-likelihood-and-impact = Rate one risk's likelihood and impact to see its level on this risk method. Nothing is saved.
ui-risk-calculator = Risk calculator
ui-risk-level = Risk level:{" "}
# components/document_control
ui-add-a-change = Add a change
ui-approval-date = Approval date
ui-approved-by = Approved by
ui-author = Author
ui-change = Change
ui-change-history = Change history
ui-date = Date
ui-doc-remove-change = Remove change { $n }
ui-doc-soa-version = SoA version
ui-version = Version
# components/heatmap
ui-heatmap-caption = Rows: likelihood (highest at the top). Columns: impact. Dashed line: the tolerance ({ $level } and below is acceptable).
ui-heatmap-cell = { $level } — likelihood { $l } { $likelihood }, impact { $i } { $impact }; { $action }
ui-heatmap-cell-action = activate to change the level
ui-heatmap-cell-counted = { $count } { $level } — likelihood { $l } { $likelihood }, impact { $i } { $impact }; { $count } risk(s)
ui-impact-2 = Impact →
# components/quant/curve
ui-after-treatment-residual = After treatment (residual)
ui-before-treatment-inherent = Before treatment (inherent)
ui-curve-below-chart = below the chart
ui-curve-description = Probability that the annual loss exceeds an amount, on logarithmic axes. Inherent: a 5 % chance of losing more than { $inherent }.{ $residual }{ $tolerance } The statistics table below gives the numbers.
ui-curve-residual = {" "}Residual: a 5 % chance of losing more than { $amount }.
ui-loss-exceedance-curve = Loss exceedance curve
ui-no-simulated-year-had-a-loss = No simulated year had a loss: there is no curve to draw.
ui-quant-axis-loss = Annual loss ({ $currency })
ui-risk-tolerance = Risk tolerance
ui-the-dashed-line-is-the-risk = {" "}The dashed line is the risk tolerance.
# components/quant/editor
ui-quant-fixed-probability = Fixed probability
ui-quant-fixed-rate = Fixed rate
ui-quant-high-end = { $what }, high end (95th percentile)
ui-quant-low-end = { $what }, low end (5th percentile)
ui-quant-maximum = Maximum
ui-quant-maximum-lower = maximum
ui-quant-maximum-vulnerability = Maximum vulnerability
ui-quant-minimum = Minimum
ui-quant-minimum-lower = minimum
ui-quant-minimum-vulnerability = Minimum vulnerability
ui-quant-most-likely = Most likely
ui-quant-most-likely-lower = most likely
ui-quant-most-likely-vulnerability = Most likely vulnerability
ui-quant-part-of-amount = { $what }, { $part }
ui-quant-part-of-rate = { $part } { $what }
ui-quant-per-year = per year
ui-quant-range90 = 90 % range (lognormal, as riskquant)
ui-quant-three-point = Three-point estimate (PERT)
ui-quant-what-estimate = { $what }: estimate
ui-quant-what-per-year = { $what } per year
ui-vulnerability-estimate = Vulnerability: estimate
ui-vulnerability-threat-capability-beats-resistance = Vulnerability (threat capability beats resistance)
# components/quant/panel
ui-estimate-how-often-losses-happen-and = Estimate how often losses happen and how large they are, in money; the Quantify page simulates a year many times over.
ui-estimate-the-risk-after-treatment-separately = Estimate the risk after treatment separately
ui-quant-expected-loss = Expected loss (rate × mean magnitude): { $events } events a year × { $currency } { $per_event } = { $currency } { $annual } a year before treatment.
ui-quant-values-to-fix = { $count } value(s) need fixing before you can save: see the highlighted fields.
ui-quantify-this-risk-fair = Quantify this risk (FAIR)
# components/quant/scenario
ui-frequency-model = Frequency model
ui-probability-of-secondary-losses-per-event = Probability of secondary losses per event (SLEF)
ui-quant-loss-events = Loss events
ui-quant-loss-events-per-year = Loss events per year
ui-quant-open-fair = Threat events × vulnerability (Open FAIR)
ui-quant-primary-loss = Primary loss per event
ui-quant-secondary-loss = Secondary loss
ui-quant-threat-events = Threat events
ui-secondary-losses-fines-claims-lost-customers = Secondary losses (fines, claims, lost customers)
# pages/assets/form
ui-asset-edit-heading = Edit { $asset }
ui-description = Description
ui-edit-asset = Edit asset
ui-location = Location
ui-new-asset = New asset
ui-save-asset = Save asset
# pages/context
ui-add-interested-party = Add interested party
ui-annex-a-controls-these-requirements-call = Annex A controls these requirements call for (applicable in the SoA)
ui-apply-the-change = Apply the change
ui-click-a-cell-or-press-enter = Click a cell (or press Enter on it) to move it to the next level.
ui-context-basis-none = Neither / not stated
ui-context-choose-sector = Choose a sector…
ui-context-edition-2013 = ISO/IEC 27001:2013 (transition only)
ui-context-edition-2022 = ISO/IEC 27001:2022
ui-context-impact-definitions = Impact definitions for { $sector }: from "{ $lowest }" to "{ $highest }".{" "}
ui-context-impact-steps = Impact steps
ui-context-level-and-below = { $level } and below
ui-context-likelihood-steps = Likelihood steps
ui-context-remove-party = Remove interested party { $party }
ui-context-scope = Context & scope
ui-context-scope-hint = What the ISMS covers: services, locations, teams and systems, and anything excluded.
ui-context-step-definition = Definition of { $step } ({ $scale } { $n })
ui-context-suggested-assets = . Suggested assets can be added on the Assets page.
ui-context-typical-threats = Typical threats for { $sector }:{" "}
ui-how-likelihood-and-impact-are-rated = How likelihood and impact are rated and combined: your risk criteria. Give each step a definition people in your organisation would agree on; the risk forms show it where a rating is chosen.
ui-impact-scale = Impact scale
ui-interested-parties = Interested parties
ui-legal-or-contractual = Legal or contractual
ui-likelihood-scale = Likelihood scale
ui-matrix = Matrix
ui-party = Party
ui-requirements = Requirements
ui-risk-matrix-editor = Risk matrix editor
ui-risk-method = Risk method
ui-risk-tolerance-acceptable-without-treatment = Risk tolerance (acceptable without treatment)
ui-scope-statement = Scope statement
ui-sector = Sector
ui-services-in-scope-one-per-line = Services in scope (one per line)
ui-sites-in-scope-one-per-line = Sites in scope (one per line)
ui-standard-edition = Standard edition
ui-teams-in-scope-one-per-line = Teams in scope (one per line)
ui-use-these-impact-definitions = Use these impact definitions
ui-who-you-are-what-the-isms = Who you are, what the ISMS covers (clauses 4.1–4.3), and how you rate risks.
# pages/data/backups
ui-annexa-updated-your-saved-data-to = Annexa updated your saved data to its current format and kept the original. Download it if you need the old file.
ui-data-download-backup = Download { $backup }
ui-data-from-an-older-annexa = Data from an older Annexa
ui-recovered-data = Recovered data
ui-these-copies-of-saved-data-could = These copies of saved data could not be read when Annexa started. Download them to inspect or repair them.
# pages/data/export
ui-copy-it-and-send-it-the = Copy it and send it. The assessment travels in the part after #, which browsers never send to a server, but anyone who has the link can read it, and it stays in browser history: use an encrypted export for sensitive data.
ui-data-encrypting = Encrypting…
ui-data-exported-encrypted = Exported { $file }, encrypted. Keep the passphrase somewhere safe: it cannot be recovered.
ui-data-no-link = No link was made: { $error }.
ui-data-passphrase-hint = At least { $chars } characters.
ui-data-passphrase-short = Use a passphrase of at least { $chars } characters, such as four unrelated words.
ui-data-passphrases-differ = The two passphrases differ; type them again.
ui-data-share-link = Share link ({ $chars } characters)
ui-encrypt-and-export = Encrypt and export
ui-export-encrypted-json = Export encrypted JSON…
ui-export-encrypted-json-2 = Export encrypted JSON
ui-make-a-share-link = Make a share link
ui-passphrase = Passphrase
ui-repeat-the-passphrase = Repeat the passphrase
ui-the-file-is-encrypted-in-this = The file is encrypted in this browser with your passphrase (PBKDF2-SHA256 with 600,000 iterations, AES-256-GCM). Without the passphrase nobody can read it, including you.
# pages/data/import
ui-data-file-encrypted = { $file } is encrypted.
ui-data-not-decrypted = Not decrypted, and your data is unchanged: { $error }.
ui-data-not-imported = { $file } was not imported, and your data is unchanged. { $error }
ui-decrypt = Decrypt
ui-decrypt-the-file = Decrypt the file
ui-enter-the-passphrase-it-was-exported = {" "}Enter the passphrase it was exported with.
# pages/data/import_view
ui-cancel = Cancel
ui-data-import-file = Import { $file }?
ui-data-more-findings = … and { $count } more; they are listed on the pages after the import.
ui-decrypting = Decrypting…
ui-findings-in-the-files-risk-register = Findings in the file's risk register and assets
ui-import = Import
ui-import-json-or-a-spreadsheet = Import JSON or a spreadsheet
ui-import-preview = Import preview
ui-none = None.
ui-plain-and-encrypted-annexa-json-files = Plain and encrypted Annexa JSON files; an encrypted file asks for its passphrase. An asset register, risk register or SoA kept in a spreadsheet (CSV, XLSX, ODS) is mapped column by column. Nothing changes until you confirm.
ui-reading-the-file = Reading the file…
ui-replace-my-data = Replace my data
ui-the-file = The file
ui-your-current-data-will-be-replaced = Your current data (will be replaced)
# pages/data/page
ui-clear = Clear
ui-data-reports = Data & reports
ui-your-assessment-lives-in-this-browsers = Your assessment lives in this browser's storage. Export it to keep a copy or move it to another machine.
# pages/data/print
ui-print-gap-report = Print gap-check report
ui-print-methodology = Print methodology
ui-print-risks = Print risk report
ui-print-scope = Print scope statement
ui-print-soa = Print SoA
ui-print-treatment-plan = Print risk treatment plan
# pages/data/render
ui-data-exported = Exported { $file }.
ui-data-not-downloaded = { $file } was not downloaded: { $error }
ui-data-not-written = The file was not written: { $error }
ui-preparing = Preparing…
# pages/data/sections
ui-clear-all-data = Clear all data
ui-confirm-clearing-all-data = Confirm clearing all data
ui-data-delete-confirm = Delete { $summary } from this browser? Export JSON first if you may need it.
ui-data-download-docx = Download DOCX: { $document }
ui-data-download-pack = Download the Stage 1 pack (DOCX)
ui-data-export-workbook = Export XLSX workbook
ui-document-control = Document control
ui-documents-docx = Documents (DOCX)
ui-export = Export
ui-export-json = Export JSON
ui-export-risk-register-csv = Export risk register (CSV)
ui-export-soa-csv = Export SoA (CSV)
ui-import-and-export-are-switched-off = Import and export are switched off here by the page that embeds Annexa. Your data is saved in this browser.
ui-print = Print
ui-prints-a-clean-document-with-a = Prints a clean document with a header; choose "Save as PDF" in the print dialog for a PDF.
ui-version-date-author-approver-and-change = Version, date, author, approver and change history of each document, as the prints and files show them. The SoA's is on the SoA page.
ui-word-files-of-the-stage-1 = Word files of the Stage 1 documents, with their document control blocks, ready for review and signature.
ui-yes-clear-all-data = Yes, clear all data
# pages/data/sheet_import
ui-close = Close
ui-export-mapping = Export mapping
ui-header-row = Header row{" "}
ui-import-mapping = Import mapping
ui-importing = Importing…
ui-mapping-name = Mapping name{" "}
ui-merge = Merge
ui-merge-adds-new-rows-and-updates = Merge adds new rows and updates the items they match (by Annexa id or reference); Replace also removes the items of this register that no row matches. Both can be undone.
ui-replace = Replace
ui-rows-become = Rows become{" "}
ui-save-mapping = Save mapping
ui-sheet = Sheet{" "}
ui-sheet-import-rows = Import { $sheet }: { $rows } rows
ui-sheet-kind-assets = assets
ui-sheet-kind-risks = risks
ui-sheet-kind-soa = SoA lines
ui-sheet-reading = Reading { $file }…
ui-spreadsheet-import = Spreadsheet import
ui-use-a-saved-mapping = Use a saved mapping{" "}
# pages/data/sheet_view
ui-becomes = Becomes
ui-column = Column
ui-columns = Columns
ui-iso-iec-27001-2013-2022-transition = ISO/IEC 27001:2013 → 2022 transition report
ui-sample-values = Sample values
ui-sheet-field-for-column = Field for column { $column }
ui-sheet-more-rejected = … and { $count } more.
ui-sheet-not-mapped = not mapped (rows rejected)
ui-sheet-rejected-line = Line { $line }: { $reason }
ui-sheet-value-for = Value for { $value }
ui-sheet-values-of = Values of { $field }
# pages/gap_check/chart
ui-gap-not-answered = not answered
# pages/gap_check/page
ui-a-ten-minute-readiness-check-against = A ten-minute readiness check against ISO/IEC 27001: every clause from 4 to 10 and the everyday Annex A controls. Your answers are saved in this browser as you go, so you can stop and come back later.
ui-questions = Questions
ui-quick-gap-check = Quick gap check
ui-view = View
# pages/gap_check/question
ui-required-for-certification-so-not-applicable = {" "}Required for certification, so Not applicable is not offered.
ui-why-this-matters = Why this matters:{" "}
# pages/gap_check/questions
ui-gap-answered-of = { $answered } of { $total } answered
ui-gap-answered-short = { $answered } of { $total }
ui-gap-area-answered = {" "}· { $answered } of { $total } answered
ui-see-results = See results
# pages/gap_check/report
ui-clause = Clause
ui-document = Document
ui-gap-answered = { $answered } of { $total } questions answered; { $gaps } gap(s) found.
ui-gap-phase-figures = {" "}· { $gaps } open gap(s) · about { $days } person-day(s)
ui-gap-short-mode = Short mode
ui-gap-size-not-given = size not given
ui-gap-thorough-mode = Thorough mode
ui-gap-top-gaps = Top { $count } gaps
ui-gap-total = Total: about { $days } person-days of work. Effort figures are rough and scale with the size you gave.
ui-iso-iec-27001-readiness-report = ISO/IEC 27001 readiness report
ui-mandatory-documented-information = Mandatory documented information
ui-no-gaps-among-the-answered-questions = No gaps among the answered questions.
ui-overall-readiness = Overall readiness
ui-roadmap-to-certification = Roadmap to certification
ui-scores-per-annex-a-theme = Scores per Annex A theme
ui-scores-per-clause = Scores per clause
# pages/gap_check/results
ui-continue-to-full-assessment = Continue to full assessment
ui-continue-to-full-assessment-pre-fills = Continue to full assessment pre-fills the SoA status of every control an Annex A question covers and adds a suggested risk for each control question you answered No. Running it again adds no duplicate risks.
ui-export-results-json = Export results (JSON)
ui-print-report = Print report
# pages/gap_check/settings
ui-how-thorough = How thorough?
ui-not-given = Not given
ui-organisation-name = Organisation name
ui-organisation-size = Organisation size
# pages/home
ui-annexa-iso-iec-27001-risk-workbench = Annexa: ISO/IEC 27001 risk workbench
ui-build-your-asset-and-risk-register = Build your asset and risk register, score risks with your own method, get Annex A control recommendations, and produce a Statement of Applicability an auditor can follow.
ui-confirm-replacing-your-data = Confirm replacing your data
ui-every-calculation-runs-on-your-machine = {" "}Every calculation runs on your machine. Nothing is uploaded; data leaves only when you export it.
ui-home-replaces = This replaces your current assessment ({ $summary }). Export JSON on the Data page first if you may need it.
ui-load-example = Load example
ui-start-new-assessment = Start new assessment
ui-steps-of-an-assessment = Steps of an assessment
ui-ways-to-begin = Ways to begin
ui-your-data-never-leaves-this-browser = Your data never leaves this browser.
# pages/quant/page
ui-how-much-could-these-risks-cost = How much could these risks cost in a year? Annexa simulates many years of loss events from your FAIR estimates (Monte Carlo), in this browser: nothing is uploaded. Same seed, same numbers.
ui-quantify = Quantify
# pages/quant/portfolio
ui-no-risk-has-a-quantitative-estimate = No risk has a quantitative estimate yet. Open a risk on the{" "}
ui-quant-fill-panel = {" "}and fill in its Quantify panel.
ui-risks-in-the-portfolio = Risks in the portfolio
ui-run-simulation = Run simulation
ui-simulating = Simulating…
ui-treatment-page = Treatment page
# pages/quant/results
ui-after-treatment = After treatment
ui-against-the-risk-tolerance = Against the risk tolerance
ui-before-treatment = Before treatment
ui-expected-annual-loss-before-treatment = Expected annual loss before treatment
ui-loss-events-a-year = Loss events a year
ui-max = Max
ui-mean = Mean
ui-mean-loss-per-event = Mean loss per event
ui-min = Min
ui-no = No
ui-p-any-loss = P(any loss)
ui-phase = Phase
ui-portfolio = Portfolio
ui-quant-expected-caption = Expected loss: rate × mean magnitude ({ $currency }; no simulation, no spread, pyfair's style)
ui-quant-loss-above = Annual loss above ({ $currency })
ui-quant-results-summary = { $years } simulated years, seed { $seed }, amounts in { $currency }. Portfolio mean annual loss: { $currency } { $before } before treatment, { $currency } { $after } after.
ui-quant-simulated-loss = Simulated annual loss ({ $currency })
ui-results = Results
ui-sd = SD
ui-tail-value-at-risk-the-mean = Tail value at risk: the mean of the worst 5 % of years
ui-tolerated = Tolerated
ui-tvar-95 = TVaR 95
ui-within-tolerance-after-treatment = Within tolerance after treatment
ui-yes = Yes
# pages/quant/run
ui-quant-cancelled = Simulation cancelled.
ui-quant-cannot-run = Cannot run: { $error }
# pages/quant/settings
ui-add-tolerance-point = Add tolerance point
ui-currency-iso-code = Currency (ISO code)
ui-points-the-organisation-accepts-for-example = Points the organisation accepts: for example, at most a 10 % chance a year of losing more than 500,000.
ui-quant-point-loss = Point { $n }: annual loss above
ui-quant-point-probability = Point { $n }: at most this likely in a year
ui-quant-remove-point = Remove tolerance point { $n }
ui-random-seed = Random seed
ui-remove = Remove
ui-risk-tolerance-curve = Risk tolerance curve
ui-simulated-years-trials = Simulated years (trials)
ui-simulation-settings = Simulation settings
# pages/treatment/list
ui-decide-what-to-do-about-each = Decide what to do about each risk: mitigate with Annex A controls, accept it knowingly, avoid the activity, or transfer it. The controls you plan set the residual risk; the risk treatment plan below is yours.
ui-only-risks-above-tolerance = Only risks above tolerance
ui-overdue = Overdue
ui-risk-treatment-plan = Risk treatment plan
ui-treat = Treat
ui-treatment = Treatment
ui-treatment-overdue = { $count } treatment(s) are overdue.
ui-imported-file = Imported { $file }.
ui-step-nav = Steps of the assessment
ui-step-next = Next: { $step }
ui-step-back = Back: { $step }
ui-step-finish = Next: export the Stage 1 documents
ui-imported-merged = Imported { $file }: { $new } new, { $updated } updated.
# The simulation shared between workers (issue 17, item 4)
quant-share-damaged = A share of the simulation arrived damaged; run it again.
quant-share-lost = The simulation lost a share of its years; run it again.
quant-share-refused = This simulation worker cannot take a share of a run (an older version of Annexa is cached); reload the page.
quant-worker-failed = { $count ->
    [one] The simulation worker stopped
   *[other] One of the { $count } simulation workers stopped
} ({ $error }). Run the simulation again with fewer trials or fewer risks, or reload the page.
quant-worker-unreadable = A simulation worker sent a message Annexa cannot read; reload the page.
quant-worker-send = The simulation could not be sent to a worker ({ $error }); reload the page.

## Changing a scale: what it moves, before it is applied
rescale-line = { $what }: { $from } → { $to }
rescale-line-restored = { $what } restored: { $from } → { $to }
rescale-step = { $name } ({ $step } of { $steps })
rescale-asset-ratings = { $count } asset { $count ->
    [one] rating
   *[other] ratings
}
rescale-risk-likelihoods = { $count } risk { $count ->
    [one] likelihood
   *[other] likelihoods
}
rescale-risk-impacts = { $count } judged or hand-set risk { $count ->
    [one] impact
   *[other] impacts
}
rescale-current-ratings = { $count } current { $count ->
    [one] rating
   *[other] ratings
} (with existing controls)
rescale-residual-ratings = { $count } residual { $count ->
    [one] rating
   *[other] ratings
}
rescale-preview = Changing the { $scale } scale to { $steps } steps changes these ratings:
rescale-nothing = Changing the { $scale } scale to { $steps } steps changes no rating.
rescale-undo-hint = You can undo the change, and going back to { $steps } steps restores these ratings unless you change them in between.

## Deleting an asset that risks use
asset-delete-used-by = { $asset } is used by { $count ->
    [one] one risk
   *[other] { $count } risks
}:
asset-delete-risk = { $risk } { $title }
asset-delete-orphan = { $risk } { $title } (its only asset: its impact becomes unknown until you choose another asset or judge the impact directly)

## The start page: whom each way in is for, and coming back
home-for-new = For an owner or IT lead assessing their own organisation, step by step: context, assets, risks, treatment, then the Statement of Applicability.
home-for-example = For a first look: the finished register of a small client-services company, to explore and change freely.
home-for-gap-check = For a workshop or a first hour: questions on clauses 4 to 10 and a one-page result, with no register needed.
home-continue = Continue { $organisation }
home-last-saved = Last saved { $when }.
home-next-step = Next step: { $step }.
home-all-steps-done = Every step has a result: review the Statement of Applicability, or export the documents on the Data page.

## Treatment: a control's effect and the register-wide plan

effect-none = no direct effect
effect-likelihood = likelihood −{ $likelihood }
effect-impact = impact −{ $impact }
effect-both = likelihood −{ $likelihood }, impact −{ $impact }
plan-headline-within = No undecided risk is above tolerance after the controls already chosen: nothing to suggest.
plan-headline-above = { $risks } undecided risk(s) are above the tolerance ({ $level }) after the controls already chosen.
plan-outcome-within = After these steps every risk is within tolerance.
plan-outcome-remaining = Still above tolerance after every step: { $risks }. They need another option (avoid, transfer, accept) or further controls.

## Risks: why the inherent impact is what it is

impact-source = { $asset } { $name } ({ $property })
impact-hwm-threat = High-water mark over the properties the threat harms ({ $properties }): { $impact } from { $sources }.
impact-hwm-chosen = High-water mark over the properties this scenario harms ({ $properties }, chosen for this risk): { $impact } from { $sources }.
impact-judged = Judged directly for this event.
impact-overridden = Overridden (computed: { $computed }). Reason: { $reason }
impact-no-assets = Impact unknown: no assets, so it counts as the highest impact until you pick assets.
risk-saved = Risk { $risk } saved.
treatment-saved = Treatment of { $risk } saved.
impact-suggestion-hint = This is a suggestion: confirm it, or if this scenario would do less harm, tick "Override the computed impact" and give the reason.
impact-properties-hint = Which properties does this scenario harm? It starts with the threat's; untick those it cannot harm (a laptop theft harms confidentiality and availability, not integrity).

## Treatment: the rating the controls propose, and the acceptance record

proposal-likelihood = L{ $from } → L{ $to }
proposal-impact = I{ $from } → I{ $to }
proposal-control = { $control } { $effect }
proposal-reason = { $change }: { $controls }
proposal-reason-capped = { $change }: { $controls } (at most { $steps } steps per axis)
proposal-unchanged = No control changes the rating.
target-reason-missing = The residual you set for { $risk } differs from what the planned controls give: say why in "Reason for this residual", or clear "Set another residual".
control-done-no-risk = There is no risk { $risk }: reload the page and try again.
control-done-not-planned = { $control } is not a planned control of { $risk }: tick it under the recommended controls first.
acceptance-missing-accept = { $risk } is accepted but has no acceptance record: record who accepted it (the risk owner), when, until when and why.
acceptance-missing-residual = The residual risk of { $risk } is above the risk tolerance: record the risk owner's acceptance (who, when, until when, why) or plan more controls.
acceptance-incomplete = The acceptance of { $risk } is not complete: fill in { $fields }.
effort-xs = XS (hours)
effort-s = S (days)
effort-m = M (weeks)
effort-l = L (a month or two)
effort-xl = XL (a quarter or more)
acceptance-gap-by = who accepted it (Accepted by)
acceptance-gap-reason = why it is acceptable
acceptance-gap-period = a "Valid until" date on or after "Accepted on"

## Labels of options and statuses

inclusion-reason-risk-treatment = Risk treatment
inclusion-reason-legal-regulatory = Legal/regulatory
inclusion-reason-contractual = Contractual
inclusion-reason-business-practice = Business/best practice

implementation-status-not-started = Not started
implementation-status-planned = Planned
implementation-status-partially-implemented = Partially implemented
implementation-status-implemented = Implemented
implementation-status-not-applicable = Not applicable

gap-answer-yes = Yes
gap-answer-partly = Partly
gap-answer-no = No
gap-answer-not-applicable = Not applicable
gap-answer-dont-know = Don't know

gap-mode-short = Short (about 10 minutes)
gap-mode-thorough = Thorough (every Annex A control)

size-band-micro = 1–10 people
size-band-small = 11–50 people
size-band-medium = 51–250 people
size-band-large = More than 250 people

treatment-option-mitigate = Mitigate
treatment-option-accept = Accept
treatment-option-avoid = Avoid
treatment-option-transfer = Transfer
treatment-status-not-started = Not started
treatment-status-in-progress = In progress
treatment-status-done = Done

sector-saas-cloud = SaaS / cloud
sector-fintech-ecommerce = Fintech / e-commerce
sector-healthcare = Healthcare
sector-education = Education
sector-logistics = Logistics
sector-managed-services = Managed services
sector-public-sector = Public sector
sector-professional-services = Professional services (accounting, legal, consulting)
sector-retail = Retail
sector-manufacturing = Manufacturing
sector-non-profit = Non-profit

gap-area-context = 4 Context of the organization
gap-area-leadership = 5 Leadership
gap-area-planning = 6 Planning
gap-area-support = 7 Support
gap-area-operation = 8 Operation
gap-area-performance = 9 Performance evaluation
gap-area-improvement = 10 Improvement
gap-area-organizational = A.5 Organizational controls
gap-area-people = A.6 People controls
gap-area-physical = A.7 Physical controls
gap-area-technological = A.8 Technological controls

gap-area-short-context = 4 Context
gap-area-short-leadership = 5 Leadership
gap-area-short-planning = 6 Planning
gap-area-short-support = 7 Support
gap-area-short-operation = 8 Operation
gap-area-short-performance = 9 Performance
gap-area-short-improvement = 10 Improvement
gap-area-short-organizational = A.5 Organizational
gap-area-short-people = A.6 People
gap-area-short-physical = A.7 Physical
gap-area-short-technological = A.8 Technological

gap-phase-scope-and-leadership = Scope and leadership
gap-phase-risk-assessment-and-treatment = Risk assessment and treatment
gap-phase-implementation-and-documentation = Implementation and documentation
gap-phase-operation-and-internal-audit = Operation and internal audit
gap-phase-certification-audit = Stage 1 and stage 2 audit

document-status-present = Present
document-status-partial = Partly there
document-status-missing = Missing
document-status-not-answered = Not answered

theme-organizational = Organizational controls
theme-people = People controls
theme-physical = Physical controls
theme-technological = Technological controls

asset-type-information = Information
asset-type-software = Software
asset-type-hardware = Hardware
asset-type-service = Service
asset-type-people = People
asset-type-site = Site
asset-type-supplier = Supplier
asset-type-cloud-service = Cloud service

security-property-confidentiality = Confidentiality
security-property-integrity = Integrity
security-property-availability = Availability

stage-inherent = Inherent
stage-current = Current
stage-residual = Residual

## Lint findings: what is wrong and what to do

lint-excluded-without-justification = Control { $control } { $title } is excluded without a justification: write why it does not apply, or mark it applicable.
lint-applicable-without-driver = Control { $control } { $title } is applicable but nothing drives it: link it to a risk or give an inclusion reason (legal, contractual, business).
lint-untreated-risk = Risk { $risk } is { $level } (above the tolerance of { $tolerance }) and has no treatment: choose mitigate, avoid or transfer, or record an acceptance.
lint-residual-above-current = Risk { $risk }: the residual { $what } ({ $residual }) is above the current { $what } ({ $current }); a treatment should not raise a risk, so check the target likelihood and impact.
lint-mitigation-without-control = Risk { $risk } is to be mitigated but no control is planned: pick controls from the recommendations.
lint-expired-acceptance = Risk { $risk }: the acceptance by { $by } ran out on { $until }: review the risk and renew or change the decision.
lint-accepted-by-someone = someone
lint-asset-without-owner = Asset { $asset } { $name } has no owner: name the person accountable for it.
lint-control-to-decide = Control { $control } { $title } is still to be decided: no risk, requirement or gap-check answer drives it. Decide: mark it applicable with a reason, or exclude it with a justification.
lint-excluded-but-used = Control { $control } { $title } is excluded, but risk { $risks } relies on it: mark it applicable, or take it out of those risks' controls.
lint-excluded-but-required = Control { $control } { $title } is excluded, but the requirements of { $parties } call for it (Context, interested parties): mark it applicable, or take it out of those parties' controls if they no longer require it.
lint-residual-lowered-without-control = Risk { $risk }: the residual risk is lower than the current risk, but no control is planned (option: { $option }): plan the controls that lower it, or set the target back to the current rating.
lint-current-above-inherent = Risk { $risk }: the current { $what } ({ $current }) is above the inherent one ({ $inherent }); controls in place cannot raise a risk, so check the current rating.
lint-control-in-place-and-planned = Risk { $risk }: control { $control } is both in place and planned: keep it in one list (in place if it already works, planned if it still has to be put in place).
lint-accept-without-record = Risk { $risk } is to be accepted, but there is no acceptance record: record who accepted it, when, until when and why.
lint-acceptance-incomplete = Risk { $risk }: the acceptance record has no { $missing }: complete it, since an auditor asks who accepted the risk and why.
lint-duplicate-control = Risk { $risk }: control { $control } is listed twice among the { $list }: remove the second entry.
lint-risk-without-title = Risk { $risk } has no title: describe the risk in a few words.
lint-impact-unknown = Risk { $risk } { $title } is asset-based but has no assets left, so its impact is unknown (scored at the highest impact until then): pick its assets, or judge the impact with a reason.
lint-residual-not-accepted = Risk { $risk } stays { $level } after treatment, above the risk tolerance ({ $tolerance }), and no one has accepted it: record the risk owner's acceptance of the residual risk (who, when, until when, why), or plan more controls.
lint-asset-without-risk = Asset { $asset } { $name } is rated { $rating } but no risk covers it: identify the risks to it, or lower its rating if it is wrong.
lint-what-likelihood = likelihood
lint-what-impact = impact
lint-what-level = level
lint-no-option = none chosen
lint-missing-approver = approver
lint-missing-reason = reason
lint-list-existing = controls in place
lint-list-planned = planned controls

## Lists

list-and = { $first } and { $second }

## The Statement of Applicability: its standard and generated justifications

soa-standard-2022 = ISO/IEC 27001:2022 (incl. Amd 1:2024)
soa-standard-2013 = ISO/IEC 27001:2022 Annex A, for an assessment in the 2013 edition (its 2013 control ids mapped to 2022 through Annex B)
cell-cut = … and { $count } more characters
soa-mapped-from-2013 = This SoA lists the 93 controls of ISO/IEC 27001:2022. The file used 2013 control ids, mapped to 2022 through Annex B: { $mapping }.
soa-justification-risk = { $risk } ({ $title })
soa-justification-more = and { $count } more
soa-justification-risks = Selected to treat { $risks }.
soa-justification-legal = Required by law or regulation.
soa-justification-contractual = Required by customer or partner contracts.
soa-justification-business = Adopted as good practice for the business.
soa-justification-legal-by = Required by law or regulation, a requirement of { $parties }.
soa-justification-contractual-by = Required by contract with { $parties }.
soa-justification-party-by = Required by interested parties: { $parties }.
soa-justification-answer = { $question } ({ $answer })
soa-justification-answers = The gap check asks about it: { $answers }.
soa-decision-applicable = Applicable
soa-decision-excluded = Excluded
soa-decision-to-decide = To be decided

## Why a control is recommended

reason-threat = Treats threat { $threat } { $name }: { $rationale }
reason-vulnerability = Closes vulnerability { $vulnerability } { $name }: { $rationale }
reason-properties = Protects { $properties }, which this risk harms
reason-recovers = Detects or recovers from outages, which limits an availability impact
reason-preventive = Preventive, and this risk is driven more by likelihood than impact

## Reports: Markdown titles, headings, columns and sentences

md-yes = yes
md-no = no
column-rank = #
column-control = Control
column-effort = Effort
column-lowers = Lowers
column-brings-within-tolerance = Brings within tolerance
column-score = Score
column-effect = Effect
column-in-place = In place
column-why = Why
column-applicable = Applicable
column-reasons = Reasons
column-risks = Risks
column-justification = Justification
column-status = Status
column-owner = Owner
column-area = Area
column-answered = Answered
column-clause = Clause
column-document = Document
column-kind = Kind
column-answer = Answer
column-priority = Priority
column-what-to-do = What to do
column-phase = Phase
column-open-gaps = Open gaps
column-effort-days = Effort (person-days)
md-plan-heading = Suggestions
md-rtp-heading = Risk treatment plan
column-risk = Risk
column-option = Option
column-due = Due
column-residual = Residual
md-recommendations-title = Control recommendations
md-recommendations-risk = { $risk } { $title } (current: { $level })
md-no-library-mapping = No library mapping: pick a threat or vulnerabilities to get recommendations.
md-soa-title = Statement of Applicability
soa-organisation = Organisation
soa-scope = ISMS scope
soa-standard = Standard
soa-version = SoA version
soa-date = Date
soa-approved-by = Approved by
md-soa-applicable = { $applicable } of { $total } controls applicable.
md-soa-excluded = Excluded: { $justification }
register-acceptance = by { $by } on { $on } until { $until }: { $reason }
gap-score = { $score } / 100
gap-score-not-answered = not answered
gap-size-not-given = not given
md-gap-answered-of = { $answered } of { $total }
md-gap-title = ISO/IEC 27001 gap check: { $organisation }
md-gap-summary = Mode: { $mode }. Size: { $size }. { $answered } of { $total } questions answered.
md-gap-overall = Overall readiness: { $score }
md-gap-clauses = Clauses 4–10
md-gap-themes = Annex A themes
md-gap-documents = Mandatory documented information
document-maintained = maintained
document-retained = retained
md-gap-top-gaps = Top gaps
md-gap-count = { $gaps } gap(s) in all.
md-gap-none = No gaps among the answered questions.
md-gap-roadmap = Roadmap
md-gap-total = Total

## The gap check's roadmap: phases and timeline

gap-phase-scope-and-leadership-about = Agree with management why you want the ISMS, what it covers and who owns it.
gap-phase-risk-assessment-and-treatment-about = Assess your risks with a documented method, decide how to treat them, and record the controls in the Statement of Applicability.
gap-phase-implementation-and-documentation-about = Put the chosen controls in place, train people, and write the policies and procedures the ISMS needs.
gap-phase-operation-and-internal-audit-about = Run the ISMS for a few months to build up records, measure it, audit it internally and hold a management review.
gap-phase-certification-audit-about = Choose an accredited certification body. Stage 1 reviews your documents; stage 2 checks that the ISMS works in practice. Close any findings they raise.
gap-timeline-most = Most organisations
gap-timeline-of-size = Organisations of { $size }
gap-timeline-scored = { $who } typically need { $min } to { $max } months from start to certificate. With a readiness score of { $score }, expect about { $likely } months.
gap-timeline-unscored = { $who } typically need { $min } to { $max } months from start to certificate. Answer the questions to narrow this down.

## The spreadsheet import

import-error-empty = The file has no cells. Choose the file that holds your register, or export the sheet again.
import-error-no-header = The sheet has no header row with data under it. Put the column names in one row above the data, or choose the header row.
import-error-too-many-rows = The sheet has { $rows } rows; Annexa imports at most { $limit }. Split the sheet and import it in parts.
import-error-too-many-columns = The sheet has { $columns } columns; Annexa reads at most { $limit }. Delete the columns you do not need, or copy the register to a sheet of its own.
import-error-too-large = The file is { $mib } MiB; Annexa imports spreadsheets of at most { $limit } MiB. Save only the sheet with the register, as CSV or XLSX.
import-error-zip-bomb = The workbook's parts would inflate to { $mib } MiB, far more than any register needs, so Annexa did not open it. Open it in your spreadsheet program and save it again, or export the sheet as CSV.
import-error-merged = Sheet "{ $sheet }" has merged cells ({ $range }), which hide which row a value belongs to. Unmerge the cells (and fill each row), then import again.
import-error-protected = The workbook is protected by a password. Open it in your spreadsheet program, remove the password (or save a copy without it), then import the copy.
import-error-corrupt = The file is not a CSV, XLSX or ODS spreadsheet Annexa can read ({ $detail }). Save it again from your spreadsheet program as CSV or XLSX.
import-error-no-sheet = The workbook has no sheet "{ $sheet }". Choose one of its sheets.
import-error-header-row = Row { $row } cannot be the header row: the sheet has { $rows } rows. Choose a row that holds the column names.
import-error-bad-mapping = This is not an Annexa column mapping ({ $detail }). Choose a mapping file Annexa exported, or map the columns again.
import-error-invalid = Nothing was imported: the result would not be a valid assessment ({ $detail }). Merge instead of replacing, or fix the rows and import again.
import-row-missing = { $field } is empty: fill it in, or map the column that holds it.
import-row-unmapped = "{ $value }" in { $field } has no Annexa value: choose one in the value table.
import-row-out-of-scale = { $field } is step { $step }, but the scale has { $steps } steps: choose a step from 1 to { $steps } in the value table.
import-row-not-a-control = "{ $value }" is not an Annex A control: write it as 5.1 or A.5.1 (2022), or A.9.2.1 (2013).
import-row-unknown-asset = No asset "{ $value }" in the asset register: import the asset register first, or write its id (A-01), reference or exact name.
import-row-unknown-library-item = "{ $value }" in { $field } is not in Annexa's library: write its id (T07, V03) or its exact name, or ignore the column.
import-row-duplicate = "{ $value }" is also on line { $line }: keep one of the two rows, or give each its own reference.
import-row-invalid = { $detail }
import-impact-reason = Impact as given in the imported risk register.
import-transition-fed = { $control } ← { $from }
import-transition-disagree = { $control }: the 2013 lines disagree on { $field } ({ $lines }); Annexa kept the applicable one and the least advanced status: check the line.
import-transition-new = New in ISO/IEC 27001:2022, each needs a decision in the SoA: { $controls }.
import-transition-line = { $control } (line { $line })

## The Stage 1 pack's documents

doc-title-scope = ISMS scope statement
doc-title-methodology = Risk assessment methodology
doc-title-risk-assessment = Risk assessment report
doc-title-risk-treatment-plan = Risk treatment plan
doc-title-soa = Statement of Applicability
doc-title-gap-report = Gap-check report
doc-running-header = { $organisation } · { $title } · version { $version }
doc-control-heading = Document control
doc-history-heading = Change history
doc-history-none = No changes recorded yet: add a row to the change history when you issue a new version.
doc-organisation = Organisation
doc-title = Document
doc-standard-clause = ISO/IEC 27001:2022 clause
doc-standard = Standard
doc-sector = Sector
doc-version = Version
doc-date = Date
doc-author = Author
doc-approver = Approved by
doc-approval-date = Approval date
doc-change = Change
doc-draft = Draft (no version set)
doc-not-set = Not set
doc-not-approved = Not approved yet
doc-not-answered = Not answered
doc-yes = Yes
doc-no = No
doc-applicable = Applicable
doc-not-applicable = Not applicable
doc-exclusion-missing = No exclusion justification given: write why this control is not needed.
doc-event-based = Event-based (no assets)
doc-scope-organisation = Organisation
doc-scope-statement = Scope statement
doc-scope-statement-missing = No scope statement yet: write it under Context, in one or two sentences naming what the ISMS covers.
doc-scope-boundaries = Boundaries: sites, services and teams
doc-scope-boundaries-missing = No sites, services or teams recorded yet: add them under Context.
doc-scope-boundary = Boundary
doc-scope-in-scope = In scope
doc-scope-site = Site
doc-scope-service = Service
doc-scope-team = Team
doc-scope-interfaces = Interfaces and dependencies
doc-scope-interfaces-about = The services, cloud services and suppliers of the asset register that the ISMS depends on.
doc-scope-interfaces-none = None recorded: add your suppliers, cloud services and services to the asset register.
doc-scope-parties = Interested parties and their requirements
doc-scope-parties-none = No interested parties recorded yet: add them under Context with what each requires.
doc-scope-exclusions = Exclusions
doc-scope-exclusions-about = { $count } Annex A control(s) are excluded in the Statement of Applicability. { $missing ->
        [0] Each has its exclusion justification.
       *[other] { $missing } still need an exclusion justification.
    }
doc-scope-exclusions-none = No Annex A control is excluded.
doc-method-purpose-heading = Purpose
doc-method-purpose = This methodology sets the risk criteria and the way information security risks are identified, analysed and evaluated, so that repeated assessments give consistent, valid and comparable results.
doc-method-criteria-heading = Risk criteria
doc-method-likelihood-heading = Likelihood scale
doc-method-impact-heading = Impact scale
doc-method-impact-about = Assets are rated on this scale for confidentiality, integrity and availability.
doc-method-matrix-heading = Risk matrix
doc-method-matrix-about = The risk level of each combination of likelihood (rows, highest at the top) and impact (columns).
doc-method-acceptance-heading = Risk acceptance criteria
doc-method-tolerance = Risks at { $level } or below are acceptable without treatment. Risks above it need a risk treatment plan; any residual risk above it is retained only with the risk owner's recorded acceptance.
doc-method-judging-heading = How likelihood and impact are judged
doc-method-judging-likelihood = Likelihood is judged per risk from the threat, the vulnerabilities it exploits and the organisation's history, on the likelihood scale.
doc-method-judging-high-water-mark = For a risk identified from assets, the impact is the high-water mark: the highest rating of its assets for the properties (confidentiality, integrity, availability) the threat harms.
doc-method-judging-event = For an event-based risk, with no assets, the impact is judged directly on the impact scale.
doc-method-judging-overrides = A computed impact may be overridden only with a written reason, which the risk assessment report shows. { $count } risk(s) of the register use an override.
doc-method-judging-stages = Each risk is evaluated three times: inherent (no controls), current (the controls in place) and residual (once the risk treatment plan is carried out).
doc-method-repeat-heading = When the assessment is repeated
doc-method-repeat = The risk assessment is repeated at least once a year, and whenever a significant change is proposed or occurs: new services, sites or suppliers, a major incident, or a change of the risk criteria. Each run is kept as documented information.
doc-legend-likelihood = Likelihood (L)
doc-legend-impact = Impact (I)
doc-legend-levels = Risk levels
doc-legend-tolerance = Risk acceptance criteria
doc-legend-score = L × I
doc-legend-score-about = Likelihood times impact, shown for ranking; the level comes from the risk matrix. Inh. = inherent (no controls), Res. = residual (after the risk treatment plan).
doc-ra-summary-heading = Summary
doc-ra-summary = { $risks } risk(s) assessed. Above the risk acceptance criteria: { $inherent } inherent, { $residual } residual.
doc-ra-method-heading = Method legend
doc-ra-heatmaps-heading = Heatmaps
doc-ra-register-heading = Risk register
doc-basis-high-water-mark = High-water mark: { $sources }
doc-basis-judged = Judged (event-based)
doc-basis-overridden = Set by hand (computed { $computed }): { $reason }
doc-basis-no-assets = No rated assets: lowest impact
doc-rtp-about-heading = Purpose
doc-rtp-about = For each risk: the treatment option chosen, the Annex A controls to implement, who owns the treatment, when it is due, how far it has got and the residual risk expected once it is done.
doc-rtp-plan-heading = Treatment per risk
doc-rtp-no-risks = The risk register is empty: identify risks first.
doc-rtp-acceptance-heading = Risk acceptance records
doc-rtp-acceptance-about = The risk owners' approval of the plan and their acceptance of the residual risks (ISO/IEC 27001:2022 6.1.3 f).
doc-rtp-acceptance-none = No acceptance recorded yet: record who accepts each residual risk above the criteria, when and until when.
doc-soa-about-heading = About this Statement of Applicability
doc-soa-applicable = Applicable controls
doc-gap-summary-heading = Summary
doc-gap-mode = Mode
doc-gap-size = Organisation size
doc-gap-overall = Overall readiness (0–100)
doc-gap-appendix-heading = Appendix: questions and answers
doc-column-id = Id
doc-column-title = Title
doc-column-asset = Asset
doc-column-assets = Assets
doc-column-type = Type
doc-column-description = Description
doc-column-location = Location
doc-column-confidentiality = C
doc-column-integrity = I
doc-column-availability = A
doc-column-interested-party = Interested party
doc-column-requirements = Requirements
doc-column-exclusion-justification = Exclusion justification
doc-column-value = Value
doc-column-name = Name
doc-column-definition = Definition
doc-column-level = Risk level
doc-column-acceptable = Acceptable without treatment
doc-column-risk = Risk
doc-column-risk-owner = Risk owner
doc-column-impact-basis = Impact basis
doc-column-inherent-l = Inh. L
doc-column-inherent-i = Inh. I
doc-column-inherent-lxi = Inh. L × I
doc-column-inherent-level = Inherent level
doc-column-existing-controls = Controls in place
doc-column-current-level = Current level
doc-column-residual-l = Res. L
doc-column-residual-i = Res. I
doc-column-residual-lxi = Res. L × I
doc-column-residual-level = Residual level
doc-column-within-tolerance = Within criteria
doc-column-option = Option
doc-column-controls = Annex A controls
doc-column-treatment-owner = Treatment owner
doc-column-due = Due
doc-status-overdue = { $status }, overdue
doc-column-effort = Effort
doc-to-decide = Not decided yet: include it with a reason, or exclude it with a justification.
doc-column-cost = Cost
doc-column-residual-basis = Residual basis
doc-residual-set-by-hand = Set by hand (no reason recorded)
doc-column-accepted-by = Accepted by
doc-column-accepted-on = Accepted on
doc-column-accepted-until = Valid until
doc-column-reason = Reason
doc-column-applicability = Applicability
doc-column-evidence = Evidence
doc-column-score-of-100 = Score (0–100)
doc-column-answered-count = Answered
doc-column-questions = Questions
doc-column-question = Question
doc-heatmap-axes = Likelihood ↑ · Impact →
doc-page-of = Page { $page } of { $pages }
xlsx-title = ISMS workbook: Stage 1 documents
xlsx-sheet-cover = Cover
xlsx-sheet-soa = SoA
xlsx-sheet-risk-register = Risk register
xlsx-sheet-risk-treatment-plan = Risk treatment plan
xlsx-sheet-risk-acceptance = Risk acceptance
xlsx-sheet-asset-register = Asset register
xlsx-sheet-method = Method
xlsx-sheet-history = Change history
xlsx-sheet-gap = Gap results
xlsx-sheet-risk-data = Risk register data
xlsx-column-theme = Theme
xlsx-column-part = Part
xlsx-acceptable = Acceptable without treatment
xlsx-needs-treatment = Needs a risk treatment plan
xlsx-header-version = { $title } · version { $version }
xlsx-cell-cut = { " " }… (cut at the cell's limit: the full text is in the JSON export)
xlsx-generated = Generated on

## Issue 18 (wt-a): limits in the forms, the checked autosave, the recovery view's repair, the simulation's run estimate.
field-limit-reached = This field holds at most { $limit } characters: Annexa keeps no more, so shorten the text or move part of it elsewhere.
autosave-refused-title = Your latest change is not saved.
autosave-refused = Annexa checks what it saves so that it always loads again, and { $field } would not: { $problem }. Change that field and Annexa saves again; what was saved before is kept.
recovery-title = Your saved data could not be read.
recovery-body = Annexa kept the original text under the key "{ $key }"; download it to inspect it (it is also listed on the Data page). Reason: { $reason }
recovery-download = Download the unreadable data
banner-dismiss = Dismiss
recovery-repairable = Annexa can load it anyway after repairing it. { $count ->
    [one] It would make this change:
   *[other] It would make these { $count } changes:
}
recovery-load-repaired = Load it anyway, repaired
recovery-loaded = Loaded your saved data, repaired ({ $count ->
    [one] 1 change
   *[other] { $count } changes
}). The original is kept under the key "{ $key }".
repair-shortened = { $path }: the text was { $from } characters long, more than the { $to } Annexa keeps; its end was cut off: check what is left.
repair-renumbered = { $path }: the id "{ $from }" does not fit the id format, so it is now "{ $to }", and every reference to it follows.
quant-run-estimate = Estimated run time: about { $seconds } s in this browser, for { $years } scenario-years and about { $events } loss events (the native simulation draws about { $rate } values a second; a browser takes about twice as long).
## Issue 14 (wt-d): findable libraries, glossary, badge tooltips
combo-placeholder = Type a name, an id or a word…
combo-keys-hint = Type to search. Up and Down move through the matches, Enter chooses, Escape closes the list.
combo-chosen = { $count } chosen
combo-no-match = Nothing matches: try another word, or an id such as T11.
combo-more = { $count } more: type more of the name to narrow the list.
combo-remove = Remove { $item }
combo-linked = linked to the threat
risk-no-threat = No threat chosen
risk-threat-label = Threat
risk-vulns-label = Vulnerabilities
risk-existing-label = Existing controls (already in place)
risk-existing-toggle = Existing controls (already in place): { $count } chosen
treatment-other-control-label = Plan another Annex A control
treatment-recommended = Recommended controls
risk-likelihood-label = Likelihood (inherent)
risk-harms-legend = Harms
risk-owner-label = Risk owner
treatment-current-level = Current level:
treatment-residual-level = Residual level:
treatment-option-label = Treatment option
treatment-effort-label = Effort
treatment-planned = Planned controls
term-help = What is “{ $term }”?
term-more = All terms on the help page
help-title = Help: the words Annexa uses
help-intro = ISO/IEC 27001 has its own vocabulary. Here is each word Annexa shows, in plain terms for the owner of a small firm. The “?” next to a word on a form opens the same entry where you are.
help-nav = Help
badge-tip-within = Risk level { $level }: likelihood step { $l } × impact step { $i }. ✓ Within your risk tolerance: acceptable without further treatment.
badge-tip-above = Risk level { $level }: likelihood step { $l } × impact step { $i }. Above your risk tolerance: it needs a risk treatment plan.
glossary-isms-name = ISMS (information security management system)
glossary-isms = The way your firm runs information security as a whole: who is responsible, which risks you found, what you decided to do about them, and how you check it keeps working. ISO/IEC 27001 certifies this system, not a product. Annexa helps you write its core: the context, the risk assessment, the risk treatment and the Statement of Applicability.
glossary-high-water-mark-name = High-water mark
glossary-high-water-mark = A risk that touches several assets takes the impact of the most valuable one. If a risk affects your laptop (impact 2) and your client files (impact 4), its impact is 4: the harm is at least as bad as the worst thing it can damage. You can override it with a reason.
glossary-inherent-risk-name = Inherent risk
glossary-inherent-risk = How big a risk is before counting any of your safeguards: its likelihood and its impact if nothing stood in the way. It shows why a control matters.
glossary-current-risk-name = Current risk
glossary-current-risk = How big a risk is today, with the controls you already have in place (for example backups you already run). Annexa proposes it from the existing controls you tick; you can assess it yourself instead.
glossary-residual-risk-name = Residual risk
glossary-residual-risk = The risk that is left once your planned treatment is done. The risk owner must accept what remains (ISO/IEC 27001 6.1.3 f), so keep it within your tolerance or record why you accept more.
glossary-l-x-i-name = L×I (likelihood × impact)
glossary-l-x-i = A short way to write a rating: “L4×I5” means likelihood step 4 and impact step 5 on your scales. The matrix of your risk criteria turns the pair into a level such as High. The steps and their meanings are on the Context page.
glossary-within-tolerance-name = ✓ on a level badge
glossary-within-tolerance = A ✓ after a level (for example “Low ✓”) means the level is within your risk tolerance: you may accept it without further treatment. A badge without ✓ is above the tolerance and needs a risk treatment plan.
glossary-cia-name = C, I and A (confidentiality, integrity, availability)
glossary-cia = The three things security protects. Confidentiality: only the right people can read the information. Integrity: it is correct and nobody altered it. Availability: it is there when you need it. Each asset is rated on each, and each risk harms one or more of them.
glossary-finding-code-name = Finding codes (SOA-001, RISK-002 …)
glossary-finding-code = Each gap Annexa finds in your work has a short code, such as SOA-001 for a control with no decision in the Statement of Applicability. The letters say where the gap is (SOA, RISK, ASSET, CTX …) and the number which check found it, so you can look it up and tell an auditor which one you fixed.
glossary-effort-name = Effort (XS, S, M, L, XL)
glossary-effort = A rough size of the work to put a control in place: XS is hours (a setting), S is days (one person), M is weeks (a procedure and some tooling), L is a month or two (across teams), XL is a quarter or more (new systems or organisation change). It helps you plan, not bill.
glossary-fair-name = FAIR (Factor Analysis of Information Risk)
glossary-fair = A way to put risks in money: how often a loss event may happen in a year, and how much each one may cost. Annexa asks for a low and a high estimate of each and simulates many years to show the likely annual loss, before and after treatment.
glossary-lognormal-name = Lognormal
glossary-lognormal = The shape Annexa gives your loss estimates: most losses are near the lower end of your range, and a few are much larger. It fits costs of incidents well, because a cost cannot be negative and the worst case can be far above the usual one.
glossary-random-seed-name = Random seed
glossary-random-seed = The number the simulation starts its random draws from. The same seed with the same estimates gives exactly the same results, so a report can be checked and repeated. Change it to see how much the results vary.
glossary-risk-owner-name = Risk owner
glossary-risk-owner = The person with the authority and the budget to deal with a risk, often a manager or a partner, not the IT person by default. The risk owner approves the risk treatment plan and accepts the residual risk.
glossary-risk-treatment-plan-name = Risk treatment plan
glossary-risk-treatment-plan = Your list of what you will do about each risk: the option (modify, avoid, share or accept), the controls, who does it and by when. ISO/IEC 27001 6.1.3 e asks for it, and auditors read it next to the Statement of Applicability.
glossary-soa-name = Statement of Applicability (SoA)
glossary-soa = The list of all 93 controls of Annex A, saying for each whether it applies to you, why, and whether it is in place. It is the document an auditor asks for first (ISO/IEC 27001 6.1.3 d). Annexa fills it from your risks; you decide the rest.
glossary-risk-criteria-name = Risk criteria
glossary-risk-criteria = The rules you rate risks by: the likelihood and impact scales with what each step means, the matrix that turns a pair into a level, and the tolerance: the highest level you accept without treatment (ISO/IEC 27001 6.1.2 a). Set them once on the Context page and use them for every risk.
glossary-nonconformity-name = Nonconformity
glossary-nonconformity = Something that does not meet a requirement: of the standard, or of your own rules (for example a policy nobody follows). An auditor reports it; you correct it, find the cause and keep a record of what you did (ISO/IEC 27001 10.2).
glossary-documented-information-name = Documented information
glossary-documented-information = The standard's name for documents and records: policies and procedures you keep up to date, and records such as the risk assessment results that you keep as evidence. They can be files in any format, as long as they are controlled (ISO/IEC 27001 7.5).
## Issue 14: phone layouts, SoA by theme, navigation counts
nav-label = Workflow
nav-menu = Menu
nav-soa-counts = { $to_decide ->
    [one] 1 control
   *[other] { $to_decide } controls
} to decide, { $findings ->
    [one] 1 finding
   *[other] { $findings } findings
}
nav-to-decide = { $count ->
    [one] 1 control to decide
   *[other] { $count } controls to decide
}
nav-findings = { $count ->
    [one] 1 finding to fix on the SoA page
   *[other] { $count } findings to fix on the SoA page
}
col-id = ID
col-name = Name
col-type = Type
col-owner = Owner
col-c = C
col-i = I
col-a = A
col-confidentiality = Confidentiality
col-integrity = Integrity
col-availability = Availability
col-actions = Actions
col-risk = Risk
col-inherent = Inherent
col-current = Current
col-residual = Residual
col-treatment = Treatment
col-option = Option
col-planned-controls = Planned controls
col-due = Due
col-status = Status
col-effort = Effort
col-cost = Cost ({ $currency })
soa-theme-counts = { $shown ->
    [one] 1 control
   *[other] { $shown } controls
}, { $to_decide } to decide, { $findings ->
    [one] 1 finding
   *[other] { $findings } findings
}
soa-expand-all = Open all themes
soa-collapse-all = Close all themes
soa-open-control = Open { $control } in the SoA
soa-link-unknown = The link asks for control “{ $given }”, which is not one of the 93 controls of ISO/IEC 27001:2022 Annex A (5.1 to 8.34). All controls are listed below: open a theme to find the one you want.
quant-tolerance-curve = Risk tolerance curve

## pages (wt-pages): the markup's last English (issue 12 §2)
pg-edit = Edit
pg-delete = Delete
pg-pages = Pages
pg-previous = Previous
pg-next = Next
pg-no-owner = no owner
pg-assets = Assets
pg-the-information-systems-people-and-suppliers = The information, systems, people and suppliers that matter. Rate how bad a loss of confidentiality, integrity or availability would be; risks inherit the highest rating of their assets.
pg-add-asset = Add asset
pg-filter-assets = Filter assets
pg-asset-register = Asset register
pg-page-not-found = Page not found
pg-that-address-is-not-part-of = That address is not part of Annexa. Use the navigation above.
pg-impact-judged = Impact (judged)
pg-override-the-computed-impact = Override the computed impact
pg-impact-to-use = Impact to use
pg-reason-for-the-override = Reason for the override
pg-assess-the-current-level-with-existing = Assess the current level with existing controls separately
pg-current-likelihood = Current likelihood
pg-current-impact = Current impact
pg-heatmap = Heatmap
pg-heatmap-shows = Heatmap shows
pg-risks = Risks
pg-each-risk-combines-assets-a-threat = Each risk combines assets, a threat and the vulnerabilities it exploits (or describes an event). Its level comes from your method's matrix.
pg-register = Register
pg-show-all = Show all
pg-risk-register = Risk register
pg-decide-the-controls-shown = Decide the controls shown
pg-reason-to-include = Reason to include
pg-justification-for-excluding = Justification for excluding
pg-from-reasons = Automatic (from reasons)
pg-no-reason-yet = Automatic (no reason yet)
pg-applicable = Applicable
pg-excluded = Excluded
pg-automatic-from-the-register = Automatic (from the register)
pg-applicability = Applicability
pg-implementation-status = Implementation status
pg-inclusion-reasons = Inclusion reasons
pg-justification-edited = Justification (edited)
pg-justification-generated-until-you-edit-it = Justification (generated until you edit it)
pg-use-the-generated-text-again = Use the generated text again
pg-exclusion-justification-required = Exclusion justification (required)
pg-evidence-one-reference-per-line = Evidence (one reference per line)
pg-all-themes = All themes
pg-any-status = Any status
pg-any-decision = Any decision
pg-filter-controls = Filter controls
pg-theme = Theme
pg-treatment-owner = Treatment owner
pg-due-date = Due date
pg-not-estimated = Not estimated
pg-choose-a-threat-or-vulnerabilities-for = Choose a threat or vulnerabilities for this risk to get recommendations.
pg-when-a-control-is-in-place = When a control is in place, mark it done: it joins the existing controls, the current level follows and the SoA shows it implemented.
pg-set-another-residual-with-a-reason = Set another residual (with a reason)
pg-residual-likelihood = Residual likelihood
pg-residual-impact = Residual impact
pg-reason-for-this-residual = Reason for this residual
pg-record-a-risk-acceptance = Record a risk acceptance
pg-risk-acceptance-approved-by-the-risk = Risk acceptance (approved by the risk owner)
pg-accepted-by = Accepted by
pg-accepted-on = Accepted on
pg-valid-until = Valid until
pg-why-it-is-acceptable = Why it is acceptable
pg-save-treatment = Save treatment
pg-suggestions = Suggestions
pg-annexa-stopped-saving-here-so-that = Annexa stopped saving here so that neither version is overwritten without your say. Reload to continue with the other tab's version (changes made here since are dropped), or keep the data in this tab (it replaces the other tab's).
pg-reload-the-other-tab-s-version = Reload the other tab's version
pg-keep-mine = Keep mine
pg-dismiss = Dismiss
pg-undo = Undo
pg-dismiss-message = Dismiss message
pg-skip-to-content = Skip to content
pg-iso-iec-27001-risk-workbench-your = ISO/IEC 27001 risk workbench · your data stays in this browser
pg-opened-the-shared-assessment = Opened the shared assessment.
pg-shared-assessment = Shared assessment
pg-this-link-carries-an-assessment = This link carries an assessment.
pg-the-shared-assessment = The shared assessment
pg-open-the-shared-assessment = Open the shared assessment
pg-keep-my-data = Keep my data
pg-delete-row = Delete { $row }
pg-rows-of = Rows { $first }–{ $last } of { $total }
pg-row-count = { $count } row(s)
pg-add-suggested-assets = Add { $count } suggested asset(s) for { $sector }
pg-delete-item = Delete { $id } { $name }
pg-inherent-impact = Inherent impact: { $value } { $name }.
pg-current-proposed = Current level proposed by the existing controls:
pg-heatmap-of = Heatmap of { $stage } risk levels
pg-showing-cell = Showing risks at likelihood { $likelihood } and impact { $impact }.
pg-bulk-hint = { $shown } controls shown, { $to_decide } of them still to be decided. One decision applies to all of them and can be undone. Excluding leaves out the controls a risk uses.
pg-bulk-include = Mark the { $shown } shown applicable
pg-bulk-exclude = Exclude the { $shown } shown
pg-risk-treatment = Risk treatment:
pg-and-more = and { $count } more
pg-only-findings = Only controls with findings ({ $count })
pg-controls-shown = { $count } of 93 controls shown
pg-rec-meta = score { $score } · expected { $effect }
pg-mark-done = Mark { $control } done
pg-treatment-of = Treatment of { $risk }
pg-treat-risk = Treat { $risk } { $title }
pg-owner-fallback = Empty: the risk owner ({ $owner }) owns it.
pg-cost-in = Cost ({ $currency })
pg-residual-proposed = Residual proposed by the planned controls:
pg-risk-owner-is = The risk owner is { $owner }.
pg-plan-suggestions = { $headline } Adding these controls, in this order, gives the largest drop in likelihood × impact per unit of effort (open a risk with Treat to choose them):
pg-step-effort = — effort { $effort }; lowers { $risks }
pg-step-within = ; brings { $risks } within tolerance
pg-exported = Exported { $file }.
pg-not-saved-here = Not saved in this browser.
pg-latest-not-saved = Your latest changes are not saved.
pg-nothing-lost = Nothing already saved was lost.
pg-changed-elsewhere = This assessment was changed in another tab or window.
pg-brand = Annexa
pg-footer = Annexa { $version } · runs entirely in your browser; nothing is uploaded.
pg-share-failed = The share link could not be opened.
pg-data-unchanged = Your data is unchanged.
pg-share-local = It was read from the address on this machine; nothing was sent anywhere.
pg-rec-meta-in-place = score { $score } · expected { $effect } · already in place
pg-route-home = Start
pg-route-context = Context
pg-route-assets = Assets
pg-route-risks = Risks
pg-route-treatment = Treatment
pg-route-soa = SoA
pg-route-quant = Quantify
pg-route-gap-check = Gap check
pg-route-data = Data
pg-route-help = Help
pg-route-not-found = Not found
pg-asset-filter-placeholder = name, owner, type…
pg-scale-steps = { $count } steps
pg-import-problems = { $count } problems: { $problems }
pg-sheet-preview-counts = { $new } new, { $updated } updated, { $rejected } rejected
pg-gap-mode-questions = { $mode } · { $count } questions
pg-step-done = ✓ done
pg-years = { $years } years
## Issue 14 (wt-keys): the risk editor in the order a user fills it, and the searchable pick list
risk-editor-new = New risk
risk-editor-edit = Edit { $risk }
risk-add = Add risk
risk-save = Save risk
risk-title-label = Title
risk-assets-label = Assets
risk-more = More about this risk
risk-more-hint = Optional. How the risk is identified, its scenario, what it harms, an impact override, the controls already in place and the current level. What is set already is a sound start.
risk-kind-label = How is it identified?
risk-kind-asset = Asset-based: assets, threat, vulnerabilities
risk-kind-event = Event-based: a scenario
risk-scenario-label = Scenario
picker-legend = { $label } ({ $count } chosen)
picker-search = Search { $label }
picker-placeholder = Search…
picker-more = { $count } more: refine the search to see them.
glossary-applicability-name = Applicability and justification
glossary-applicability = Whether a control of Annex A applies to you. The SoA must say, for every one of the 93 controls, if it is included or excluded and why: a justification such as "to treat R-03" or "we have no offices, so no physical entry controls" (ISO/IEC 27001 6.1.3 d). An auditor reads the justifications, so write them for a stranger.
glossary-to-be-decided-name = To be decided
glossary-to-be-decided = A control that no risk, requirement or gap-check answer has made applicable yet, and that you have not excluded. While any control is to be decided the SoA is not finished: include it with a reason or exclude it with a justification.
glossary-implementation-status-name = Implementation status
glossary-implementation-status = How far an included control has come: Not started, Planned (with an owner and a date), Partially implemented, or Implemented when it is in place and working. An excluded control is Not applicable. The SoA states it for every control, and the risk treatment plan says who brings the rest into place and by when.
soa-title = Statement of Applicability
soa-lead = All 93 Annex A controls of ISO/IEC 27001:2022: { $applicable } applicable, { $to_decide } to be decided. Controls that treat risks, that a requirement names or that the gap check asks about are included automatically; the justification is generated from them until you edit it. A control nothing drives is to be decided: include it with a reason or exclude it with a justification.
soa-filter-status = Status
soa-filter-decision = Decision
## Catalogue prose loaded on demand (wt-prose, issue 17 item 1)
prose-loading = Loading…
prose-not-json = The catalogue texts (threat and vulnerability descriptions) could not be read: { $detail }. Reload the page; if this goes on, the app was deployed with a damaged file.
prose-missing = The catalogue texts lack the { $what }. Reload the page; if this goes on, the app was deployed with a mismatched file.
prose-load-failed = The catalogue texts (threat and vulnerability descriptions) could not be loaded: { $detail }. Check your connection and reload the page.
ui-share-compress-failed = The browser could not compress the share link ({ $why }). Export a JSON file instead (Data → Export).
ui-offline-heading = Offline use
ui-offline-partly = The app itself is kept on this device. The simulation engine, the document and spreadsheet tools and the catalogue texts load the first time you use them. Before you work without a network (a workshop, a train), keep them now: about 1.2 MB, once.
ui-offline-all-kept = Everything is kept on this device: every page, export and import works with the network off.
ui-offline-keep = Keep everything for offline use
ui-offline-keeping = Downloading for offline use…
ui-offline-unavailable = Offline use is not available here: open Annexa from its own address over https (or on localhost), not in a private window, to keep it on this device.
ui-offline-failed = Not everything could be kept for offline use ({ $why }). Check the connection and try again.

## notices (the banner after a change, and what Undo brings back)
notice-not-made = The change was not made.
notice-not-made-because = The change was not made: { $why }.
notice-deleted = Deleted { $what }.
notice-restored = Restored { $what }.
undo-risk = risk { $id } { $title }
undo-asset = asset { $id } { $name }
notice-suggested-added = { $count ->
    [one] Added 1 suggested asset.
   *[other] Added { $count } suggested assets.
}
notice-suggested-partly = Added { $added } of { $count } suggested assets{ $why }.
notice-soa-unchanged = No control changed: the controls shown already have this decision, or risks use them.
notice-soa-decided = { $count ->
    [one] Decided 1 control of the SoA.
   *[other] Decided { $count } controls of the SoA.
}
undo-soa-decided = { $count ->
    [one] the SoA as it was before deciding 1 control
   *[other] the SoA as it was before deciding { $count } controls
}
notice-file-problems = { $count } problems: { $list }
undo-import = the data before importing { $file }
notice-scales-changed = Changed the scales: { $lines }.
undo-scales = the scales and ratings before the change
notice-example-loaded = Loaded the example assessment.
notice-new-started = Started a new assessment.
notice-cleared = All data was cleared.
notice-kept-mine = Kept the data in this tab; it now replaces what the other tab saved.
notice-host-imported = Imported data from the host page.

## platform (wt-house, issue 12: the browser adapters' and the start-up's errors)
platform-panic = Annexa hit an internal error and stopped: { $info }. Your last autosaved data is still in this browser; reload the page, and export JSON from the Data page if the problem persists.
storage-unavailable = this browser does not let Annexa store data ({ $why }); your work stays in this tab only, so export JSON before you close it
storage-full = the browser's storage is full, so your latest changes are not saved; export JSON now, then free space by clearing other sites' data
storage-failed = saving failed ({ $why }); export JSON to keep a copy
storage-older-no-room = your saved data was made by an older Annexa (schema { $version }) and there is no room to keep a copy of it before updating it, so Annexa will not overwrite it; export JSON to keep your work
storage-unreadable-no-room = the saved data could not be read ({ $reason }) and there is no room to back it up, so Annexa will not overwrite it
crypto-unavailable = this browser cannot encrypt here ({ $why }); open Annexa over https (or on localhost) to use encrypted files
crypto-wrong-passphrase = the passphrase is wrong, or the file was changed after it was encrypted; check the passphrase (it is case-sensitive) and try again
crypto-failed = encryption failed ({ $why }); try again
download-failed = the download could not start ({ $what }); try again, or use another browser
print-failed = the print dialog could not open ({ $what }); use your browser's own Print command
upload-browser-only = files can be read only in the browser
upload-too-large = { $name } is { $size } MB; Annexa imports files up to { $limit } MB
upload-read-failed = could not read { $name }: { $why }
files-worker-not-started = the browser could not start Annexa's files worker (the spreadsheet reader and the XLSX and DOCX writers) from { $url }; reload the page, or open Annexa on its own page
files-worker-unreadable = the files worker sent a message Annexa cannot read; reload the page
files-worker-stopped = the files worker (spreadsheet reader, XLSX and DOCX writer) stopped with an error ({ $why }); your data is unchanged. Offline, it loads only if this browser used it before: go online once. For a spreadsheet, try a smaller file, or save it again as CSV
quant-worker-cross-site = the browser does not let this page start the simulation worker from { $url }, because Annexa is served from another site than the page that embeds it; serve Annexa from the same site, or open it on its own page to run simulations
quant-worker-not-started = the browser could not start the simulation worker ({ $why }); reload the page
quant-job-unreadable = the simulation job could not be read ({ $why }); reload the page
quant-job-not-written = the simulation job could not be written ({ $why }); reload the page
quant-results-not-written = the simulation results could not be written ({ $why }); reload the page and run it again
files-request-not-written = the request could not be written ({ $why })
files-answer-not-written = the answer could not be written ({ $why })
files-request-not-sent = the request could not be sent to the files worker; try again
files-browser-only = spreadsheets are read, and XLSX and DOCX files written, in the browser
share-made-in-browser = share links are made in the browser
share-opened-in-browser = share links are opened in the browser
share-no-stream = this browser has no { $stream }; update it
prose-not-text = { $url } did not export the catalogue texts as text
prose-not-imported = { $url } could not be imported
prose-browser-only = the catalogue texts are loaded in the browser
reason-no-browser = not running in a browser
reason-no-window = no window
reason-no-document = no document
reason-unknown = unknown reason
reason-unknown-error = unknown error
reason-not-secure = the page is not a secure context
reason-no-webcrypto = no WebCrypto
reason-storage-off = storage is switched off
reason-browser-refused = the browser refused
reason-blob = blob
reason-object-url = object URL
reason-link = link
reason-sw-timeout = the service worker did not answer in time
reason-sw-answer = the service worker gave an answer this page cannot read; reload the page

## embed and config (wt-house, issue 12: the embedding API and the host's configuration)
embed-cannot-start = Annexa cannot start: { $why }
embed-cannot-start-config = Annexa cannot start: { $why }. Fix the #config= part of the address (see the README, "Embed it").
embed-share-not-inflated = it does not decompress: { $why }
embed-mount-failed = Annexa.mount: { $why }
embed-already-mounted = Annexa.mount: an Annexa instance is already mounted in this element; call unmount() on it first, or use another element
embed-namespace-in-use = Annexa.mount: the storage namespace "{ $namespace }" is already used by another Annexa instance on this page; give each instance its own namespace in the config
embed-config-not-text = the config reaches the module as JSON text; call Annexa.mount from annexa.js, which reads a plain object such as {"{"} mode: "calculator" {"}"} for you
embed-unmounted = this Annexa instance was unmounted; mount a new one with Annexa.mount
embed-import-not-text = importJson: takes the text of an Annexa JSON file (a string), not a value of type { $kind }; read a file with await file.text(), or pass the result of exportJson()
embed-import-failed = importJson: { $why }
embed-not-imported = the JSON was not imported and the data is unchanged: { $why }
embed-not-running = this Annexa instance is not running; mount it first
embed-not-an-element = Annexa.mount needs a DOM element as its first argument, such as document.getElementById('annexa'); it got a value of type { $kind }
embed-foreign-shadow = Annexa.mount: this element already holds another component's shadow root; give Annexa an empty <div> of its own
embed-no-shadow = Annexa.mount: a <{ $tag }> cannot hold Annexa (it cannot have a shadow root); use a <div> or a <section>
embed-shadow-missing = the element has no shadow root yet
embed-no-document = there is no document
embed-link-not-made = could not create the stylesheet link
embed-stylesheet-not-added = could not add the stylesheet
embed-root-not-made = could not create the root element
embed-root-not-added = could not add the root element
embed-stylesheet-not-loaded = Annexa's stylesheet did not load from { $stylesheet }; serve the annexa-*.css file next to annexa.js, and allow that origin in the page's style-src
config-invalid = invalid Annexa config: { $message }
config-invalid-at = invalid Annexa config at { $path }: { $message }
config-not-object = the config must be an object such as {"{"} "mode": "calculator" {"}"}, not { $kind }
config-kind-boolean = a boolean
config-kind-number = a number
config-kind-string = a string
config-kind-array = an array
config-kind-object = an object
config-not-json = the config is not valid JSON ({ $why })
config-not-base64url = the #config= fragment is not base64url-encoded JSON ({ $why })
config-not-utf8 = the #config= fragment does not decode to UTF-8 JSON
config-unknown-fragment = the address ends in an unknown "#{ $part }=" part; Annexa reads #/page routes, #config=… and #share=…
config-expect-scale = a number of steps ({ $min } to { $max }) or a list of step names, lowest first
config-expect-tolerance = a level name such as "Medium" or a level index from 0
config-scale-size = a scale needs { $min } to { $max } steps, this one has { $steps }
config-step-name = a step name needs 1 to { $max } characters, this one has { $length }: shorten it
config-level-count = the method needs 1 to 8 risk levels, this one has { $levels }
config-level-name = a level name needs 1 to { $max } characters, this one has { $length }: shorten it
config-no-level-index = level { $index } does not exist: the method has levels 0 to { $last }
config-no-level-name = there is no level "{ $name }"; the levels are { $levels }
config-namespace = "{ $name }" is not a namespace: use 1 to { $max } letters, digits, '-' or '_', such as "team-a"
config-lang-form = "{ $tag }" is not a language tag; use one such as "en-GB"
config-lang-not-english = Annexa's interface is only in English so far, so "{ $tag }" would mislabel it for screen readers and translation tools; use an English tag such as "en-GB" or "en-US"
config-theme-value = "{ $value }" is not { $want }
config-want-colour = a colour like "#1f5fbf" or "#15b"
config-want-font = a font-family list such as "Georgia, serif" (letters, digits, spaces, commas, quotes and '-')
config-want-length = a length such as "4px", "0.25rem" or "0"

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

## Treatment: a control's effect and the register-wide plan

effect-none = no direct effect
effect-likelihood = likelihood −{ $likelihood }
effect-impact = impact −{ $impact }
effect-both = likelihood −{ $likelihood }, impact −{ $impact }
plan-headline-within = Every risk's current level is within tolerance.
plan-headline-above = { $risks } risk(s) are above the tolerance ({ $level }).
plan-outcome-within = After these steps every risk is within tolerance.
plan-outcome-remaining = Still above tolerance after every step: { $risks }. They need another option (avoid, transfer, accept) or further controls.

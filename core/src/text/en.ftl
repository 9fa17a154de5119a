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

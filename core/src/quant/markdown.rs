//! Text: amounts and percentages for people, and the results as Markdown.

use super::results::{LossStats, QuantResults};
use crate::report::md_text;

/// A whole amount with thousands separators, e.g. `1,234,567`.
pub fn format_amount(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let n = x.round().abs() as u64;
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if x.round() < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// A probability as a percentage with sensible precision, e.g. `4.2 %`.
pub fn format_percent(p: f64) -> String {
    let pc = p * 100.0;
    if pc == 0.0 || pc >= 10.0 {
        format!("{pc:.0} %")
    } else if pc >= 1.0 {
        format!("{pc:.1} %")
    } else {
        format!("{pc:.2} %")
    }
}

impl QuantResults {
    /// The results as Markdown: the statistics table, the expected-loss view
    /// and the tolerance check.
    pub fn markdown(&self) -> String {
        let c = md_text(&self.currency.to_string());
        let m = format_amount;
        let mut out = format!(
            "# Quantitative risk (FAIR Monte Carlo)\n\n{} simulated years, seed {}, amounts in {c}.\n\n",
            format_amount(f64::from(self.trials)),
            self.seed
        );
        out.push_str("| Risk | Phase | Mean | SD | Min | P10 | P50 | P90 | P95 | P99 | Max | TVaR 95 | P(any loss) |\n");
        out.push_str("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        let row = |out: &mut String, name: &str, phase: &str, s: &LossStats| {
            out.push_str(&format!(
                "| {name} | {phase} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
                m(s.mean),
                m(s.sd),
                m(s.min),
                m(s.p10),
                m(s.p50),
                m(s.p90),
                m(s.p95),
                m(s.p99),
                m(s.max),
                m(s.tvar95),
                format_percent(s.p_any)
            ));
        };
        for r in &self.risks {
            let name = format!("{} {}", r.id, md_text(&r.title));
            row(&mut out, &name, "inherent", &r.inherent);
            row(&mut out, &name, "residual", &r.residual);
        }
        row(
            &mut out,
            "**Portfolio**",
            "inherent",
            &self.portfolio_inherent,
        );
        row(
            &mut out,
            "**Portfolio**",
            "residual",
            &self.portfolio_residual,
        );
        out.push_str("\n## Expected loss (rate × mean magnitude, no simulation)\n\n");
        out.push_str("| Risk | Events/year (inherent) | Loss/event (inherent) | Expected annual loss (inherent) | Expected annual loss (residual) |\n");
        out.push_str("| --- | ---: | ---: | ---: | ---: |\n");
        for r in &self.risks {
            out.push_str(&format!(
                "| {} {} | {:.3} | {} | {} | {} |\n",
                r.id,
                md_text(&r.title),
                r.expected_inherent.events_per_year,
                m(r.expected_inherent.loss_per_event),
                m(r.expected_inherent.annual),
                m(r.expected_residual.annual)
            ));
        }
        out.push_str(&format!(
            "| **Portfolio** | | | {} | {} |\n",
            m(self.expected_inherent),
            m(self.expected_residual)
        ));
        if !self.tolerance.is_empty() {
            out.push_str("\n## Risk tolerance\n\n| Annual loss above | Tolerated | Inherent | Residual | Residual within tolerance |\n| ---: | ---: | ---: | ---: | --- |\n");
            for t in &self.tolerance {
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    m(t.point.loss.0),
                    format_percent(t.point.probability.0),
                    format_percent(t.inherent),
                    format_percent(t.residual),
                    if t.residual_within() { "yes" } else { "no" }
                ));
            }
        }
        out
    }
}

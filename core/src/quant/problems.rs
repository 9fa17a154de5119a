//! Validation of the inputs: every problem of a scenario, an estimate or the
//! settings, with its JSON path.

use super::model::{
    Estimate, Frequency, Magnitude, QuantEstimate, QuantSettings, Scenario, TolerancePoint,
    MAX_AMOUNT, MAX_RATE, MAX_TOLERANCE_POINTS, MAX_TRIALS, MIN_TRIALS,
};

/// A problem list: JSON path and message.
type Problems = Vec<(String, String)>;

fn finite_at_least_zero(out: &mut Problems, path: String, what: &str, v: f64) {
    if !v.is_finite() {
        out.push((path, format!("the {what} must be a number")));
    } else if v < 0.0 {
        out.push((path, format!("the {what} ({v}) must not be negative")));
    }
}

/// A rate of events a year: a number from 0 to [`MAX_RATE`].
fn rate(out: &mut Problems, path: String, what: &str, v: f64) {
    let n = out.len();
    finite_at_least_zero(out, path.clone(), what, v);
    if out.len() == n && v > MAX_RATE {
        out.push((
            path,
            format!(
                "the {what} ({v} events a year) is above the most Annexa simulates, {MAX_RATE} a year (more than one an hour): estimate a larger loss per event and fewer events"
            ),
        ));
    }
}

/// An amount of money: a number from 0 to [`MAX_AMOUNT`].
fn amount(out: &mut Problems, path: String, what: &str, v: f64) {
    let n = out.len();
    finite_at_least_zero(out, path.clone(), what, v);
    if out.len() == n {
        too_large(out, path, what, v);
    }
}

fn too_large(out: &mut Problems, path: String, what: &str, v: f64) {
    if v > MAX_AMOUNT {
        out.push((
            path,
            format!(
                "the {what} ({v}) is above the largest amount Annexa simulates, {MAX_AMOUNT:e} (1,000,000,000,000,000) in the assessment's currency: check the number of zeros"
            ),
        ));
    }
}

fn probability(out: &mut Problems, path: String, what: &str, v: f64) {
    if !v.is_finite() || !(0.0..=1.0).contains(&v) {
        out.push((
            path,
            format!("the {what} ({v}) must be a probability from 0 to 1 (e.g. 0.25 for 25 %)"),
        ));
    }
}

fn three_point(out: &mut Problems, path: &str, [min, ml, max]: [f64; 3]) {
    if min > ml {
        out.push((
            format!("{path}.min"),
            format!(
                "the minimum ({min}) is above the most likely value ({ml}): use min ≤ most likely ≤ max"
            ),
        ));
    }
    if ml > max {
        out.push((
            format!("{path}.max"),
            format!(
                "the maximum ({max}) is below the most likely value ({ml}): use min ≤ most likely ≤ max"
            ),
        ));
    }
}

/// Checks a value or the three values of an estimate with `check` (naming
/// them "{what}" or "minimum {what}", …).
fn estimate<T: Copy + Into<f64>>(
    out: &mut Problems,
    path: &str,
    e: &Estimate<T>,
    what: &str,
    check: fn(&mut Problems, String, &str, f64),
) {
    match *e {
        Estimate::Fixed { value } => check(out, format!("{path}.value"), what, value.into()),
        Estimate::ThreePoint {
            min,
            most_likely,
            max,
        } => three_values(
            out,
            path,
            [min.into(), most_likely.into(), max.into()],
            what,
            check,
        ),
    }
}

/// Checks min, most likely and max with `check`, then, if each is valid,
/// their order.
fn three_values(
    out: &mut Problems,
    path: &str,
    values: [f64; 3],
    what: &str,
    check: fn(&mut Problems, String, &str, f64),
) {
    let n = out.len();
    let names = [
        ("min", "minimum"),
        ("most_likely", "most likely"),
        ("max", "maximum"),
    ];
    for ((key, name), v) in names.into_iter().zip(values) {
        check(out, format!("{path}.{key}"), &format!("{name} {what}"), v);
    }
    if out.len() == n {
        three_point(out, path, values);
    }
}

fn magnitude(out: &mut Problems, path: &str, m: &Magnitude) {
    match *m {
        Magnitude::Range90 { low, high } => {
            if !low.0.is_finite() || low.0 <= 0.0 {
                out.push((
                    format!("{path}.low"),
                    format!("the low end ({low}) must be a positive amount: a 90 % range is lognormal, so it starts above 0"),
                ));
            } else if !high.0.is_finite() || high.0 <= low.0 {
                out.push((
                    format!("{path}.high"),
                    format!("the high end ({high}) must be above the low end ({low}): low < high"),
                ));
            } else {
                too_large(out, format!("{path}.high"), "high end", high.0);
            }
        }
        Magnitude::ThreePoint {
            min,
            most_likely,
            max,
        } => three_values(out, path, [min.0, most_likely.0, max.0], "loss", amount),
    }
}

impl Scenario {
    /// Every problem of the scenario's inputs, with JSON paths under `path`.
    pub fn problems(&self, path: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        match &self.frequency {
            Frequency::Direct { lef } => estimate(
                &mut out,
                &format!("{path}.frequency.lef"),
                lef,
                "frequency",
                rate,
            ),
            Frequency::OpenFair { tef, vulnerability } => {
                estimate(
                    &mut out,
                    &format!("{path}.frequency.tef"),
                    tef,
                    "frequency",
                    rate,
                );
                estimate(
                    &mut out,
                    &format!("{path}.frequency.vulnerability"),
                    vulnerability,
                    "vulnerability",
                    probability,
                );
            }
        }
        magnitude(&mut out, &format!("{path}.primary"), &self.primary);
        if let Some(s) = &self.secondary {
            probability(
                &mut out,
                format!("{path}.secondary.probability"),
                "secondary loss probability (SLEF)",
                s.probability.0,
            );
            magnitude(
                &mut out,
                &format!("{path}.secondary.magnitude"),
                &s.magnitude,
            );
        }
        out
    }
}

impl QuantEstimate {
    /// Every problem of the inherent and residual inputs, with JSON paths
    /// under `path` (e.g. `risks[2].quant`).
    pub fn problems(&self, path: &str) -> Vec<(String, String)> {
        let mut out = self.inherent.problems(&format!("{path}.inherent"));
        if let Some(r) = &self.residual {
            out.extend(r.problems(&format!("{path}.residual")));
        }
        out
    }
}

impl QuantSettings {
    /// Every problem of the settings, with JSON paths under `path` (e.g.
    /// `quant_settings`).
    pub fn problems(&self, path: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if !(MIN_TRIALS..=MAX_TRIALS).contains(&self.trials) {
            out.push((
                format!("{path}.trials"),
                format!(
                    "{} trials is outside the range Annexa runs: use {MIN_TRIALS} to {MAX_TRIALS}",
                    self.trials
                ),
            ));
        }
        let c = &self.currency.0;
        if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
            out.push((
                format!("{path}.currency"),
                format!("\"{c}\" is not a currency code: use three capital letters such as EUR, USD or GBP"),
            ));
        }
        if self.tolerance.len() > MAX_TOLERANCE_POINTS {
            out.push((
                format!("{path}.tolerance"),
                format!(
                    "the tolerance curve has {} points; the limit is {MAX_TOLERANCE_POINTS}",
                    self.tolerance.len()
                ),
            ));
        }
        let mut prev: Option<&TolerancePoint> = None;
        for (i, t) in self.tolerance.iter().enumerate() {
            let at = format!("{path}.tolerance[{i}]");
            if !t.loss.0.is_finite() || t.loss.0 <= 0.0 {
                out.push((
                    format!("{at}.loss"),
                    format!("the loss ({}) must be a positive amount", t.loss),
                ));
            } else {
                too_large(&mut out, format!("{at}.loss"), "loss", t.loss.0);
            }
            if !t.probability.0.is_finite() || t.probability.0 <= 0.0 || t.probability.0 > 1.0 {
                out.push((
                    format!("{at}.probability"),
                    format!(
                        "the probability ({}) must be above 0 and at most 1 (e.g. 0.05 for 5 %)",
                        t.probability
                    ),
                ));
            }
            if let Some(p) = prev {
                if t.loss.0 <= p.loss.0 {
                    out.push((
                        format!("{at}.loss"),
                        format!(
                            "the losses must increase point by point: {} follows {}",
                            t.loss, p.loss
                        ),
                    ));
                } else if t.probability.0 > p.probability.0 {
                    out.push((
                        format!("{at}.probability"),
                        format!("a larger loss cannot be more tolerable: the probability {} is above the previous point's {}", t.probability, p.probability),
                    ));
                }
            }
            prev = Some(t);
        }
        out
    }
}

//! Numerics: e^x and ln x bit-identical natively and in WebAssembly, the
//! PERT and lognormal parameters, and the Beta CDF.

/// The PERT (shape 4) Beta parameters of `min ≤ mode ≤ max` (min < max).
pub fn pert_shape(min: f64, mode: f64, max: f64) -> (f64, f64) {
    let range = max - min;
    (
        1.0 + 4.0 * (mode - min) / range,
        1.0 + 4.0 * (max - mode) / range,
    )
}

/// The lognormal `(mu, sigma)` whose 5th and 95th percentiles are `low` and
/// `high`.
pub fn lognormal_from_range(low: f64, high: f64) -> (f64, f64) {
    /// The standard normal's 95th percentile.
    const Z95: f64 = 1.644_853_626_951_472_2;
    let (a, b) = (ln(low), ln(high));
    ((a + b) / 2.0, (b - a) / (2.0 * Z95))
}

/// The mean of PERT(min, mode, max).
pub(super) fn pert_mean(min: f64, mode: f64, max: f64) -> f64 {
    (min + 4.0 * mode + max) / 6.0
}

/// The regularised incomplete beta function `I_x(a, b)`: the CDF of
/// Beta(a, b) at `x` (continued fraction, Numerical Recipes §6.4).
pub fn beta_cdf(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front = ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln();
    let front = ln_front.exp();
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_cf(a, b, x) / a
    } else {
        1.0 - front * beta_cf(b, a, 1.0 - x) / b
    }
}

fn beta_cf(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..300 {
        let m = f64::from(m);
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        let del = d * c;
        h *= del;
        if (del - 1.0).abs() < 1e-15 {
            break;
        }
    }
    h
}

/// ln Γ(x) for x > 0 (Lanczos, g = 7).
fn ln_gamma(x: f64) -> f64 {
    const G: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut s = G[0];
    for (i, g) in G.iter().enumerate().skip(1) {
        s += g / (x + i as f64);
    }
    let t = x + 7.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + s.ln()
}

/// 2^(j/32) for j = 0..32, each correctly rounded.
#[allow(clippy::excessive_precision, clippy::approx_constant)]
const EXP2_32: [f64; 32] = [
    1.0,
    1.0218971486541166,
    1.0442737824274138,
    1.0671404006768237,
    1.0905077326652577,
    1.1143867425958924,
    1.1387886347566916,
    1.1637248587775775,
    1.189207115002721,
    1.215247359980469,
    1.241857812073484,
    1.2690509571917332,
    1.2968395546510096,
    1.3252366431597413,
    1.3542555469368927,
    1.383909881963832,
    1.4142135623730951,
    1.4451808069770467,
    1.4768261459394993,
    1.5091644275934228,
    1.5422108254079407,
    1.5759808451078865,
    1.6104903319492543,
    1.645755478153965,
    1.681792830507429,
    1.718619298122478,
    1.7562521603732995,
    1.7947090750031072,
    1.8340080864093424,
    1.8741676341103,
    1.9152065613971474,
    1.9571441241754002,
];

/// e^x with plain IEEE arithmetic (no fused operations, no platform maths
/// library), so that native code and WebAssembly compute bit-identical
/// losses; about 1 ulp. e^x = 2^(k/32) · e^r with k = round(32x / ln 2)
/// and |r| ≤ ln 2 / 64: a table of 2^(j/32) and a degree-6 polynomial,
/// with no division (the simulation's hottest function after the normal
/// draw).
#[allow(clippy::excessive_precision)]
#[inline]
pub fn exp(x: f64) -> f64 {
    // 32 / ln 2; ln 2 / 32 split so that k · HI is exact for every k used.
    const INV: f64 = 46.166_241_308_446_83;
    const HI: f64 = 0.021_660_849_386_535_12;
    const LO: f64 = 5.963_171_653_970_586_6e-12;
    // Adding and removing 1.5 · 2^52 rounds to the nearest integer.
    const SHIFT: f64 = 6_755_399_441_055_744.0;
    if x.is_nan() {
        return x;
    }
    if x > 709.78 {
        return f64::INFINITY;
    }
    if x < -745.13 {
        return 0.0;
    }
    let kf = (x * INV + SHIFT) - SHIFT;
    let r = (x - kf * HI) - kf * LO;
    let q = r
        * (1.0
            + r * (0.5
                + r * (1.0 / 6.0 + r * (1.0 / 24.0 + r * (1.0 / 120.0 + r * (1.0 / 720.0))))));
    let k = kf as i64;
    let t = EXP2_32[(k & 31) as usize];
    let y = t + t * q;
    let m = k >> 5;
    let pow2 = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    if m > 1023 {
        y * 2.0 * pow2(m - 1)
    } else if m < -1020 {
        y * pow2(m + 1000) * pow2(-1000)
    } else {
        y * pow2(m)
    }
}

/// ln x with plain IEEE arithmetic (fdlibm's algorithm through the `libm`
/// crate: no platform maths library), bit-identical natively and in
/// WebAssembly.
#[inline]
pub fn ln(x: f64) -> f64 {
    libm::log(x)
}

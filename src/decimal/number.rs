//! JSON number text: the grammar (RFC 8259), and the exact value of a
//! number as sign, significant digits and the position of the point, so
//! numbers `rust_decimal` cannot hold still compare, order and hash by value.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

/// Whether `text` is exactly one JSON number:
/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`. Refuses what JSON does
/// not have: `+5`, `1_000`, `007`, `.5`, `5.`, surrounding spaces.
pub(crate) fn is_json_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = usize::from(bytes.first() == Some(&b'-'));
    match bytes.get(at) {
        Some(b'0') => at += 1,
        Some(b'1'..=b'9') => at = skip_digits(bytes, at),
        _ => return false,
    }
    if bytes.get(at) == Some(&b'.') {
        let start = at + 1;
        at = skip_digits(bytes, start);
        if at == start {
            return false;
        }
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        let start = at;
        at = skip_digits(bytes, start);
        if at == start {
            return false;
        }
    }
    at == bytes.len()
}

/// The index of the first byte at or after `at` that is not a digit.
fn skip_digits(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_digit) {
        at += 1;
    }
    at
}

/// Exponents with more digits than this are kept as text (see [`Point`]).
const SMALL_EXPONENT_DIGITS: usize = 36;

/// Where the point stands: the value is `0.DIGITS × 10^point`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Point {
    /// Any exponent of up to 36 digits, plus the digits before the point.
    Small(i128),
    /// An exponent with more digits (`1e1000000000000000000000000000000000000`):
    /// its digits (no leading zeros) and the offset the mantissa adds.
    /// Ordered by the exponent, then the offset; two spellings of one such
    /// number that move the point by different offsets compare unequal, a
    /// case no real amount reaches.
    Huge {
        negative: bool,
        exponent: String,
        offset: i128,
    },
}

impl Ord for Point {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Point::Small(a), Point::Small(b)) => a.cmp(b),
            (Point::Small(_), Point::Huge { negative, .. }) => {
                if *negative {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (Point::Huge { .. }, Point::Small(_)) => other.cmp(self).reverse(),
            (
                Point::Huge {
                    negative: a_neg,
                    exponent: a,
                    offset: a_off,
                },
                Point::Huge {
                    negative: b_neg,
                    exponent: b,
                    offset: b_off,
                },
            ) => {
                let magnitude = (a.len(), a.as_str()).cmp(&(b.len(), b.as_str()));
                let by_exponent = match (a_neg, b_neg) {
                    (false, false) => magnitude,
                    (true, true) => magnitude.reverse(),
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                };
                by_exponent.then(a_off.cmp(b_off))
            }
        }
    }
}

impl PartialOrd for Point {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A JSON number's exact value: `±0.DIGITS × 10^point`, with no leading or
/// trailing zero in `digits`. Zero has no digits and no sign (`-0 == 0`).
#[derive(Clone, Debug)]
pub(crate) struct Parts {
    negative: bool,
    digits: String,
    point: Point,
}

impl Parts {
    /// The parts of `text`, which must be a JSON number ([`is_json_number`]).
    pub(crate) fn of(text: &str) -> Parts {
        let (negative, unsigned) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
            Some(at) => (&unsigned[..at], &unsigned[at + 1..]),
            None => (unsigned, "0"),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let all = format!("{int}{frac}");
        let leading = all.len() - all.trim_start_matches('0').len();
        let digits = all[leading..].trim_end_matches('0').to_owned();
        if digits.is_empty() {
            return Parts {
                negative: false,
                digits,
                point: Point::Small(0),
            };
        }
        // Both are at most the text's length, far inside i128.
        let offset = int.len() as i128 - leading as i128;
        Parts {
            negative,
            digits,
            point: point(exponent, offset),
        }
    }

    /// The value as plain decimal text (`-0.00012`, `1500`), when the point
    /// is within `places` of the digits; `None` for values further out
    /// (they are past what `rust_decimal` holds anyway).
    pub(crate) fn plain(&self, places: i128) -> Option<String> {
        let Point::Small(point) = self.point else {
            return None;
        };
        let len = self.digits.len() as i128;
        if len > places || !(-places..=places).contains(&point) {
            return None;
        }
        let sign = if self.negative { "-" } else { "" };
        let digits = &self.digits;
        let zeros = |n: i128| "0".repeat(usize::try_from(n).unwrap_or(0));
        Some(if self.digits.is_empty() {
            "0".to_owned()
        } else if point <= 0 {
            format!("{sign}0.{}{digits}", zeros(-point))
        } else if point >= len {
            format!("{sign}{digits}{}", zeros(point - len))
        } else {
            let (int, frac) = digits.split_at(point as usize);
            format!("{sign}{int}.{frac}")
        })
    }
}

/// `exponent` (JSON exponent text: optional sign, digits) plus `offset`.
fn point(exponent: &str, offset: i128) -> Point {
    let (negative, digits) = match exponent.as_bytes().first() {
        Some(b'-') => (true, &exponent[1..]),
        Some(b'+') => (false, &exponent[1..]),
        _ => (false, exponent),
    };
    let digits = digits.trim_start_matches('0');
    if digits.len() <= SMALL_EXPONENT_DIGITS {
        let value: i128 = digits.parse().unwrap_or(0);
        let exponent = if negative { -value } else { value };
        return Point::Small(exponent + offset);
    }
    Point::Huge {
        negative,
        exponent: digits.to_owned(),
        offset,
    }
}

impl PartialEq for Parts {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Parts {}

impl Ord for Parts {
    fn cmp(&self, other: &Self) -> Ordering {
        let sign = |p: &Parts| match (p.digits.is_empty(), p.negative) {
            (true, _) => 0,
            (false, true) => -1,
            (false, false) => 1,
        };
        let (a, b) = (sign(self), sign(other));
        if a != b || a == 0 {
            return a.cmp(&b);
        }
        // Same sign, both non-zero: the point first, then the digits (no
        // trailing zeros, so comparing them as text compares the values).
        let magnitude = self
            .point
            .cmp(&other.point)
            .then_with(|| self.digits.cmp(&other.digits));
        if a < 0 {
            magnitude.reverse()
        } else {
            magnitude
        }
    }
}

impl PartialOrd for Parts {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Hash for Parts {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Zero is never negative here, so equal values hash alike.
        self.negative.hash(state);
        self.digits.hash(state);
        self.point.hash(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_number_grammar() {
        for good in ["0", "-0", "12", "-1.50", "1e400", "2.2e-16", "1E+3", "0.0"] {
            assert!(is_json_number(good), "{good}");
        }
        for bad in [
            "", "+5", "1_000", "007", "01.5", ".5", "5.", "1e", "1e+", " 5", "5 ", "--1", "0x10",
            "NaN", "1.5.2", "-",
        ] {
            assert!(!is_json_number(bad), "{bad}");
        }
    }

    #[test]
    fn parts_order_by_value() {
        let order = [
            "-1e400",
            "-12",
            "-1.2",
            "-0.0000001",
            "0",
            "1e-400",
            "2.2e-16",
            "0.5",
            "5e-1",
            "1",
            "1.0",
            "10e-1",
            "99",
            "1e2",
            "1e400",
        ];
        for pair in order.windows(2) {
            let (a, b) = (Parts::of(pair[0]), Parts::of(pair[1]));
            assert!(a <= b, "{} <= {}", pair[0], pair[1]);
        }
        assert_eq!(Parts::of("-0"), Parts::of("0"));
        assert_eq!(Parts::of("1.50e2"), Parts::of("150"));
        assert_eq!(Parts::of("0.00015e6"), Parts::of("150.000"));
        let huge = format!("1e{}", "9".repeat(40));
        let huger = format!("1e1{}", "0".repeat(40));
        assert!(Parts::of(&huge) < Parts::of(&huger));
        assert!(Parts::of(&format!("-{huge}")) > Parts::of(&format!("-{huger}")));
        let tiny = format!("1e-{}", "9".repeat(40));
        assert!(Parts::of(&tiny) > Parts::of("0") && Parts::of(&tiny) < Parts::of("1e-400"));
    }

    #[test]
    fn plain_text_of_values_near_the_point() {
        assert_eq!(Parts::of("1.5e3").plain(40).as_deref(), Some("1500"));
        assert_eq!(Parts::of("-12e-5").plain(40).as_deref(), Some("-0.00012"));
        assert_eq!(Parts::of("1234.5").plain(40).as_deref(), Some("1234.5"));
        assert_eq!(Parts::of("1e400").plain(40), None);
    }
}

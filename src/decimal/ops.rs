//! Arithmetic on [`Decimal`]: checked methods that say what went wrong, and
//! the operators, which panic where the checked methods return an error
//! (as integer and `rust_decimal` operators do).

use std::iter::Sum;
use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub, SubAssign};

use super::Decimal;

/// Why an arithmetic operation on [`Decimal`] has no result.
///
/// Arithmetic is `rust_decimal`'s: `+` and `-` are exact while the result
/// fits its 28–29 significant digits, `*` and `/` round past 28 decimal
/// places (`1 / 3` is `0.3333333333333333333333333333`), as
/// `rust_decimal` does. The operators (`a + b`, `a / b`, `iter.sum()`)
/// panic on each of these errors, like integer overflow: on amounts from
/// outside the program, prefer the `checked_*` methods and
/// [`Decimal::checked_sum`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ArithmeticError {
    /// An operand is a number `rust_decimal` cannot hold (more than 28
    /// decimal places, or past ±7.9·10²⁸): it is kept exactly as received,
    /// but cannot be computed with. Holds an excerpt of its text.
    #[error("`{0}` is past what exact arithmetic holds (28 decimal places, ±7.9·10²⁸): it is kept as received, not rounded")]
    OutOfRange(String),
    /// The result is past ±7.9·10²⁸.
    #[error("the result is past ±7.9·10²⁸")]
    Overflow,
    /// Division (or remainder) by zero.
    #[error("division by zero")]
    DivisionByZero,
}

/// The operands as `rust_decimal` values; the result is quoted (written as
/// a JSON string) when either operand was.
fn both(
    a: &Decimal,
    b: &Decimal,
    op: fn(rust_decimal::Decimal, rust_decimal::Decimal) -> Option<rust_decimal::Decimal>,
) -> Result<Decimal, ArithmeticError> {
    let (x, y) = (a.to_rust_decimal()?, b.to_rust_decimal()?);
    let value = op(x, y).ok_or(ArithmeticError::Overflow)?;
    let result = Decimal::from(value);
    Ok(if a.quoted || b.quoted {
        result.quoted()
    } else {
        result
    })
}

impl Decimal {
    /// `self + other`, or why there is no result.
    pub fn checked_add(&self, other: &Decimal) -> Result<Decimal, ArithmeticError> {
        both(self, other, rust_decimal::Decimal::checked_add)
    }

    /// `self - other`, or why there is no result.
    pub fn checked_sub(&self, other: &Decimal) -> Result<Decimal, ArithmeticError> {
        both(self, other, rust_decimal::Decimal::checked_sub)
    }

    /// `self * other` (rounded past 28 decimal places), or why there is no
    /// result.
    pub fn checked_mul(&self, other: &Decimal) -> Result<Decimal, ArithmeticError> {
        both(self, other, rust_decimal::Decimal::checked_mul)
    }

    /// `self / other` (rounded past 28 decimal places), or why there is no
    /// result.
    pub fn checked_div(&self, other: &Decimal) -> Result<Decimal, ArithmeticError> {
        if other.exact.is_some_and(|v| v.is_zero()) {
            return Err(ArithmeticError::DivisionByZero);
        }
        both(self, other, rust_decimal::Decimal::checked_div)
    }

    /// The sum of `values`, or the first reason there is none.
    pub fn checked_sum<'a>(
        values: impl IntoIterator<Item = &'a Decimal>,
    ) -> Result<Decimal, ArithmeticError> {
        values
            .into_iter()
            .try_fold(Decimal::ZERO, |sum, v| sum.checked_add(v))
    }

    /// The operator's result; a panic with the reason otherwise.
    fn or_panic(result: Result<Decimal, ArithmeticError>, op: &str) -> Decimal {
        result.unwrap_or_else(|e| panic!("Decimal {op}: {e} (use the checked_* methods)"))
    }
}

/// `impl Op for Decimal` and for references, through `checked_*`.
macro_rules! operator {
    ($trait:ident, $method:ident, $checked:ident, $symbol:literal) => {
        impl $trait<&Decimal> for &Decimal {
            type Output = Decimal;
            /// # Panics
            /// Where the checked method returns an [`ArithmeticError`].
            fn $method(self, other: &Decimal) -> Decimal {
                Decimal::or_panic(self.$checked(other), $symbol)
            }
        }
        impl $trait for Decimal {
            type Output = Decimal;
            /// # Panics
            /// Where the checked method returns an [`ArithmeticError`].
            fn $method(self, other: Decimal) -> Decimal {
                (&self).$method(&other)
            }
        }
        impl $trait<&Decimal> for Decimal {
            type Output = Decimal;
            /// # Panics
            /// Where the checked method returns an [`ArithmeticError`].
            fn $method(self, other: &Decimal) -> Decimal {
                (&self).$method(other)
            }
        }
        impl $trait<Decimal> for &Decimal {
            type Output = Decimal;
            /// # Panics
            /// Where the checked method returns an [`ArithmeticError`].
            fn $method(self, other: Decimal) -> Decimal {
                self.$method(&other)
            }
        }
    };
}

operator!(Add, add, checked_add, "+");
operator!(Sub, sub, checked_sub, "-");
operator!(Mul, mul, checked_mul, "*");
operator!(Div, div, checked_div, "/");

impl AddAssign<&Decimal> for Decimal {
    fn add_assign(&mut self, other: &Decimal) {
        *self = &*self + other;
    }
}

impl AddAssign for Decimal {
    fn add_assign(&mut self, other: Decimal) {
        *self += &other;
    }
}

impl SubAssign<&Decimal> for Decimal {
    fn sub_assign(&mut self, other: &Decimal) {
        *self = &*self - other;
    }
}

impl SubAssign for Decimal {
    fn sub_assign(&mut self, other: Decimal) {
        *self -= &other;
    }
}

impl Neg for Decimal {
    type Output = Decimal;

    /// Exact for every value, also one `rust_decimal` cannot hold (its text
    /// gains or loses its `-`).
    fn neg(self) -> Decimal {
        let text = self.text.map(|text| match text.strip_prefix('-') {
            Some(positive) => positive.into(),
            None => format!("-{text}").into_boxed_str(),
        });
        Decimal {
            exact: self.exact.map(Neg::neg),
            text,
            quoted: self.quoted,
        }
    }
}

impl Neg for &Decimal {
    type Output = Decimal;

    /// See `Neg for Decimal`.
    fn neg(self) -> Decimal {
        -self.clone()
    }
}

impl Sum for Decimal {
    /// # Panics
    /// Where [`Decimal::checked_sum`] returns an error.
    fn sum<I: Iterator<Item = Decimal>>(iter: I) -> Decimal {
        iter.fold(Decimal::ZERO, |sum, v| sum + v)
    }
}

impl<'a> Sum<&'a Decimal> for Decimal {
    /// # Panics
    /// Where [`Decimal::checked_sum`] returns an error.
    fn sum<I: Iterator<Item = &'a Decimal>>(iter: I) -> Decimal {
        Decimal::or_panic(Decimal::checked_sum(iter), "sum")
    }
}

use super::*;

fn d(text: &str) -> Decimal {
    serde_json::from_str(text).expect(text)
}

#[test]
fn decimals_are_exact() {
    for text in [
        "1234567890.123456789",
        "12345678901234567.89",
        "0.000000000123456789012",
        "33.333333333333333333",
        "100.50",
        "60",
        "-0.0725",
        "1.5e3",
        "-0",
    ] {
        let value = d(text);
        assert_eq!(value.to_string(), text);
        assert_eq!(format!("{value:?}"), text);
        assert_eq!(serde_json::to_string(&value).expect("encodes"), text);
    }
    let value = d("\"100.50\"");
    assert!(value.is_quoted());
    assert_eq!(
        serde_json::to_string(&value).expect("encodes"),
        "\"100.50\""
    );
    assert!(serde_json::from_str::<Decimal>("\"ten\"").is_err());
}

#[test]
fn numbers_past_rust_decimal_are_kept_and_say_so_when_computed_with() {
    let digits = format!("1{}", "0".repeat(9_999));
    for text in [
        "2.220446049250313e-16",
        "0.12345678901234567890123456789",
        "1e40",
        "1e400",
        "-1e400",
        "123456789012345678901234567890",
        digits.as_str(),
    ] {
        let value = d(text);
        assert!(!value.fits_rust_decimal(), "{text}");
        assert_eq!(serde_json::to_string(&value).expect("encodes"), text);
        let error = value.to_rust_decimal().expect_err(text);
        assert!(matches!(error, ArithmeticError::OutOfRange(_)), "{error}");
        assert!(error.to_string().len() < 300);
        let sum = value
            .checked_add(&Decimal::from(1))
            .expect_err("out of range");
        assert_eq!(sum, error);
    }
    // A value that fits once written without an exponent is held exactly.
    assert_eq!(
        d("1.50e-20").to_rust_decimal().ok(),
        "0.000000000000000000015".parse().ok()
    );
}

#[test]
fn strings_must_be_json_numbers() {
    for bad in [
        "\"+5\"",
        "\"1_000\"",
        "\"007\"",
        "\" 5\"",
        "\"5.\"",
        "\".5\"",
        "\"0x1\"",
    ] {
        assert!(serde_json::from_str::<Decimal>(bad).is_err(), "{bad}");
    }
    for bad in ["+5", "1_000", "007", " 5"] {
        assert!(bad.parse::<Decimal>().is_err(), "{bad}");
    }
    let negative_zero = d("\"-0\"");
    assert_eq!(
        serde_json::to_string(&negative_zero).expect("encodes"),
        "\"-0\""
    );
    assert_eq!(d("\"1e400\"").to_string(), "1e400");
}

#[test]
fn arithmetic_orders_and_sums() {
    let (a, b) = (d("1234567890.123456789"), d("0.000000000000000001"));
    assert_eq!((&a + &b).to_string(), "1234567890.123456789000000001");
    assert_eq!((&a - &a).to_string(), "0.000000000");
    assert_eq!((d("2.5") * Decimal::from(4)).to_string(), "10.0");
    assert_eq!((Decimal::from(1) / Decimal::from(4)).to_string(), "0.25");
    assert_eq!((-d("1e400")).to_string(), "-1e400");
    assert_eq!((-d("-2.5")).to_string(), "2.5");
    let fees = [d("0.10"), d("0.20"), d("\"0.30\"")];
    let total: Decimal = fees.iter().sum();
    assert_eq!(total.to_string(), "0.60");
    assert!(total.is_quoted());
    assert_eq!(fees.into_iter().sum::<Decimal>(), d("0.6"));
    assert_eq!(
        Decimal::from(1).checked_div(&Decimal::ZERO),
        Err(ArithmeticError::DivisionByZero)
    );
    let max = Decimal::from(rust_decimal::Decimal::MAX);
    assert_eq!(max.checked_add(&max), Err(ArithmeticError::Overflow));
    let mut running = Decimal::from(10u8);
    running += d("0.5");
    running -= &Decimal::from(1i64);
    assert_eq!(running, d("9.5"));
}

#[test]
fn equality_order_and_hash_are_by_value() {
    use std::collections::HashSet;
    assert_eq!(d("1.0"), d("1.00"));
    assert_eq!(d("1e0"), d("\"1\""));
    assert_eq!(d("-0"), d("0"));
    assert_eq!(d("1e400"), d("10e399"));
    let mut sorted = [
        d("1e400"),
        d("0.5"),
        d("2.220446049250313e-16"),
        d("-1e400"),
        d("0"),
    ];
    sorted.sort();
    let texts: Vec<String> = sorted.iter().map(Decimal::to_string).collect();
    assert_eq!(
        texts,
        ["-1e400", "0", "2.220446049250313e-16", "0.5", "1e400"]
    );
    let set: HashSet<Decimal> = [
        d("1.0"),
        d("1.00"),
        d("1e400"),
        d("10e399"),
        d("-0"),
        d("0"),
    ]
    .into_iter()
    .collect();
    assert_eq!(set.len(), 3);
}

#[test]
#[should_panic(expected = "use the checked_* methods")]
fn operators_panic_where_the_checked_methods_refuse() {
    let _ = d("1e400") + Decimal::from(1);
}

#[test]
fn f64_input_keeps_at_most_fifteen_digits() {
    // Through serde's buffering (an untagged enum) numbers arrive as f64:
    // more than 15 digits are refused, fewer are exact.
    #[derive(Deserialize, Debug)]
    #[serde(untagged)]
    enum Buffered {
        Number(Decimal),
    }
    let error = serde_json::from_str::<Buffered>("1234567890.123456789");
    assert!(error.is_err(), "{error:?}");
    let Buffered::Number(short) = serde_json::from_str("0.0725").expect("short");
    assert_eq!(short.to_string(), "0.0725");
    let short: Decimal = serde_json::from_value(serde_json::json!(0.0725)).expect("short");
    assert_eq!(short.to_string(), "0.0725");
}

#[test]
fn errors_quote_a_short_excerpt_of_the_value() {
    let huge = format!("\"{}x\"", "9".repeat(1_000_000));
    let error = serde_json::from_str::<Decimal>(&huge).expect_err("not a number");
    assert!(error.to_string().len() < 200, "{}", error.to_string().len());
}

//! Nordic identifiers and their check digits: organisation numbers (Norway, Sweden) and
//! national identity numbers (Norwegian fødselsnummer / D-nummer, Swedish personnummer /
//! samordningsnummer). Each function accepts the forms people write and checks the digits.

/// The digits of `text` when it is exactly `len` ASCII digits.
fn digits(text: &str, len: usize) -> Option<Vec<u32>> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.bytes().map(|b| u32::from(b - b'0')).collect())
}

/// `text` with one separator (`-`, `+` or a space) removed at byte `at`, if it is there.
fn without_separator(text: &str, at: usize) -> String {
    match text.as_bytes().get(at) {
        Some(b'-' | b'+' | b' ') => format!("{}{}", &text[..at], &text[at + 1..]),
        _ => text.to_owned(),
    }
}

/// The weighted sum of `digits` modulo 11.
fn mod11(digits: &[u32], weights: &[u32]) -> u32 {
    digits.iter().zip(weights).map(|(d, w)| d * w).sum::<u32>() % 11
}

/// The mod-11 check digit for a weighted sum remainder: 0 → 0, 1 → none (10 is no digit).
fn mod11_check(remainder: u32) -> Option<u32> {
    match remainder {
        0 => Some(0),
        1 => None,
        r => Some(11 - r),
    }
}

/// Whether `digits` (check digit last) pass the Luhn algorithm.
fn luhn_ok(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                if d * 2 > 9 {
                    d * 2 - 9
                } else {
                    d * 2
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// A Norwegian organisasjonsnummer: 9 digits (spaces allowed as in "958 935 420"), mod-11
/// check digit with weights 3 2 7 6 5 4 3 2.
pub fn is_no_org_number(text: &str) -> bool {
    let compact: String = text.chars().filter(|c| *c != ' ').collect();
    let Some(d) = digits(&compact, 9) else {
        return false;
    };
    mod11_check(mod11(&d[..8], &[3, 2, 7, 6, 5, 4, 3, 2])) == Some(d[8])
}

/// A Swedish organisationsnummer: 10 digits (`NNNNNN-NNNN`, or 12 with the prefix `16`),
/// Luhn over all ten, third digit at least 2.
pub fn is_se_org_number(text: &str) -> bool {
    let compact = match text.len() {
        12 | 13 if text.starts_with("16") => without_separator(&text[2..], 6),
        _ => without_separator(text, 6),
    };
    let Some(d) = digits(&compact, 10) else {
        return false;
    };
    d[2] >= 2 && luhn_ok(&d)
}

/// A Norwegian fødselsnummer or D-nummer (11 digits), synthetic test numbers (month + 80)
/// included. Both the K1 rule in use and the one allowed from 2032 are accepted.
pub fn is_no_national_id(text: &str) -> bool {
    let Some(d) = digits(text, 11) else {
        return false;
    };
    let day = d[0] * 10 + d[1];
    let day = if day > 40 { day - 40 } else { day }; // D-nummer
    let month = d[2] * 10 + d[3];
    let month = if month > 80 { month - 80 } else { month }; // synthetic (Tenor)
    if !plausible_date(day, month) {
        return false;
    }
    let s1 = mod11(&d[..9], &[3, 7, 6, 1, 8, 9, 4, 5, 2]);
    let k1_ok = [11, 12, 13, 14]
        .iter()
        .any(|c| (c - s1) % 11 == d[9] && (c - s1) % 11 != 10);
    let k2 = mod11_check(mod11(&d[..10], &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]));
    k1_ok && k2 == Some(d[10])
}

/// A Swedish personnummer or samordningsnummer (day + 60): `YYMMDD-NNNC`, `YYMMDD+NNNC`
/// (100 years or older), `YYMMDDNNNC`, or with the century, `YYYYMMDD[-]NNNC`.
pub fn is_se_national_id(text: &str) -> bool {
    let ten = match text.len() {
        12 | 13 => without_separator(&text[2..], 6),
        _ => without_separator(text, 6),
    };
    if ten.len() == 11 {
        return false; // a separator in the wrong place
    }
    let Some(d) = digits(&ten, 10) else {
        return false;
    };
    if text.len() >= 12 && digits(&text[..2], 2).is_none() {
        return false;
    }
    let day = d[4] * 10 + d[5];
    let day = if day > 60 { day - 60 } else { day }; // samordningsnummer
    plausible_date(day, d[2] * 10 + d[3]) && luhn_ok(&d)
}

/// A day and month that some year has (the year is not always known: 29 February passes).
fn plausible_date(day: u32, month: u32) -> bool {
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => 29,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn norwegian_organisation_numbers() {
        for valid in ["958935420", "974760673", "958 935 420"] {
            assert!(is_no_org_number(valid), "{valid}");
        }
        for invalid in [
            "958935421",
            "95893542",
            "9589354200",
            "95893542a",
            "",
            "974 760 674",
        ] {
            assert!(!is_no_org_number(invalid), "{invalid}");
        }
    }

    #[test]
    fn a_norwegian_number_whose_remainder_is_one_is_never_valid() {
        // 4 0 0 0 0 0 0 0: 3·4 = 12, remainder 1, so no check digit makes it valid.
        for check in 0..10 {
            assert!(!is_no_org_number(&format!("40000000{check}")));
        }
    }

    #[test]
    fn swedish_organisation_numbers() {
        for valid in [
            "212000-1967",
            "2120001967",
            "212000-0142",
            "16212000-1967",
            "162120001967",
        ] {
            assert!(is_se_org_number(valid), "{valid}");
        }
        for invalid in [
            "212000-1968",
            "211000-1967",
            "19121212-1212",
            "21200-01967",
            "abcdef-ghij",
        ] {
            assert!(!is_se_org_number(invalid), "{invalid}");
        }
    }

    #[test]
    fn norwegian_national_identity_numbers() {
        for valid in ["17912099997", "05840399895", "57912075186", "30108299939"] {
            assert!(is_no_national_id(valid), "{valid}");
        }
        for invalid in [
            "17912099996",
            "1791209999",
            "32912099997",
            "17132099997",
            "abcdefghijk",
        ] {
            assert!(!is_no_national_id(invalid), "{invalid}");
        }
    }

    #[test]
    fn swedish_personal_identity_numbers() {
        for valid in [
            "19121212-1212",
            "121212-1212",
            "1212121212",
            "191212121212",
            "19500505-0512",
            "500505+0512",
        ] {
            assert!(is_se_national_id(valid), "{valid}");
        }
        for invalid in [
            "19121212-1213",
            "121312-1212",
            "12121-21212",
            "xx1212121212",
            "212000-1967",
        ] {
            assert!(!is_se_national_id(invalid), "{invalid}");
        }
    }

    /// The 9-digit organisation number with check digit for `body`, when one exists.
    fn no_org(body: [u32; 8]) -> Option<String> {
        let check = mod11_check(mod11(&body, &[3, 2, 7, 6, 5, 4, 3, 2]))?;
        Some(
            body.iter()
                .chain([check].iter())
                .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
                .collect(),
        )
    }

    /// The 10-digit Luhn number for `body`.
    fn luhn_complete(body: [u32; 9]) -> String {
        let check = (0..10)
            .find(|c| luhn_ok(&[&body[..], &[*c]].concat()))
            .unwrap_or(0);
        body.iter()
            .chain([check].iter())
            .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
            .collect()
    }

    fn corrupt(number: &str, position: usize, digit: u32) -> Option<String> {
        let mut chars: Vec<char> = number.chars().collect();
        let new = char::from_digit(digit, 10)?;
        (chars[position] != new).then(|| {
            chars[position] = new;
            chars.into_iter().collect()
        })
    }

    proptest! {
        #[test]
        fn every_valid_norwegian_org_number_is_accepted_and_every_single_digit_change_rejected(
            body in proptest::array::uniform8(0u32..10), position in 0usize..9, digit in 0u32..10,
        ) {
            if let Some(number) = no_org(body) {
                prop_assert!(is_no_org_number(&number), "{}", number);
                if let Some(corrupted) = corrupt(&number, position, digit) {
                    prop_assert!(!is_no_org_number(&corrupted), "{} → {}", number, corrupted);
                }
            }
        }

        #[test]
        fn every_valid_swedish_org_number_is_accepted_and_every_single_digit_change_rejected(
            mut body in proptest::array::uniform9(0u32..10), position in 0usize..10, digit in 0u32..10,
        ) {
            body[2] = 2 + body[2] % 8;
            let number = luhn_complete(body);
            prop_assert!(is_se_org_number(&number), "{}", number);
            if let Some(corrupted) = corrupt(&number, position, digit) {
                prop_assert!(!is_se_org_number(&corrupted), "{} → {}", number, corrupted);
            }
        }
    }
}

//! Calendar dates (`YYYY-MM-DD`) as a small value that can be compared, shown and moved by
//! whole months, for the rules that reason about dates (access grants and their reviews).
//! Inputs keep their dates as text so a half-typed one survives; rules parse them.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day of the Gregorian calendar, ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date written `YYYY-MM-DD`, if it is a real calendar day (leap years included).
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(year) && digits(month) && digits(day)) {
            return None;
        }
        let date = Date {
            year: year.parse().ok()?,
            month: month.parse().ok()?,
            day: day.parse().ok()?,
        };
        (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= date.month_days())
            .then_some(date)
    }

    /// How many days this date's month has.
    fn month_days(self) -> u8 {
        days_in(self.year, self.month)
    }

    /// The same day `months` later; the month's last day when it is shorter (31 January plus
    /// one month is 28 or 29 February).
    pub fn add_months(self, months: u32) -> Date {
        let index = u32::from(self.year) * 12 + u32::from(self.month) - 1 + months;
        let year = u16::try_from(index / 12).unwrap_or(u16::MAX).min(9999);
        let month = (index % 12) as u8 + 1;
        Date {
            year,
            month,
            day: self.day.min(days_in(year, month)),
        }
    }
}

fn days_in(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        _ => 28,
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A date as the repository's JSON Schemas describe it.
#[cfg(feature = "export")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date" })
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date YYYY-MM-DD: {text:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn real_days_parse_and_print_as_written() {
        for text in ["2026-01-01", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert_eq!(d(text).to_string(), text);
        }
    }

    #[test]
    fn anything_else_is_not_a_date() {
        for text in [
            "",
            "2026-1-01",
            "2026-13-01",
            "2026-00-10",
            "2025-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-01-01x",
            "+026-01-01",
            "2026-01-01-01",
            "２０２６-01-01",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }

    #[test]
    fn dates_order_by_time() {
        assert!(d("2026-01-31") < d("2026-02-01"));
        assert!(d("2025-12-31") < d("2026-01-01"));
    }

    #[test]
    fn adding_months_keeps_the_day_or_takes_the_months_last() {
        assert_eq!(d("2026-01-15").add_months(6), d("2026-07-15"));
        assert_eq!(d("2026-08-31").add_months(6), d("2027-02-28"));
        assert_eq!(d("2027-08-31").add_months(6), d("2028-02-29"));
        assert_eq!(d("2026-11-30").add_months(12), d("2027-11-30"));
        assert_eq!(d("2026-05-05").add_months(0), d("2026-05-05"));
    }

    #[test]
    fn it_travels_as_its_text() {
        let json = serde_json::to_string(&d("2026-06-30")).unwrap();
        assert_eq!(json, "\"2026-06-30\"");
        assert_eq!(
            serde_json::from_str::<Date>(&json).unwrap(),
            d("2026-06-30")
        );
        assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    }
}

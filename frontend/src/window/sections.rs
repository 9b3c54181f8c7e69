//! The window's sections and the sidebar's order of them.

use contracts::model::Entity;

/// A section of the window.
#[derive(Clone, Copy, PartialEq)]
pub enum Section {
    /// The overview (the start page).
    Overview,
    /// The ownership and integration map.
    Map,
    /// The items of one kind.
    Items(Entity),
    /// The reports.
    Reports,
    /// The audit trail.
    Audit,
}

/// The sidebar, in order: (section, message id, element id).
pub const SIDEBAR: [(Section, &str, &str); 13] = [
    (Section::Overview, "nav-overview", "nav-overview"),
    (Section::Items(Entity::Request), "nav-desk", "nav-desk"),
    (Section::Map, "nav-map", "nav-map"),
    (
        Section::Items(Entity::Contract),
        "nav-contracts",
        "nav-contracts",
    ),
    (
        Section::Items(Entity::Integration),
        "nav-integrations",
        "nav-integrations",
    ),
    (
        Section::Items(Entity::AccessGrant),
        "nav-access",
        "nav-access",
    ),
    (Section::Items(Entity::System), "nav-systems", "nav-systems"),
    (
        Section::Items(Entity::InformationSet),
        "nav-information-sets",
        "nav-information-sets",
    ),
    (
        Section::Items(Entity::Organisation),
        "nav-organisations-people",
        "nav-parties",
    ),
    (
        Section::Items(Entity::Agreement),
        "nav-agreements",
        "nav-agreements",
    ),
    (
        Section::Items(Entity::ClassificationScheme),
        "nav-schemes",
        "nav-schemes",
    ),
    (Section::Reports, "nav-reports", "nav-reports"),
    (Section::Audit, "nav-audit", "nav-audit"),
];

/// Whether `section` is the one the sidebar entry `entry` stands for.
pub fn same_entry(section: Section, entry: Section) -> bool {
    let party = |s| matches!(s, Section::Items(Entity::Organisation | Entity::Person));
    section == entry || (party(section) && party(entry))
}

/// The section an Alt+digit shortcut goes to: Alt+1…9 the first nine, Alt+0 the tenth.
pub fn for_digit(key: &str) -> Option<Section> {
    key.parse::<usize>()
        .ok()
        .map(|n| if n == 0 { 10 } else { n })
        .filter(|n| (1..=SIDEBAR.len()).contains(n))
        .map(|index| SIDEBAR[index - 1].0)
}

use super::*;
use crate::model::{Lifecycle, Role, SystemDraft};
use crate::store::Error as StoreError;
use crate::validate::{FieldPath, IssueCode};
use crate::wire::{Cell, ListPage, ListQuery};

use crate::app::items::Editing;
use crate::app::test_support::demo;

fn query(entity: Entity) -> ListQuery {
    ListQuery {
        entity,
        filter: String::new(),
        sort: 0,
        descending: false,
        offset: 0,
        limit: 100,
    }
}

fn first_cells(page: &ListPage) -> Vec<String> {
    page.rows.iter().map(|r| r.cells[0].texts()).collect()
}

#[test]
fn every_kind_lists_its_demo_items_with_one_cell_per_column() {
    let (_dir, catalog) = demo();
    for (entity, count) in [
        (Entity::Contract, 5),
        (Entity::Organisation, 3),
        (Entity::Person, 5),
        (Entity::System, 6),
        (Entity::InformationSet, 3),
        (Entity::Integration, 5),
        (Entity::Agreement, 2),
        (Entity::ClassificationScheme, 2),
        (Entity::Request, 6),
        (Entity::AccessGrant, 4),
    ] {
        let page = list_page(&catalog, &query(entity)).unwrap();
        assert_eq!(page.total, count, "{entity:?}");
        assert_eq!(page.rows.len(), count, "{entity:?}");
        for row in &page.rows {
            assert_eq!(row.cells.len(), page.columns.len(), "{entity:?}");
            get_item(&catalog, entity, row.id).unwrap();
        }
    }
}

#[test]
fn contract_lists_filter_by_every_word_sort_by_any_column_and_page() {
    let (_dir, mut catalog) = demo();
    for n in 0..30 {
        let mut draft = crate::app::demo::contracts()[2].clone();
        draft.title = format!("Kopi {n:02} av 50%_rabatt");
        catalog.save(None, draft).unwrap();
    }
    let mut q = query(Entity::Contract);
    q.filter = "KOPI 50%_".into();
    q.limit = 10;
    q.offset = 10;
    let page = list_page(&catalog, &q).unwrap();
    assert_eq!(page.total, 30);
    assert_eq!(first_cells(&page)[0], "Kopi 10 av 50%_rabatt");
    q.descending = true;
    q.offset = 0;
    assert_eq!(
        first_cells(&list_page(&catalog, &q).unwrap())[0],
        "Kopi 29 av 50%_rabatt"
    );
    q.filter = "% ; \"".into();
    assert_eq!(
        list_page(&catalog, &q).unwrap().total,
        35,
        "no words: no filter"
    );
    q.filter = "elev til".into();
    assert_eq!(list_page(&catalog, &q).unwrap().total, 1);
    // Any case, Nordic letters included; the owner and the systems count.
    for filter in ["øystein", "ØYSTEIN LØVÅS", "folkeregisterkopi"] {
        q.filter = filter.into();
        assert_eq!(list_page(&catalog, &q).unwrap().total, 1, "{filter}");
    }

    let mut by_status = query(Entity::Contract);
    by_status.sort = 2;
    by_status.filter = "elev".into();
    let page = list_page(&catalog, &by_status).unwrap();
    assert_eq!(page.rows[0].cells[2], Cell::Key("status-approved".into()));

    // Every column sorts, both ways, and the page is that order's slice.
    for sort in 0..6 {
        for descending in [false, true] {
            let all = ListQuery {
                sort,
                descending,
                limit: 100,
                ..query(Entity::Contract)
            };
            let cells: Vec<String> = list_page(&catalog, &all)
                .unwrap()
                .rows
                .iter()
                .map(|r| r.cells[sort].texts().to_lowercase())
                .collect();
            let mut sorted = cells.clone();
            sorted.sort();
            if descending {
                sorted.reverse();
            }
            assert_eq!(cells, sorted, "column {sort}, descending {descending}");
            let page = ListQuery {
                offset: 5,
                limit: 3,
                ..all.clone()
            };
            let slice: Vec<i64> = list_page(&catalog, &page)
                .unwrap()
                .rows
                .iter()
                .map(|r| r.id)
                .collect();
            let whole: Vec<i64> = list_page(&catalog, &all)
                .unwrap()
                .rows
                .iter()
                .map(|r| r.id)
                .collect();
            assert_eq!(slice, whole[5..8], "column {sort}");
        }
    }
}

#[test]
fn small_lists_filter_and_sort_too() {
    let (_dir, catalog) = demo();
    let mut q = query(Entity::System);
    q.descending = true;
    let names = first_cells(&list_page(&catalog, &q).unwrap());
    assert_eq!(names[0], "Tilgangsstyring (IAM)");
    q.filter = "oppvekst".into();
    assert_eq!(list_page(&catalog, &q).unwrap().total, 2, "by unit");
    let mut people = query(Entity::Person);
    people.filter = "ø".into();
    assert_eq!(
        first_cells(&list_page(&catalog, &people).unwrap()),
        ["Åse Bjørnstad", "Øystein Løvås"]
    );
}

#[test]
fn any_kind_saves_through_one_entry_and_reports_its_issues() {
    let (_dir, mut catalog) = demo();
    let draft = Draft::System(SystemDraft {
        name: "Byggesak".into(),
        lifecycle: Lifecycle::Planned,
        ..SystemDraft::default()
    });
    let saved = save_item(
        &mut catalog,
        SaveItemRequest {
            id: None,
            draft: draft.clone(),
            original: None,
        },
    )
    .unwrap();
    assert_eq!(saved.draft, draft);
    assert_eq!(get_item(&catalog, Entity::System, saved.id).unwrap(), saved);

    let invalid = Draft::new_of(Entity::Person).unwrap();
    match save_item(
        &mut catalog,
        SaveItemRequest {
            id: None,
            draft: invalid.clone(),
            original: None,
        },
    ) {
        Err(Error::Invalid { issues }) => {
            assert_eq!(issues, invalid.issues(&[]));
            assert_eq!(issues[0].path, FieldPath::Name);
            assert_eq!(issues[0].code, IssueCode::Required);
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn a_draft_contract_may_lack_its_owner_systems_and_fields_but_review_may_not() {
    use crate::model::{ContractDraft, ContractStatus};
    let (_dir, mut catalog) = demo();
    let draft = ContractDraft {
        title: "Uferdig".into(),
        version: "0.1.0".into(),
        ..ContractDraft::default()
    };
    let gaps = crate::validate::contract_gaps(&draft);
    assert_eq!(gaps.len(), 4, "{gaps:?}");
    assert_eq!(Draft::Contract(draft.clone()).refusals(&[]), vec![]);
    let bad_title = Draft::Contract(ContractDraft {
        title: String::new(),
        ..draft.clone()
    });
    assert_eq!(
        bad_title.refusals(&[])[0].path,
        FieldPath::Title,
        "other issues still refuse"
    );
    let saved = catalog.save(None, draft).unwrap();
    let err = move_contract(&mut catalog, saved.id, ContractStatus::InReview).unwrap_err();
    assert!(
        matches!(&err, Error::ContractIncomplete { issues } if *issues == gaps),
        "{err:?}"
    );

    let mut complete = catalog.contract(ContractId(1)).unwrap().draft;
    complete.title = "Uferdig".into();
    catalog.save(Some(saved.id), complete.clone()).unwrap();
    move_contract(&mut catalog, saved.id, ContractStatus::InReview).unwrap();
    complete.owner = String::new();
    match catalog.save(Some(saved.id), complete) {
        Err(Error::Invalid { issues }) => {
            assert_eq!(
                issues,
                vec![crate::validate::Issue::new(
                    FieldPath::Owner,
                    IssueCode::Required
                )]
            )
        }
        other => panic!("a contract in review keeps what review needs: {other:?}"),
    }
}

#[test]
fn an_item_comes_with_its_roles_and_a_contract_with_its_state() {
    let (_dir, catalog) = demo();
    let contract = get_item(&catalog, Entity::Contract, 1).unwrap();
    assert!(contract.state.is_some());
    assert_eq!(contract.roles.len(), 1);
    assert_eq!(contract.roles[0].role, Role::InformationOwner);
}

#[test]
fn lookups_and_the_audit_trail_cover_the_catalog() {
    let (_dir, catalog) = demo();
    let lookups = lookups(&catalog).unwrap();
    assert_eq!(lookups.systems.len(), 6);
    assert_eq!(lookups.people.len(), 5);
    assert_eq!(lookups.information_sets.len(), 3);
    assert_eq!(lookups.schemes.len(), 2);
    let mut q = query(Entity::Contract);
    q.limit = 5;
    q.descending = true;
    let page = audit_rows(&catalog, &q).unwrap();
    assert!(page.total > 20);
    assert_eq!(page.rows.len(), 5);
    let newest = audit_entry(&catalog, page.rows[0].id).unwrap();
    assert_eq!(
        page.rows[0].cells[2],
        Cell::Key(format!("audit-{}", newest.event.action.as_str()))
    );
    assert_eq!(
        newest.entity,
        Entity::Request,
        "the demo's desk is seeded last"
    );
    assert_eq!(Cell::Text(newest.title()), page.rows[0].cells[4]);
    // Filtered by words in the item's title and the kind; sorted by item.
    q.filter = "ELEVREGISTER contract".into();
    q.sort = 4;
    q.descending = false;
    let page = audit_rows(&catalog, &q).unwrap();
    assert!(
        page.total >= 3,
        "created, governed, moved through the workflow"
    );
    assert!(page
        .rows
        .iter()
        .all(|r| r.cells[4] == Cell::Text("Elevregister til elevportalen".into())));
    q.filter = "Klassifiseringsveiledere".into();
    assert_eq!(
        audit_rows(&catalog, &q).unwrap().total,
        0,
        "only titles, not every text"
    );
}

#[test]
fn schemes_are_edited_through_the_same_entry_and_a_level_in_use_stays() {
    use crate::model::{Labels, Lang};
    let (_dir, mut catalog) = demo();
    let id = catalog.scheme_id("no-uh").unwrap().unwrap();
    let Draft::ClassificationScheme(mut scheme) =
        get_item(&catalog, Entity::ClassificationScheme, id)
            .unwrap()
            .draft
    else {
        panic!("a scheme")
    };
    scheme.levels[1].name =
        Labels::from_pairs(&[(Lang::En, "Internal use"), (Lang::Nb, "Intern bruk")]);
    let saved = save_item(
        &mut catalog,
        SaveItemRequest {
            id: Some(id),
            draft: Draft::ClassificationScheme(scheme.clone()),
            original: None,
        },
    )
    .unwrap();
    assert_eq!(saved.id, id);
    assert_eq!(saved.draft, Draft::ClassificationScheme(scheme.clone()));

    // The demo's information sets use level 3 (strictly confidential): it cannot go.
    let mut fewer = scheme;
    fewer.levels.truncate(3);
    assert!(matches!(
        save_item(
            &mut catalog,
            SaveItemRequest {
                id: Some(id),
                draft: Draft::ClassificationScheme(fewer),
                original: None,
            }
        ),
        Err(Error::Store(StoreError::InUse { .. }))
    ));

    let Some(Draft::ClassificationScheme(mut new)) = Draft::new_of(Entity::ClassificationScheme)
    else {
        panic!("a new scheme")
    };
    assert!(
        !Draft::ClassificationScheme(new.clone())
            .issues(&[])
            .is_empty(),
        "a key is needed"
    );
    new.key = "lokal".into();
    new.name = Labels::from_pairs(&[(Lang::Nb, "Lokal ordning")]);
    let saved = save_item(
        &mut catalog,
        SaveItemRequest {
            id: None,
            draft: Draft::ClassificationScheme(new),
            original: None,
        },
    )
    .unwrap();
    assert_eq!(
        list_page(&catalog, &query(Entity::ClassificationScheme))
            .unwrap()
            .total,
        3
    );
    assert_eq!(saved.draft.title(), "Lokal ordning");
}

#[test]
fn the_desk_lists_overdue_follow_ups_first_and_marks_them() {
    let (_dir, catalog) = demo();
    let page = list_page(&catalog, &query(Entity::Request)).unwrap();
    assert_eq!(page.columns[0], "col-follow-up");
    let titles: Vec<String> = page.rows.iter().map(|r| r.cells[1].texts()).collect();
    assert_eq!(titles[0], "Elevlister til skoleskyss");
    assert_eq!(
        titles.last().map(String::as_str),
        Some("Folkeregisteroppslag for barnevernet"),
        "resolved last"
    );
    assert!(matches!(
        &page.rows[0].cells[0],
        Cell::Flagged { flag, .. } if flag == OVERDUE_FLAG
    ));
    assert!(page.rows[1..]
        .iter()
        .all(|r| !matches!(r.cells[0], Cell::Flagged { .. })));
    assert_eq!(page.rows[0].cells[2], Cell::Key("status-waiting".into()));
    // Descending turns the order of attention round; another column sorts by its text.
    let mut q = query(Entity::Request);
    q.descending = true;
    let reversed = list_page(&catalog, &q).unwrap();
    assert_eq!(
        reversed.rows[5].cells[1].texts(),
        "Elevlister til skoleskyss"
    );
    q.sort = 1;
    q.descending = false;
    let by_title = list_page(&catalog, &q).unwrap();
    assert_eq!(
        by_title.rows[0].cells[1].texts(),
        "Ansattdata til nytt turnussystem"
    );
    // A filter finds a request by its asker.
    let mut q = query(Entity::Request);
    q.filter = "fylkeskommune".into();
    assert_eq!(list_page(&catalog, &q).unwrap().total, 1);
}

#[test]
fn a_grant_item_carries_its_review_date_and_standing_and_its_list_shows_them() {
    let (_dir, catalog) = demo();
    let page = list_page(&catalog, &query(Entity::AccessGrant)).unwrap();
    assert_eq!(page.columns[2], "col-review-due");
    let overdue = page
        .rows
        .iter()
        .find(|row| row.cells[0] == Cell::Text("Eksempel kommune".into()))
        .unwrap();
    assert_eq!(overdue.cells[2], Cell::Text("2026-07-05".into()));
    assert_eq!(
        overdue.cells[3],
        Cell::Key("grant-status-review-overdue".into())
    );
    let item = get_item(&catalog, Entity::AccessGrant, overdue.id).unwrap();
    let access = item.access.unwrap();
    assert_eq!(access.status, crate::model::GrantStatus::ReviewOverdue);
    assert_eq!(access.review_due.unwrap().to_string(), "2026-07-05");
    assert!(access.shipped_default);
}

#[test]
fn a_refused_grant_comes_back_as_an_issue_at_the_contract() {
    let (_dir, mut catalog) = demo();
    let Draft::AccessGrant(mut draft) = get_item(&catalog, Entity::AccessGrant, 3).unwrap().draft
    else {
        unreachable!("grant 3 is a grant")
    };
    // The HR contract is a draft and governs another integration.
    draft.contract = Some(ContractId(3));
    let err = save_item(
        &mut catalog,
        SaveItemRequest {
            id: None,
            draft: Draft::AccessGrant(draft),
            original: None,
        },
    )
    .unwrap_err();
    let wire = crate::wire::WireError::from(err);
    assert_eq!(wire.issues.len(), 1);
    assert_eq!(wire.issues[0].path, FieldPath::Contract);
    assert_eq!(wire.issues[0].code, IssueCode::ContractNotGoverning);
}

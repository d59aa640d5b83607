-- The member search at national scale, from measurements on the generated nation
-- (scripts/generate-nation.sh, scripts/benchmark.sh; figures in the README).

-- The 内訳 by sex of a whole association and the kana of the members a page sorts join every
-- member's doctor: read from this index alone instead of the doctor table (JMA's 内訳: 0.5 s cold →
-- about 0.15 s; the page at 10,000 of 東京都医師会's 22,600: 0.24 s → 0.11 s).
create index doctor_id_kana_sex_idx on doctor (id) include (sex, search_kana);

-- An association's members in doctor order, with what counts, breakdowns and the category,
-- facility and join-date filters read, so those never touch the table.
create index membership_association_doctor_idx on membership (association_id, status, doctor_id)
    include (category, facility_id, join_date);
-- its prefix (association_id, status) was this one's
drop index membership_association_idx;

-- The facility filter compares a part of the name in lower case: computed once when written
-- instead of lower() on every facility at every search.
alter table facility add column name_key varchar(200) generated always as (lower(name)) stored;

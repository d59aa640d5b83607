-- The member search at national scale, from measurements on the generated nation
-- (scripts/generate-nation.sh, scripts/benchmark.sh; figures in the README).

-- The 内訳 by sex of a whole association joins every member's doctor: read from this index alone
-- instead of the doctor table (JMA's 180,000 members: 0.5 s cold → about 0.13 s).
create index doctor_id_sex_idx on doctor (id, sex);

-- An association's members in doctor order, with what counts, breakdowns and the category,
-- facility and join-date filters read, so those never touch the table.
create index membership_association_doctor_idx on membership (association_id, status, doctor_id)
    include (category, facility_id, join_date);
-- its prefix (association_id, status) was this one's
drop index membership_association_idx;

-- The facility filter compares a part of the name in lower case: computed once when written
-- instead of lower() on every facility at every search.
alter table facility add column name_key varchar(200) generated always as (lower(name)) stored;

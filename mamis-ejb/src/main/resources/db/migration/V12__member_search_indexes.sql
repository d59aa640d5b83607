-- Indexes any member search needs at national scale (measured on a generated nation of 343,000
-- doctors, see the README's Benchmark section).

-- A doctor's memberships: every chain lookup (the prefectural membership through the same
-- facility for the statistics, My Page, a member's detail and history) goes from the doctor.
-- membership_current_uq covers only the current ones and cannot serve "as of a date" queries.
create index membership_doctor_idx on membership (doctor_id);

-- Member lists are sorted by the reading (kana is stored normalised: full-width katakana), and
-- searched by its prefix: walking the doctors in this order stops after one page, also for JMA's
-- 176,000 members, instead of sorting them all.
create index doctor_kana_idx on doctor (family_kana, given_kana, id);

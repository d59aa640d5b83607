-- Member search (会員検索) at national scale: 343,000 doctors, ~950 associations, ~175,000 JMA members.
--
-- Names are searched by prefix (前方一致) on stored search keys that the application writes with
-- the name (jp.mamis.domain.validation.SearchKey: width folded, hiragana to katakana, spaces
-- removed, kanji kept as entered). A btree with text_pattern_ops serves "like 'key%'" whatever
-- the database collation. (pg_trgm is in the embedded binaries, but its trigrams ignore
-- non-alphanumeric characters under the C locale, which would leave Japanese names unindexed,
-- and an external database may not allow creating extensions.)
alter table doctor add column search_name varchar(100) not null default '';
alter table doctor add column search_kana varchar(100) not null default '';

-- Existing rows: the stored kana is already full-width katakana (JapaneseText.toKatakana), so
-- removing the spaces and mapping any hiragana gives the same key the application computes.
update doctor set
    search_name = replace(replace(family_name || given_name, ' ', ''), '　', ''),
    search_kana = translate(replace(replace(family_kana || given_kana, ' ', ''), '　', ''),
        'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ',
        'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ');

create index doctor_search_kana_idx on doctor (search_kana text_pattern_ops);
create index doctor_search_name_idx on doctor (search_name text_pattern_ops);
-- the default order of the list and the keyset of the exports
create index doctor_search_kana_order_idx on doctor (search_kana, id);
create index doctor_birth_date_idx on doctor (birth_date);
create index doctor_graduation_date_idx on doctor (graduation_date);

-- the association's members by status and category: the list's count and the 内訳 by category
-- come from this index alone
create index membership_association_category_idx on membership (association_id, status, category, doctor_id);
-- from a doctor found by name to its membership of the association
create index membership_doctor_association_idx on membership (doctor_id, association_id);
create index membership_association_join_idx on membership (association_id, join_date);

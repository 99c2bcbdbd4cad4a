-- A case from a historic archive keeps the number it had there (12/2003-АФГ, A-15773) beside the product's number.
-- The key is its upper-case form, computed by the application: one archive number is one case whatever the case of
-- its letters, and search matches it without depending on the database's collation for Cyrillic. A unique index
-- treats nulls as distinct on H2 and PostgreSQL alike: any number of cases have no archive number.
alter table family_case add column legacy_reference varchar(50);
alter table family_case add column legacy_reference_key varchar(150);
create unique index uq_family_case_legacy_reference on family_case (legacy_reference_key);

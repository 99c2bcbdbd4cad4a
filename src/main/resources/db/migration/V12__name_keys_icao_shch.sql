-- Name keys now fold ICAO's "shch" (щ) like "sh". A Latin "shch" used to leave "shkh" in the key; keys written from
-- Cyrillic or Arabic script are unchanged.
update person set surname_key = replace(surname_key, 'shkh', 'sh') where surname_key like '%shkh%';
update person set given_name_key = replace(given_name_key, 'shkh', 'sh') where given_name_key like '%shkh%';

-- Name keys now fold "sh" followed by any number of "ch" (щч, шч, a passport's "shchch") to "sh", as a single
-- "shch" already was: such a name used to keep "shkh" in its key and was not found by its other spelling.
update person set surname_key = replace(replace(surname_key, 'shkh', 'sh'), 'shkh', 'sh')
 where surname_key like '%shkh%';
update person set given_name_key = replace(replace(given_name_key, 'shkh', 'sh'), 'shkh', 'sh')
 where given_name_key like '%shkh%';

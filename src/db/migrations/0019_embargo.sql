-- UN measures carry their resolution and what they bar. `scope` says which rough diamonds the measure
-- stops: 'rough diamonds export' (every State must prevent the import of rough diamonds FROM the
-- target: resolutions 1343 (2001) and 1521 (2003) on Liberia, 1643 (2005) on Côte d'Ivoire),
-- 'rough diamonds import' (no rough diamonds may go TO the target), or both.
alter table un_measures add column symbol text;
alter table un_measures add column scope text not null default 'rough diamonds export'
  check (scope in ('rough diamonds export', 'rough diamonds import', 'rough diamonds export/import'));

-- a store seeded before this migration: name the resolutions of the measures it holds
update un_measures set symbol = 'S/RES/1643 (2005)' where target = 'CI' and basis like '%1643 (2005)%';
update un_measures set symbol = 'S/RES/1521 (2003)' where target = 'LR' and basis like '%1521 (2003)%';
-- and Liberia's first diamond measure, resolution 1343 (2001) of 7 March 2001, in force from 7 May 2001
-- (its paragraph 6) until resolution 1521 (2003) replaced it on 22 December 2003 (public record)
insert into un_measures (target, id, kind, basis, valid_from, valid_to, note, symbol, scope)
select 'LR', gen_random_uuid(), 'sanctions',
       'UN Security Council resolution 1343 (2001) diamond sanctions: all States to prevent the import of rough diamonds from Liberia',
       '2001-05-07', '2003-12-22',
       'terminated and re-imposed by UN Security Council resolution 1521 (2003) (public record)',
       'S/RES/1343 (2001)', 'rough diamonds export'
where exists (select 1 from participants where code = 'LR')
  and not exists (select 1 from un_measures where target = 'LR' and symbol = 'S/RES/1343 (2001)');

-- verification of a replacing certificate names the one it replaces: found by this index
create index certificates_replaced_by on certificates (participant, replaced_by) where replaced_by is not null;

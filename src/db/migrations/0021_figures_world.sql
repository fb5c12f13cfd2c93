-- Issue #14: a world that behaves.
--
-- 1. Every registry entry has its KP authority's name (the name its certificates carry): stores
--    seeded before this migration get the names of src/participants/seed/authorities.json where
--    none was set (a name the Participant set itself is kept). A store seeded after it gets them
--    from the seed; a test holds the two lists equal.
update participants set authority_name = a.name
from (values
  ('AE', 'Dubai Multi Commodities Centre (UAE Kimberley Process Office)'),
  ('AM', 'Kimberley Process authority of Armenia'),
  ('AO', 'Ministry of Geology and Mines'),
  ('AU', 'Kimberley Process authority of Australia'),
  ('BD', 'Kimberley Process authority of Bangladesh'),
  ('BG', 'Kimberley Process authority of Bulgaria'),
  ('BR', 'Departamento Nacional de Produção Mineral (DNPM)'),
  ('BW', 'Ministry of Minerals, Energy and Water Resources'),
  ('BY', 'Kimberley Process authority of Belarus'),
  ('CA', 'Natural Resources Canada'),
  ('CD', 'Centre d''Évaluation, d''Expertise et de Certification (CEEC)'),
  ('CF', 'Kimberley Process authority of the Central African Republic'),
  ('CG', 'Kimberley Process authority of the Republic of Congo'),
  ('CH', 'State Secretariat for Economic Affairs (SECO)'),
  ('CI', 'Kimberley Process authority of Côte d''Ivoire'),
  ('CM', 'Kimberley Process authority of Cameroon'),
  ('CN', 'General Administration of Quality Supervision, Inspection and Quarantine (AQSIQ)'),
  ('CV', 'Kimberley Process authority of Cape Verde'),
  ('EU', 'European Commission'),
  ('GA', 'Kimberley Process authority of Gabon'),
  ('GH', 'Kimberley Process authority of Ghana'),
  ('GN', 'Kimberley Process authority of Guinea'),
  ('GY', 'Guyana Geology and Mines Commission'),
  ('HR', 'Kimberley Process authority of Croatia'),
  ('ID', 'Kimberley Process authority of Indonesia'),
  ('IL', 'Diamond Controller, Ministry of Industry, Trade and Labour'),
  ('IN', 'Gem and Jewellery Export Promotion Council (Ministry of Commerce and Industry)'),
  ('JP', 'Ministry of Economy, Trade and Industry'),
  ('KR', 'Kimberley Process authority of the Republic of Korea'),
  ('LA', 'Kimberley Process authority of the Lao People''s Democratic Republic'),
  ('LB', 'Kimberley Process authority of Lebanon'),
  ('LK', 'Kimberley Process authority of Sri Lanka'),
  ('LR', 'Kimberley Process authority of Liberia'),
  ('LS', 'Kimberley Process authority of Lesotho'),
  ('ML', 'Kimberley Process authority of Mali'),
  ('MU', 'Kimberley Process authority of Mauritius'),
  ('MX', 'Kimberley Process authority of Mexico'),
  ('MY', 'Kimberley Process authority of Malaysia'),
  ('NA', 'Ministry of Mines and Energy'),
  ('NO', 'Kimberley Process authority of Norway'),
  ('NZ', 'Kimberley Process authority of New Zealand'),
  ('PH', 'Kimberley Process authority of the Philippines'),
  ('RO', 'Kimberley Process authority of Romania'),
  ('RU', 'Ministry of Finance of the Russian Federation'),
  ('SG', 'Kimberley Process authority of Singapore'),
  ('SL', 'Ministry of Mineral Resources (Gold and Diamond Office)'),
  ('SZ', 'Kimberley Process authority of Swaziland'),
  ('TG', 'Kimberley Process authority of Togo'),
  ('TH', 'Kimberley Process authority of Thailand'),
  ('TN', 'Kimberley Process authority of Tunisia'),
  ('TR', 'Kimberley Process authority of Turkey'),
  ('TW', 'Kimberley Process authority of Chinese Taipei'),
  ('TZ', 'Ministry of Energy and Minerals'),
  ('UA', 'Kimberley Process authority of Ukraine'),
  ('US', 'Department of State'),
  ('VE', 'Kimberley Process authority of Venezuela'),
  ('VN', 'Kimberley Process authority of Viet Nam'),
  ('ZA', 'South African Diamond and Precious Metals Regulator'),
  ('ZW', 'Ministry of Mines and Mining Development')
) as a (code, name)
where participants.code = a.code and participants.authority_name is null;

-- 2. The enlargement of the European Union on 1 January 2007: Bulgaria and Romania become member
--    states, covered by the European Community's participation, and their own participation ends
--    that day. Each membership now says on what basis it holds.
alter table participant_members add column basis text;
update participant_members set basis = 'Treaty of Accession of 2003 (in force 1 May 2004)' where participant = 'EU' and valid_from = '2004-05-01' and basis is null;
update participant_members set basis = 'member state of the European Union when the scheme took effect' where participant = 'EU' and valid_from < '2004-05-01' and basis is null;
update participant_status set valid_to = '2007-01-01',
  note = coalesce(note || '; ', '') || 'participation ended on joining the European Union on 1 January 2007 (Treaty of Accession of 2005): covered by the European Community from that day'
where participant in ('BG', 'RO') and status = 'participant' and valid_to is null and valid_from < '2007-01-01'
  and exists (select 1 from participants where code = 'EU');
insert into participant_members (participant, country, valid_from, valid_to, basis)
select 'EU', c.country, '2007-01-01', null, 'Treaty of Accession of 2005 (in force 1 January 2007)'
from (values ('BG'), ('RO')) as c (country)
where exists (select 1 from participants where code = 'EU')
  and not exists (select 1 from participant_members m where m.country = c.country);

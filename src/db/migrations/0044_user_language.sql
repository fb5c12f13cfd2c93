-- The language a user reads (#17): their e-mails, and what the server writes for them when a request
-- names no language. Null until the user chooses one (then Accept-Language, else English, applies).
alter table users add column language text check (language in ('en', 'fr', 'pt', 'es', 'ru'));

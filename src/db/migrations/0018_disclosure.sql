-- What a number alone discloses (docs/security.md): a certificate's verification code, a random
-- secret printed beside the QR code of the paper certificate, lets its holder see more than the
-- verdict. Only its hash is kept (SHA-256 of the code salted by the number), in the certificate's own
-- row (key: Participant, number). Certificates issued before this change have none until the issuing
-- authority makes one (`kpcs cert code`), which replaces any earlier one.
alter table certificates add column verification_code_hash text;

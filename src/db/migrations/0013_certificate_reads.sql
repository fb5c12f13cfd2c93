-- Reads over twenty years of certificates (about 1.2 million, as many confirmations): the figures of a
-- Participant's imports come from the confirmations it recorded in a period; without this index they
-- read every confirmation the Participant ever recorded.
create index certificate_confirmations_received on certificate_confirmations (participant, received_on);

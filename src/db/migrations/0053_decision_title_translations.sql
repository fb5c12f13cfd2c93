-- A decision's title in each language it is translated into (#17: a person reads the title of a decision
-- adopted, in the alert, in their language). Null until a translator provides it; the English title
-- stands in for it meanwhile.
alter table plenary_decision_translations add column title text;

-- A signing bonus can be paid over several years (Amazon: year 1 and year 2). The existing columns stay the year-1
-- payment and its clawback; payments in later years are kept in signing_later as "year:amount:clawback months:P|F"
-- separated by ";" (docs/decisions/008). Existing revisions have none, so their figures stay as they were.
alter table offer_revision add column signing_later varchar(200) default '' not null;

-- A clawback exists only where a signing bonus does. The offer form used to store a 12-month clawback with every
-- revision, with or without a bonus; a clawback of nothing repays nothing, so clearing it changes no figure.
update offer_revision set clawback_months = 0, clawback_prorated = false where signing_bonus = 0;

-- How often shares are released after the cliff, as offer letters state it. Every revision stored before vested
-- monthly after its cliff, so that is the value existing rows get: their year figures stay as they were.
alter table offer_revision add column vesting_frequency varchar(16) default 'MONTHLY' not null;
alter table offer_revision add constraint ck_revision_vesting_frequency
    check (vesting_frequency in ('MONTHLY', 'QUARTERLY', 'SEMIANNUAL', 'YEARLY'));

-- Administrators can lock an account: it can no longer sign in until unlocked.
alter table user_account add column locked boolean not null default false;

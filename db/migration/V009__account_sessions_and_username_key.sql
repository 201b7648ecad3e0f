-- Sessions follow the account: every session remembers the epoch its account had when it signed in, and each
-- request compares it with this column. Locking the account or changing its password moves the epoch on, which ends
-- the account's other sessions on every instance (issue 19).
alter table user_account add column session_epoch bigint not null default 0;

-- Sign-up, sign-in and the sign-in throttle compare names by one key: Unicode NFKC and case folding, computed by the
-- application (com.offerbook.accounts.Usernames.key). For the names that exist, lower case is that key except for
-- the rare name NFKC or folding changes (fullwidth letters, ß); the application corrects those at start
-- (UsernameKeys). 192 = 3 x the longest name (Usernames.KEY_MAX_LENGTH).
alter table user_account add column username_key varchar(192);
update user_account set username_key = lower(username);
alter table user_account alter column username_key set not null;
create unique index uq_user_account_username_key on user_account (username_key);

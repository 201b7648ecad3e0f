-- The number format a user reads and types amounts in: a language tag of the supported list (en-US, de-DE, …),
-- or null for "as my browser" (the locale the browser asks for). Add-only: existing users keep their browser's.
alter table user_preference add column number_format varchar(16);

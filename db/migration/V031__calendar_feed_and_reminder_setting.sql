-- Issue 14: the private calendar feed of each user (the token is kept only as its SHA-256 hash, base.SecretTokens;
-- one feed per user, a new one replaces the old, turning it off deletes the row) and each user's e-mail reminder
-- setting (address at most base.Limits.EMAIL_MAX characters).
create table calendar_feed (
    owner_id    bigint      not null primary key,
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    constraint uq_calendar_feed_token unique (token_hash),
    constraint fk_calendar_feed_owner foreign key (owner_id) references user_account (id) on delete cascade
);

create table reminder_setting (
    owner_id    bigint       not null primary key,
    email       varchar(254),
    enabled     boolean      not null,
    version     bigint       not null,
    constraint fk_reminder_setting_owner foreign key (owner_id) references user_account (id) on delete cascade
);
create index ix_reminder_setting_enabled on reminder_setting (enabled);

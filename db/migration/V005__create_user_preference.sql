-- Per-user display settings: the currency figures are converted to for comparison, and the colour theme.
create table user_preference (
    user_id          bigint     primary key,
    display_currency varchar(3) not null default 'USD',
    dark_theme       boolean    not null default false,
    constraint fk_user_preference_user foreign key (user_id) references user_account (id) on delete cascade,
    constraint ck_user_preference_currency check (display_currency in ('USD', 'GBP', 'EUR', 'CAD', 'CHF'))
);

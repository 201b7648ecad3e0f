-- The figure a user ranks offers by (the dashboard's "best offer", and Compare when its address names none), and the
-- horizon of the figures that add up years: one row per user who changed it from the default (recurring, 5 years).
create table dashboard_preference (
    user_id       bigint      primary key,
    figure        varchar(24) not null,
    horizon_years integer     not null,
    constraint fk_dashboard_preference_user foreign key (user_id) references user_account (id) on delete cascade,
    constraint ck_dashboard_preference_figure check (figure in ('RECURRING', 'YEAR_ONE', 'FOUR_YEAR_AVERAGE', 'BEAR',
                                                              'BASE', 'BULL', 'EXPECTED', 'CASH_IN_HAND')),
    constraint ck_dashboard_preference_horizon check (horizon_years >= 1 and horizon_years <= 10)
);

-- The job the user would leave (one per user): pay, the bonus and retention they would forfeit, their own assumptions,
-- and the unvested equity as vesting dates (months after recorded_on) with their value on that day.
create table current_job (
    owner_id                  bigint         primary key,
    company                   varchar(120)   not null,
    currency                  varchar(3)     not null,
    base_salary               numeric(15, 2) not null,
    bonus_kind                varchar(16)    not null,
    bonus_value               numeric(15, 2) not null,
    equity_kind               varchar(16)    not null,
    recorded_on               date           not null,
    leave_month               integer        not null,
    bonus_paid_in_months      integer        not null,
    repayable_amount          numeric(15, 2) not null,
    repayable_clawback_months integer        not null,
    repayable_prorated        boolean        not null,
    months_served             integer        not null,
    bear_growth_pct      numeric(7, 2)  not null,
    base_growth_pct      numeric(7, 2)  not null,
    bull_growth_pct      numeric(7, 2)  not null,
    bear_weight_pct      numeric(5, 2)  not null,
    base_weight_pct      numeric(5, 2)  not null,
    bull_weight_pct      numeric(5, 2)  not null,
    liquidity_mode       varchar(16)    not null,
    first_sale_month     integer        not null,
    sale_every_months    integer        not null,
    sale_cap_kind        varchar(20)    not null,
    sale_cap_value       numeric(15, 2) not null,
    refresher_kind       varchar(20)    not null,
    refresher_value      numeric(15, 2) not null,
    refresher_vesting    varchar(100)   not null default '',
    refresher_first_year integer        not null,
    raise_pct            numeric(6, 2)  not null,
    horizon_years        integer        not null,
    option_shares        bigint,
    updated_at                timestamp with time zone not null,
    version                   bigint         not null default 0,
    constraint fk_current_job_owner foreign key (owner_id) references user_account (id) on delete cascade,
    constraint ck_current_job_company check (length(trim(company)) > 0),
    constraint ck_current_job_currency check (currency in ('USD', 'GBP', 'EUR', 'CAD', 'CHF')),
    constraint ck_current_job_base check (base_salary >= 0 and base_salary <= 100000000),
    constraint ck_current_job_bonus_kind check (bonus_kind in ('AMOUNT', 'PERCENT_OF_BASE')),
    constraint ck_current_job_bonus check (bonus_value >= 0 and bonus_value <= 100000000
                                           and (bonus_kind = 'AMOUNT' or bonus_value <= 1000)),
    constraint ck_current_job_equity_kind check (equity_kind in ('NONE', 'PUBLIC_RSU', 'PRIVATE_RSU', 'OPTIONS',
                                                                 'PROFIT_UNITS')),
    constraint ck_current_job_months check (leave_month >= 0 and leave_month <= 120
                                            and bonus_paid_in_months >= 1 and bonus_paid_in_months <= 12
                                            and months_served >= 0 and months_served <= 120),
    constraint ck_current_job_repayable check (repayable_amount >= 0 and repayable_amount <= 100000000
                                               and repayable_clawback_months >= 0
                                               and repayable_clawback_months <= 120),
    constraint ck_current_job_growth check (bear_growth_pct >= -100 and bull_growth_pct <= 500
                                    and bear_growth_pct <= base_growth_pct and base_growth_pct <= bull_growth_pct),
    constraint ck_current_job_weights check (bear_weight_pct >= 0 and bear_weight_pct <= 100
                                     and base_weight_pct >= 0 and base_weight_pct <= 100
                                     and bull_weight_pct >= 0 and bull_weight_pct <= 100
                                     and bear_weight_pct + base_weight_pct + bull_weight_pct = 100),
    constraint ck_current_job_liquidity check (liquidity_mode in ('FLAT_DISCOUNT', 'IPO', 'TENDERS')
                                       and first_sale_month >= 0 and first_sale_month <= 120
                                       and sale_every_months >= 0 and sale_every_months <= 120
                                       and (liquidity_mode <> 'TENDERS' or sale_every_months >= 1)),
    constraint ck_current_job_sale_cap check (sale_cap_kind in ('PERCENT_OF_UNSOLD', 'AMOUNT')
                                      and sale_cap_value >= 0 and sale_cap_value <= 1000000000
                                      and (sale_cap_kind <> 'PERCENT_OF_UNSOLD' or sale_cap_value <= 100)
                                      and (liquidity_mode <> 'TENDERS' or sale_cap_value > 0)),
    constraint ck_current_job_refresher check (refresher_kind in ('AMOUNT', 'PERCENT_OF_GRANT')
                                       and refresher_value >= 0 and refresher_value <= 1000000000
                                       and (refresher_kind <> 'PERCENT_OF_GRANT' or refresher_value <= 200)
                                       and refresher_first_year >= 1 and refresher_first_year <= 10),
    constraint ck_current_job_raise check (raise_pct >= -50 and raise_pct <= 100),
    constraint ck_current_job_horizon check (horizon_years >= 1 and horizon_years <= 10),
    constraint ck_current_job_options check (option_shares is null)
);

create table current_job_tranche (
    owner_id   bigint         not null,
    vest_month integer        not null,
    amount     numeric(15, 2) not null,
    constraint pk_current_job_tranche primary key (owner_id, vest_month),
    constraint fk_current_job_tranche_job foreign key (owner_id) references current_job (owner_id) on delete cascade,
    constraint ck_current_job_tranche check (vest_month >= 1 and vest_month <= 120
                                             and amount >= 0 and amount <= 1000000000)
);

-- A user's own default assumptions per kind of equity: offers without their own assumptions use these.
create table valuation_default (
    user_id              bigint         not null,
    equity_kind          varchar(16)    not null,
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
    updated_at           timestamp with time zone not null,
    version              bigint         not null default 0,
    constraint pk_valuation_default primary key (user_id, equity_kind),
    constraint fk_valuation_default_user foreign key (user_id) references user_account (id) on delete cascade,
    constraint ck_valuation_default_kind check (equity_kind in ('NONE', 'PUBLIC_RSU', 'PRIVATE_RSU', 'OPTIONS',
                                                                'PROFIT_UNITS')),
    constraint ck_valuation_default_growth check (bear_growth_pct >= -100 and bull_growth_pct <= 500
                                    and bear_growth_pct <= base_growth_pct and base_growth_pct <= bull_growth_pct),
    constraint ck_valuation_default_weights check (bear_weight_pct >= 0 and bear_weight_pct <= 100
                                     and base_weight_pct >= 0 and base_weight_pct <= 100
                                     and bull_weight_pct >= 0 and bull_weight_pct <= 100
                                     and bear_weight_pct + base_weight_pct + bull_weight_pct = 100),
    constraint ck_valuation_default_liquidity check (liquidity_mode in ('FLAT_DISCOUNT', 'IPO', 'TENDERS')
                                       and first_sale_month >= 0 and first_sale_month <= 120
                                       and sale_every_months >= 0 and sale_every_months <= 120
                                       and (liquidity_mode <> 'TENDERS' or sale_every_months >= 1)),
    constraint ck_valuation_default_sale_cap check (sale_cap_kind in ('PERCENT_OF_UNSOLD', 'AMOUNT')
                                      and sale_cap_value >= 0 and sale_cap_value <= 1000000000
                                      and (sale_cap_kind <> 'PERCENT_OF_UNSOLD' or sale_cap_value <= 100)
                                      and (liquidity_mode <> 'TENDERS' or sale_cap_value > 0)),
    constraint ck_valuation_default_refresher check (refresher_kind in ('AMOUNT', 'PERCENT_OF_GRANT')
                                       and refresher_value >= 0 and refresher_value <= 1000000000
                                       and (refresher_kind <> 'PERCENT_OF_GRANT' or refresher_value <= 200)
                                       and refresher_first_year >= 1 and refresher_first_year <= 10),
    constraint ck_valuation_default_raise check (raise_pct >= -50 and raise_pct <= 100),
    constraint ck_valuation_default_horizon check (horizon_years >= 1 and horizon_years <= 10),
    constraint ck_valuation_default_options check (option_shares is null)
);

-- Reference data from the ML/AI Engineer negotiation guide for Anthropic (figures only, as stated there;
-- the guide's sources: Levels.fyi and Blind compensation data 2025-2026). Shared bands: owner_id is null.
insert into band (owner_id, company, role_title, role_family, level_label, region, currency,
                  base_min, base_max, equity_min, equity_max, equity_vesting_years, bonus_min, bonus_max,
                  total_min, total_max, source_title, source_url, as_of, created_at)
values
    (null, 'Anthropic', 'ML/AI Engineer', 'ML/AI Engineer', '', 'San Francisco Bay Area', 'USD',
     265000, 335000, 425000, 750000, 4, null, null, 371000, 523000,
     'ML/AI Engineer negotiation guide for Anthropic (Levels.fyi, Blind data 2025-2026)', '', date '2026-01-01',
     timestamp with time zone '2026-11-26 00:00:00+00'),
    (null, 'Anthropic', 'ML/AI Engineer', 'ML/AI Engineer', '', 'Seattle', 'USD',
     257000, 319000, 425000, 750000, 4, null, null, 363000, 507000,
     'ML/AI Engineer negotiation guide for Anthropic (Levels.fyi, Blind data 2025-2026)', '', date '2026-01-01',
     timestamp with time zone '2026-11-26 00:00:00+00'),
    (null, 'Anthropic', 'ML/AI Engineer', 'ML/AI Engineer', '', 'London', 'GBP',
     201000, 255000, 323000, 570000, 4, null, null, 282000, 398000,
     'ML/AI Engineer negotiation guide for Anthropic (Levels.fyi, Blind data 2025-2026)', '', date '2026-01-01',
     timestamp with time zone '2026-11-26 00:00:00+00');

insert into level_tier (name, role_family, source)
values ('Senior ML/AI Engineer', 'ML/AI Engineer', 'ML/AI Engineer negotiation guide for Anthropic');

insert into level_tier_entry (tier_id, company, level_label)
select t.id, e.company, e.level_label
from level_tier t,
     (values ('Anthropic', ''),
             ('Google', 'L5'), ('Google', 'L6'),
             ('Meta', 'IC5'), ('Meta', 'IC6'),
             ('OpenAI', ''),
             ('Amazon', 'Applied Scientist II'), ('Amazon', 'Applied Scientist III')) as e (company, level_label)
where t.name = 'Senior ML/AI Engineer';

-- Illustrative exchange rates for comparing offers across currencies. Administrators should check and update
-- them (Exchange rates page); Offerbook never fetches rates from the network.
insert into fx_rate (currency, usd_per_unit, as_of, source)
values ('USD', 1, date '2026-11-01', 'Base currency'),
       ('GBP', 1.27, date '2026-11-01', 'Illustrative rate entered with Offerbook; update before relying on it'),
       ('EUR', 1.08, date '2026-11-01', 'Illustrative rate entered with Offerbook; update before relying on it'),
       ('CAD', 0.72, date '2026-11-01', 'Illustrative rate entered with Offerbook; update before relying on it'),
       ('CHF', 1.13, date '2026-11-01', 'Illustrative rate entered with Offerbook; update before relying on it');

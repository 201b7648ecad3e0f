-- Matching an offer to its band looks up "same company, role family and region, newest first". Case-insensitive
-- comparisons cannot use a plain index (H2 has no expression indexes), so the band stores that key in lower case
-- (the application keeps it current) and the lookup is one index range scan.
alter table band add column match_key varchar(300) not null default '';
update band set match_key = lower(company) || '|' || lower(role_family) || '|' || lower(region);
create index ix_band_match_key on band (match_key, as_of, id);
drop index ix_band_match;

-- The bands grid opens sorted by company, role and region.
create index ix_band_company_role_region on band (company, role_title, region, id);

-- The dashboard takes the owner's most recently changed offers of some statuses.
create index ix_offer_owner_status_change on offer (owner_id, status, last_change_at);

-- Plans and private premium levers are always read by owner.
create index ix_negotiation_plan_owner on negotiation_plan (owner_id);
create index ix_premium_lever_owner on premium_lever (owner_id);
create index ix_level_tier_entry_company on level_tier_entry (company);

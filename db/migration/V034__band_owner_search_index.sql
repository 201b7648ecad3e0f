-- Issue 15: the bands grid narrowed to shared (owner_id null) or private bands reads them in the grid's order from one
-- index and stops after a page. With the old index on owner_id alone, "shared" picked every shared band (the whole
-- library) and sorted them. The new index leads with owner_id, so it also serves the foreign key; the constraint is
-- dropped and added again because H2 ties the old index to it.
alter table band drop constraint fk_band_owner;
drop index if exists ix_band_owner;
create index ix_band_owner_search on band (owner_id, search_company, role_title, region, id);
alter table band add constraint fk_band_owner foreign key (owner_id) references user_account (id) on delete cascade;

-- Issue 15: the dashboard's due list reads only the offers whose deadline falls in its window, not every offer.
create index ix_offer_owner_deadline on offer (owner_id, deadline);

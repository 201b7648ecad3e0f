-- The step the planner rounds suggested asks and floors to (nearest 500 or 1,000 of the offer's currency),
-- chosen per plan. Plans stored before keep loading with the default, 500.
alter table negotiation_plan add column ask_step integer default 500 not null;
alter table negotiation_plan add constraint ck_negotiation_plan_ask_step check (ask_step in (500, 1000));

-- Most orders carry no Idempotency-Key, yet the unique index over every row gave each of them an entry, and another
-- at each change of status (those updates cannot be HOT: status is in orders_in_flight's predicate). The same
-- uniqueness for the keys there are, without the entries for the orders that have none:
ALTER TABLE orders DROP CONSTRAINT orders_idempotency_key_key;
CREATE UNIQUE INDEX orders_idempotency_key ON orders (idempotency_key) WHERE idempotency_key IS NOT NULL;

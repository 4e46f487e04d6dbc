-- an application's own schema, migrated by its own Flyway (history table flyway_schema_history)
CREATE TABLE app_invoices (id BIGINT PRIMARY KEY, amount DECIMAL(19, 2) NOT NULL);

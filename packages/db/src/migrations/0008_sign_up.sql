-- Self-service sign-up and the first platform admin.
-- A tenant that signed up itself may wait for a platform admin's approval; every existing tenant is active.
ALTER TABLE tenants
  ADD COLUMN status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'pending', 'refused')),
  ADD COLUMN status_changed_at timestamptz;
CREATE INDEX tenants_pending_idx ON tenants (created_at) WHERE status = 'pending';

-- The first admin's code is issued by the operator's command: no tenant, no issuing person.
ALTER TABLE set_password_codes ALTER COLUMN tenant_id DROP NOT NULL;
ALTER TABLE set_password_codes ALTER COLUMN created_by DROP NOT NULL;

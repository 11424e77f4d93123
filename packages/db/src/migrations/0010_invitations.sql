-- People join a tenant by consent: adding staff creates an invitation, never a membership.
CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  -- The login and name exactly as the inviter gave them (email lower-cased, phone in its one writing).
  email text CHECK (email = lower(email)),
  phone text,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'clerk', 'viewer')),
  invited_by uuid NOT NULL REFERENCES users (id),
  -- The one-time code (its hash) with which a person new to the platform sets a password and joins.
  code_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'accepted', 'declined', 'revoked', 'expired')),
  answered_at timestamptz,
  accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
CREATE UNIQUE INDEX invitations_pending_email_key ON invitations (tenant_id, email)
  WHERE status = 'pending' AND email IS NOT NULL;
CREATE UNIQUE INDEX invitations_pending_phone_key ON invitations (tenant_id, phone)
  WHERE status = 'pending' AND phone IS NOT NULL;
CREATE INDEX invitations_email_idx ON invitations (email) WHERE status = 'pending';
CREATE INDEX invitations_phone_idx ON invitations (phone) WHERE status = 'pending';
CREATE INDEX invitations_tenant_idx ON invitations (tenant_id, created_at);

-- The tenant whose invitation created an account: only its owners may ever hand out a code for it.
ALTER TABLE users ADD COLUMN created_by_tenant_id uuid REFERENCES tenants (id) ON DELETE SET NULL;
-- Before invitations, a tenant that added a person new to the platform issued their first code.
UPDATE users u SET created_by_tenant_id = (
  SELECT c.tenant_id FROM set_password_codes c
  WHERE c.user_id = u.id AND c.tenant_id IS NOT NULL
  ORDER BY c.created_at LIMIT 1
);

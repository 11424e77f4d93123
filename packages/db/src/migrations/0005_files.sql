-- Uploaded photos and documents; the bytes live in the file store, addressed by keys made from the id.
CREATE TABLE files (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('photo', 'document', 'signature', 'product_image', 'certificate')),
  content_type text NOT NULL
    CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp', 'application/pdf')),
  byte_size integer NOT NULL CHECK (byte_size > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  -- Public files are served without sign-in, for consumer pages.
  public boolean NOT NULL DEFAULT false,
  original_name text,
  -- [{ name, key, contentType, byteSize, width, height }]: the original and its web sizes.
  variants jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX files_tenant_idx ON files (tenant_id, created_at);

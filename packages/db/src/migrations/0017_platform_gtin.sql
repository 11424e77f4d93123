-- A GTIN names one product on the whole platform: the resolver answers /01/{gtin} without knowing the tenant.
-- Installs that gave two products the same GTIN keep it on the oldest; the later ones lose it (they were
-- ambiguous to every scanner) and their owners see the GTIN empty on the product page.
UPDATE products AS p SET gtin = NULL
WHERE p.gtin IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM products AS o
    WHERE o.gtin = p.gtin AND (o.created_at, o.id) < (p.created_at, p.id)
  );
DROP INDEX products_tenant_gtin_key;
CREATE UNIQUE INDEX products_gtin_key ON products (gtin) WHERE gtin IS NOT NULL;

-- Genealogy quantities (issue 15): each link stores what moved from its parent to its child, in the parent's
-- unit. One rule for every transformation: input i's taken quantity, shared among the outputs by their
-- quantities (q_i * q_o / sum q_o). It is exact for a merge (one output: all of q_i) and for a split (one input:
-- the output's share, which is q_o itself when nothing was lost and units agree); with several inputs and several
-- outputs it is a proportional estimate and marked so.
ALTER TABLE lot_links ADD COLUMN quantity double precision;
ALTER TABLE lot_links ADD COLUMN proportional boolean NOT NULL DEFAULT false;

-- Outputs may be in different units of one base (500 g and 1.5 kg): they are weighed in the base, with the
-- factors of the forms' unit table (packages/forms/src/units/units.ts); other units convert only to themselves.
WITH factors(unit, factor) AS (
  VALUES ('mg', 0.001), ('g', 1), ('kg', 1000), ('t', 1000000), ('mL', 0.001), ('L', 1), ('m3', 1000),
    ('m2', 1), ('ar', 100), ('ha', 10000), ('mm', 0.001), ('cm', 0.01), ('m', 1), ('km', 1000)
),
weighted AS (
  SELECT k.parent_lot_id, k.child_lot_id, k.transformation_id, i.quantity AS taken,
    o.quantity * coalesce(f.factor, 1)::double precision AS weight
  FROM lot_links k
  JOIN transformation_lots i ON i.transformation_id = k.transformation_id AND i.lot_id = k.parent_lot_id
  JOIN transformation_lots o ON o.transformation_id = k.transformation_id AND o.lot_id = k.child_lot_id
  JOIN lots c ON c.id = k.child_lot_id
  LEFT JOIN factors f ON f.unit = c.unit
),
shares AS (
  SELECT
    w.parent_lot_id,
    w.child_lot_id,
    w.transformation_id,
    -- a single output takes exactly what was taken, without the division's noise
    CASE WHEN count(*) OVER (PARTITION BY w.transformation_id, w.parent_lot_id) = 1 THEN w.taken
      ELSE w.taken * w.weight / sum(w.weight) OVER (PARTITION BY w.transformation_id, w.parent_lot_id) END AS moved,
    (SELECT count(*) FROM transformation_lots t WHERE t.transformation_id = w.transformation_id AND t.role = 'input') > 1
      AND (SELECT count(*) FROM transformation_lots t WHERE t.transformation_id = w.transformation_id AND t.role = 'output') > 1
      AS proportional
  FROM weighted w
)
UPDATE lot_links k
SET quantity = s.moved, proportional = s.proportional
FROM shares s
WHERE k.parent_lot_id = s.parent_lot_id AND k.child_lot_id = s.child_lot_id AND k.transformation_id = s.transformation_id;

ALTER TABLE lot_links ALTER COLUMN quantity SET NOT NULL;
ALTER TABLE lot_links ADD CONSTRAINT lot_links_quantity_positive CHECK (quantity > 0);
-- The forward walk (recall closure) reads a tenant's links by parent, the backward walk by child.
CREATE INDEX lot_links_tenant_parent_idx ON lot_links (tenant_id, parent_lot_id);
CREATE INDEX lot_links_tenant_child_idx ON lot_links (tenant_id, child_lot_id);

-- Which records name which catalog items (a fertiliser batch, a plot, a supplier): "every lot that used F".
-- Written with each record from its form's references (a transformation's on its outputs only, where the
-- items went); filled here from the records already stored (a catalog
-- value is an object { id, label } whose id is an item of the tenant or of a shared catalog, as the record
-- service checks).
CREATE TABLE record_catalog_items (
  record_id uuid NOT NULL REFERENCES lot_records (id) ON DELETE CASCADE,
  item_id uuid NOT NULL REFERENCES catalog_items (id) ON DELETE CASCADE,
  lot_id uuid NOT NULL REFERENCES lots (id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, record_id)
);
CREATE INDEX record_catalog_items_lot_idx ON record_catalog_items (lot_id);

INSERT INTO record_catalog_items (record_id, item_id, lot_id, tenant_id)
SELECT DISTINCT r.id, c.id, r.lot_id, r.tenant_id
FROM lot_records r
CROSS JOIN LATERAL jsonb_path_query(r.data, 'strict $.** ? (@.type() == "object" && exists(@.id) && exists(@.label)).id') AS v(id)
-- only a well-formed id is cast: anything else a form stored under "id" names no item
JOIN catalog_items c ON c.id = CASE WHEN v.id #>> '{}' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  THEN (v.id #>> '{}')::uuid END
JOIN catalogs g ON g.id = c.catalog_id
WHERE (c.tenant_id = r.tenant_id OR g.shared)
  -- a transformation's items went into its outputs: an input's part of the record names none of them
  AND NOT (r.kind = 'transformation' AND r.transformation ->> 'role' = 'input');

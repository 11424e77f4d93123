-- Genealogy quantities (issue 15): each link stores what moved from its parent to its child, in the parent's
-- unit. One rule for every transformation: input i's taken quantity, shared among the outputs by their
-- quantities (q_i * q_o / sum q_o). It is exact for a merge (one output: all of q_i) and for a split (one input:
-- the output's share, which is q_o itself when nothing was lost and units agree); with several inputs and several
-- outputs it is a proportional estimate and marked so.
ALTER TABLE lot_links ADD COLUMN quantity double precision;
ALTER TABLE lot_links ADD COLUMN proportional boolean NOT NULL DEFAULT false;

WITH shares AS (
  SELECT
    k.parent_lot_id,
    k.child_lot_id,
    k.transformation_id,
    i.quantity * o.quantity / sum(o.quantity) OVER (PARTITION BY k.transformation_id, k.parent_lot_id) AS moved,
    (SELECT count(*) FROM transformation_lots t WHERE t.transformation_id = k.transformation_id AND t.role = 'input') > 1
      AND (SELECT count(*) FROM transformation_lots t WHERE t.transformation_id = k.transformation_id AND t.role = 'output') > 1
      AS proportional
  FROM lot_links k
  JOIN transformation_lots i ON i.transformation_id = k.transformation_id AND i.lot_id = k.parent_lot_id
  JOIN transformation_lots o ON o.transformation_id = k.transformation_id AND o.lot_id = k.child_lot_id
)
UPDATE lot_links k
SET quantity = s.moved, proportional = s.proportional
FROM shares s
WHERE k.parent_lot_id = s.parent_lot_id AND k.child_lot_id = s.child_lot_id AND k.transformation_id = s.transformation_id;

ALTER TABLE lot_links ALTER COLUMN quantity SET NOT NULL;
ALTER TABLE lot_links ADD CONSTRAINT lot_links_quantity_positive CHECK (quantity > 0);
-- The forward walk (recall closure) reads a tenant's links by parent.
CREATE INDEX lot_links_tenant_parent_idx ON lot_links (tenant_id, parent_lot_id);

-- Which records name which catalog items (a fertiliser batch, a plot, a supplier): "every lot that used F".
-- Written with each record from its form's references; filled here from the records already stored (a catalog
-- value is an object { id, label } whose id is an item of the same tenant).
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
JOIN catalog_items c ON c.tenant_id = r.tenant_id AND c.id::text = v.id #>> '{}';

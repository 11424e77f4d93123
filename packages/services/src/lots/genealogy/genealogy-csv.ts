import { neutralizeFormula } from '@nguon/forms';
import { stringify } from 'csv-stringify/sync';
import type { GenealogyWalk } from './genealogy-walk';

const header = [
  'at',
  'depth',
  'parent_lot',
  'parent_product',
  'child_lot',
  'child_product',
  'quantity',
  'unit',
  'proportional',
  'transformation_id',
];

/**
 * One row per link of the walk, nearest first: when, how far from the lot asked for, which lots and products,
 * what moved in the parent's unit. UTF-8 with BOM and CRLF as our other exports; owner-typed cells neutralised.
 */
export function genealogyCsv(walk: GenealogyWalk): string {
  const depth = new Map(walk.closure.nodes.map((node) => [node.lotId, node.depth]));
  const far = (parent: string, child: string) => Math.max(depth.get(parent) ?? 0, depth.get(child) ?? 0);
  const code = (lotId: string) => walk.lots.get(lotId)?.code ?? lotId;
  // ties by lot codes: the same walk exports the same rows whatever order the database read its links in
  const links = [...walk.closure.links].sort(
    (x, y) =>
      far(x.parent, x.child) - far(y.parent, y.child) ||
      (walk.times.get(x.transformation_id)?.getTime() ?? 0) -
        (walk.times.get(y.transformation_id)?.getTime() ?? 0) ||
      code(x.parent).localeCompare(code(y.parent)) ||
      code(x.child).localeCompare(code(y.child)),
  );
  const rows = links.map((link) => {
    const parent = walk.lots.get(link.parent);
    const child = walk.lots.get(link.child);
    return [
      walk.times.get(link.transformation_id)?.toISOString() ?? '',
      String(far(link.parent, link.child)),
      neutralizeFormula(parent?.code ?? ''),
      neutralizeFormula(parent?.product_name_vi ?? ''),
      neutralizeFormula(child?.code ?? ''),
      neutralizeFormula(child?.product_name_vi ?? ''),
      String(link.quantity),
      parent?.unit ?? '',
      link.proportional ? 'true' : 'false',
      link.transformation_id,
    ];
  });
  return stringify([header, ...rows], { bom: true, record_delimiter: '\r\n' });
}

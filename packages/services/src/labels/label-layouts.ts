import { type LabelBatchLayout, type OrderLabelBatchBody, resourceNames } from '@nguon/contracts';
import type { Db } from '@nguon/db';
import { AppError } from '../errors/app-error';

export interface ChosenLabelLayout {
  key: string | null;
  layout: LabelBatchLayout;
}

/**
 * Stand-in until the render feature's `builtInLabelLayouts` and `label_layouts` table are merged: the integrator
 * replaces this list with `builtInLabelLayouts` and looks `layoutId` up in the tenant's layouts.
 */
const builtInLayouts: readonly { key: string; layout: LabelBatchLayout }[] = [
  {
    key: 'a4-3x8-70x37',
    layout: {
      pageWidthMm: 210,
      pageHeightMm: 297,
      labelWidthMm: 70,
      labelHeightMm: 37,
      columns: 3,
      rows: 8,
      marginTopMm: 0.5,
      marginLeftMm: 0,
      gapXMm: 0,
      gapYMm: 0,
    },
  },
];

/** The layout a batch is printed with, fixed at order: a built-in key, a tenant layout, or the first built-in. */
export async function chooseLabelLayout(
  _db: Db,
  _tenantId: string,
  body: Pick<OrderLabelBatchBody, 'layoutKey' | 'layoutId'>,
): Promise<ChosenLabelLayout> {
  if (body.layoutId !== undefined)
    throw new AppError('NOT_FOUND', { resource: resourceNames.labelLayout }, '/layoutId');
  const key = body.layoutKey ?? builtInLayouts[0]?.key;
  const found = builtInLayouts.find((candidate) => candidate.key === key);
  if (!found) throw new AppError('NOT_FOUND', { resource: resourceNames.labelLayout }, '/layoutKey');
  return { key: found.key, layout: found.layout };
}

/** Labels on one page of a layout (a roll's page is one label). */
export function labelsPerPage(layout: LabelBatchLayout): number {
  return Math.max(1, layout.columns * layout.rows);
}

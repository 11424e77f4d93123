import type { Lang } from '@nguon/contracts/client';
import { builtInLabelLayouts, type LabelLayout } from '@nguon/domain';
import type { LayoutChoice } from './order-draft';

export interface LayoutOption {
  choice: LayoutChoice;
  name: string;
  group: 'sheet' | 'roll' | 'tenant';
  layout: LabelLayout;
}

/** A thermal roll prints one label per page: the page is the label. */
const isRoll = (layout: LabelLayout) =>
  layout.columns === 1 &&
  layout.rows === 1 &&
  layout.pageWidthMm === layout.labelWidthMm &&
  layout.pageHeightMm === layout.labelHeightMm;

export interface TenantLayoutEntry {
  id: string;
  name: string;
  layout: LabelLayout;
}

/** Every layout an order may use: the built-in sheets, then rolls, then the tenant's own. */
export function layoutOptions(lang: Lang, tenantLayouts: readonly TenantLayoutEntry[]): LayoutOption[] {
  const builtIns = builtInLabelLayouts.map(
    (entry): LayoutOption => ({
      choice: { source: 'builtIn', key: entry.key },
      name: entry.name[lang],
      group: isRoll(entry.layout) ? 'roll' : 'sheet',
      layout: entry.layout,
    }),
  );
  const own = tenantLayouts.map(
    (entry): LayoutOption => ({
      choice: { source: 'tenant', id: entry.id },
      name: entry.name,
      group: 'tenant',
      layout: entry.layout,
    }),
  );
  return [
    ...builtIns.filter((o) => o.group === 'sheet'),
    ...builtIns.filter((o) => o.group === 'roll'),
    ...own,
  ];
}

export const sameChoice = (a: LayoutChoice, b: LayoutChoice) =>
  a.source === 'builtIn' ? b.source === 'builtIn' && a.key === b.key : b.source === 'tenant' && a.id === b.id;

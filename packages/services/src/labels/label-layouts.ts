import type { OrderLabelBatchBody } from '@nguon/contracts';
import {
  builtInLabelLayouts,
  type LabelLayout,
  labelLayoutFault,
  labelSerialLength,
  qrModuleCount,
} from '@nguon/domain';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { findLayoutForPrinting, layoutFaultError } from './label-layouts.service';

export interface ChosenLabelLayout {
  /** The built-in key or the account layout's id it was chosen by. */
  key: string;
  layout: LabelLayout;
}

/** Without a choice, the first built-in A4 sheet. */
export const defaultLabelLayoutKey = builtInLabelLayouts[0]?.key ?? 'a4-3x8-70x37';

/**
 * The layout a batch is printed with, fixed at order: a built-in key or one of the account's layouts, which must
 * hold this batch's own URLs with QR modules of at least 0.4 mm.
 */
export async function chooseLabelLayout(
  ctx: ServiceContext,
  tenantId: string,
  body: Pick<OrderLabelBatchBody, 'layoutKey' | 'layoutId'>,
  urlPrefix: string,
): Promise<ChosenLabelLayout> {
  const path = body.layoutId !== undefined ? '/layoutId' : '/layoutKey';
  const key = body.layoutId ?? body.layoutKey ?? defaultLabelLayoutKey;
  const layout = await findLayoutForPrinting(ctx, tenantId, key).catch((error: unknown) => {
    throw error instanceof AppError ? new AppError(error.code, error.params, path) : error;
  });
  const fault = labelLayoutFault(
    layout,
    qrModuleCount(urlPrefix + 'W'.repeat(labelSerialLength)) ?? Infinity,
  );
  if (fault) throw layoutFaultError(fault, path);
  return { key, layout };
}

import type { ServiceContext } from '../context/service-context';

/**
 * Whether completed batches queue their PDF. Off until the render feature (`writeLabelsPdf`) is merged: the
 * integrator turns it on and fills renderBatchPdf; until then pdf_state stays 'none' and the PDF link is a 409.
 */
export const labelPdfRendering: boolean = false;

/** Renders a batch's PDF into the file store and returns the file id; the render feature supplies the body. */
export async function renderBatchPdf(
  _ctx: ServiceContext,
  batchId: string,
  _onPage: (pagesDone: number) => Promise<void>,
): Promise<string> {
  throw new Error(`label PDF renderer not merged: cannot render batch ${batchId}`);
}

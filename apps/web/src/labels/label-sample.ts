import { formatLabelCode, generateLabelSerials, labelUrl, labelUrlPrefix } from '@nguon/domain';
import type { LabelSample } from './label-layout-preview';

// A fixed, valid serial (check symbol included) so the preview shows a code that a person could type.
const [sampleSerial = ''] = generateLabelSerials(1, (size) =>
  Uint8Array.from({ length: size }, (_, i) => i * 7 + 3),
);

export interface SampleKeys {
  gtin14: string | null;
  lotCode: string | null;
  productName: string;
}

/**
 * What one label of an order will carry, for the preview. The host is this page's: the server prints its own
 * public address (PUBLIC_BASE_URL), shown exactly on the batch page once ordered.
 */
export function sampleLabel(origin: string, keys: SampleKeys): LabelSample & { urlForm: LabelUrlForm } {
  let prefix: string;
  let gtin = keys.gtin14 !== null;
  try {
    prefix = labelUrlPrefix(origin, { gtin14: keys.gtin14, lotCode: keys.gtin14 ? keys.lotCode : null });
  } catch {
    // a product whose stored GTIN fails its check digit prints /q/ labels, as blank ones do
    prefix = labelUrlPrefix(origin, {});
    gtin = false;
  }
  return {
    url: labelUrl(prefix, sampleSerial),
    code: formatLabelCode(sampleSerial),
    productName: keys.productName,
    urlForm: { gtin, path: `${new URL(prefix).pathname}…` },
  };
}

/**
 * The URL form the labels will carry, from the same labelUrlPrefix the server prints with: "/01/{gtin}/21/…"
 * (GS1 Digital Link, for a product with a GTIN) or "/q/…" (the short form, for a product without one).
 */
export interface LabelUrlForm {
  gtin: boolean;
  path: string;
}

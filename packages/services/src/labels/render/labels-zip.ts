import type { Writable } from 'node:stream';
import type { LabelLayout } from '@nguon/domain';
import { ZipFile } from 'yazl';
import { createLabelSvgRenderer } from './label-svg';
import type { LabelPrintItem } from './label-texts';
import { drained, outputDone } from './stream-output';

/** `{seq padded}-{serial}.svg`: sorts in print order in any file manager. */
export function labelSvgFileName(item: LabelPrintItem): string {
  return `${String(item.seq).padStart(7, '0')}-${item.serial}.svg`;
}

/**
 * Streams a ZIP of one SVG per label to `out`. Each SVG is handed to yazl as it is drawn and the next waits
 * while `out` is behind, so a batch is never whole in memory.
 */
export async function writeLabelsZip(
  items: AsyncIterable<LabelPrintItem>,
  layout: LabelLayout,
  out: Writable,
  options: { signal?: AbortSignal; modifiedAt?: Date } = {},
): Promise<{ labels: number }> {
  const zip = new ZipFile();
  const render = createLabelSvgRenderer(layout);
  const finished = outputDone(out);
  zip.outputStream.pipe(out);
  let labels = 0;
  const entry = options.modifiedAt ? { mtime: options.modifiedAt, compress: true } : { compress: true };
  for await (const item of items) {
    options.signal?.throwIfAborted();
    zip.addBuffer(Buffer.from(render(item)), labelSvgFileName(item), entry);
    labels++;
    await drained(out);
  }
  options.signal?.throwIfAborted();
  zip.end();
  await finished;
  return { labels };
}

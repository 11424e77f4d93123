import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { BoundLabelRunView, RecordView } from '@nguon/contracts/client';
import { formatLabelCode, labelUrl } from '@nguon/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { labelPath } from './lot-paths';

/** Lines shown before "show all": a packing record of a few rolls shows whole; a day's scanning folds. */
export const foldedLabelLines = 4;

/** One line per roll; labels bound one by one are gathered per batch into one line of serials. */
type LabelLine =
  | { kind: 'run'; run: BoundLabelRunView }
  | { kind: 'singles'; batchNumber: number; labels: BoundLabelRunView[] };

export function labelLinesOf(runs: readonly BoundLabelRunView[]): LabelLine[] {
  const lines: LabelLine[] = [];
  const singles = new Map<string, Extract<LabelLine, { kind: 'singles' }>>();
  for (const run of runs) {
    if (run.firstSeq < run.lastSeq) {
      lines.push({ kind: 'run', run });
      continue;
    }
    let line = singles.get(run.batchId);
    if (!line) {
      line = { kind: 'singles', batchNumber: run.batchNumber, labels: [] };
      singles.set(run.batchId, line);
      lines.push(line);
    }
    line.labels.push(run);
  }
  return lines;
}

export const boundLabelCount = (runs: readonly { firstSeq: number; lastSeq: number }[]): number =>
  runs.reduce((sum, run) => sum + run.lastSeq - run.firstSeq + 1, 0);

function SerialLink({ serial }: { serial: string }) {
  return (
    <Anchor
      component={Link}
      to={labelPath(serial)}
      ff="monospace"
      size="sm"
      style={{ whiteSpace: 'nowrap' }}
      data-testid="record-label-link"
    >
      {formatLabelCode(serial)}
    </Anchor>
  );
}

/** The page a buyer sees after scanning a label: its printed URL, in a new tab (absent from an older answer). */
function ConsumerPageLink({ urlPrefix, serial }: { urlPrefix: string | undefined; serial: string }) {
  const t = useT();
  if (urlPrefix === undefined) return null;
  return (
    <Anchor
      href={labelUrl(urlPrefix, serial)}
      target="_blank"
      rel="noopener noreferrer"
      size="sm"
      data-testid="record-label-consumer-page"
    >
      {t('labels.label.consumerPage')}
    </Anchor>
  );
}

function RunLine({ run }: { run: BoundLabelRunView }) {
  const t = useT();
  const count = run.lastSeq - run.firstSeq + 1;
  return (
    <Stack gap={0} data-testid="record-label-run">
      <Text size="sm">
        {t('lots.record.labels.run', {
          batch: run.batchNumber,
          first: run.firstSeq,
          last: run.lastSeq,
          count,
        })}
      </Text>
      <Group gap={6} wrap="wrap">
        <SerialLink serial={run.firstSerial} />
        <Text size="sm" c="dimmed" aria-hidden>
          →
        </Text>
        <SerialLink serial={run.lastSerial} />
      </Group>
      <ConsumerPageLink urlPrefix={run.urlPrefix} serial={run.firstSerial} />
    </Stack>
  );
}

function SinglesLine({ line, limit }: { line: Extract<LabelLine, { kind: 'singles' }>; limit: number }) {
  const t = useT();
  return (
    <Stack gap={0} data-testid="record-label-singles">
      <Text size="sm">
        {t('lots.record.labels.singles', { batch: line.batchNumber, count: line.labels.length })}
      </Text>
      <Group gap={4} wrap="wrap" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {line.labels.slice(0, limit).map((label) => (
          <li key={label.firstSeq} title={t('lots.record.labels.seq', { seq: label.firstSeq })}>
            <SerialLink serial={label.firstSerial} />
          </li>
        ))}
      </Group>
      <ConsumerPageLink urlPrefix={line.labels[0]?.urlPrefix} serial={line.labels[0]?.firstSerial ?? ''} />
    </Stack>
  );
}

/** The labels a packing record bound: rolls as "batch #N · labels 11–60 (50 labels)", single labels listed. */
export function RecordLabels({ record }: { record: RecordView }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const runs = record.boundLabels ?? [];
  if (runs.length === 0) return null;
  const lines = labelLinesOf(runs);
  // a single line of many scanned labels folds too: it shows its first serials until opened
  const shownLines = all ? lines : lines.slice(0, foldedLabelLines);
  const folded = !all && (lines.length > foldedLabelLines || shownLines.some(tooLong));
  return (
    <Stack gap={6} data-testid="record-labels">
      <Text size="sm" fw={600}>
        {t('lots.record.labels.title', { count: boundLabelCount(runs) })}
      </Text>
      {shownLines.map((line) =>
        line.kind === 'run' ? (
          <RunLine key={`${line.run.batchId}:${line.run.firstSeq}`} run={line.run} />
        ) : (
          <SinglesLine
            key={`${line.labels[0]?.batchId}:singles`}
            line={line}
            limit={all ? line.labels.length : foldedSingles}
          />
        ),
      )}
      {(folded || all) && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setAll((value) => !value)}
          style={{ alignSelf: 'flex-start' }}
          data-testid="record-labels-all"
        >
          {all
            ? t('lots.record.labels.fewer')
            : t('lots.record.labels.all', { count: boundLabelCount(runs) })}
        </Button>
      )}
    </Stack>
  );
}

/** Serials shown of one line of single labels while folded. */
const foldedSingles = 6;
const tooLong = (line: LabelLine) => line.kind === 'singles' && line.labels.length > foldedSingles;

import {
  Anchor,
  Badge,
  Blockquote,
  Box,
  Button,
  Code,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { LotDetail, RecordView } from '@nguon/contracts/client';
import { IconChevronDown, IconChevronUp, IconEdit, IconHourglass } from '@tabler/icons-react';
import { useState } from 'react';
import { serverRendererContext } from '../catalogs/file-upload';
import { StageFormView } from '../form-renderer';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { openStreetMapUrl } from './gps-plot';
import { formatQuantity, useNameOf } from './lot-text';
import { RecordLabels } from './record-labels';
import { shownLocalDay } from './stage-jobs-text';

export type RecordForm = LotDetail['forms'][number];

function RecordBadges({ record }: { record: RecordView }) {
  const t = useT();
  return (
    <Group gap={4}>
      {record.supersededBy && (
        <Badge color="gray" variant="filled" data-testid="record-superseded">
          {t('lots.record.superseded')}
        </Badge>
      )}
      {record.supersedes && (
        <Badge color="blue" variant="light" data-testid="record-correction">
          {t('lots.record.correction')}
        </Badge>
      )}
      {record.transformation && (
        <Badge color="earth" variant="light">
          {t(record.transformation.role === 'input' ? 'lots.record.roleInput' : 'lots.record.roleOutput')}
        </Badge>
      )}
    </Group>
  );
}

/** Who recorded it when, against which version; and the links between a correction and what it replaced. */
function RecordMeta({ record, seqOf }: { record: RecordView; seqOf: (id: string) => number | null }) {
  const t = useT();
  const lang = useLang();
  const by = record.recordedBy?.name ?? t('lots.record.unknownUser');
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {t('lots.record.eventTime', { time: formatDateTime(record.eventTime, lang) })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('lots.record.recordedBy', { name: by, time: formatDateTime(record.recordedAt, lang) })} ·{' '}
        {t('lots.version', { version: record.processVersion })}
      </Text>
      {record.location && (
        <Anchor
          href={openStreetMapUrl(record.location.lat, record.location.lon)}
          target="_blank"
          rel="noreferrer"
          size="xs"
        >
          {t('lots.record.location', {
            lat: record.location.lat.toFixed(5),
            lon: record.location.lon.toFixed(5),
          })}
        </Anchor>
      )}
      {record.supersededBy && (
        <Anchor href={`#record-${record.supersededBy}`} size="sm" data-testid="record-see-correction">
          {t('lots.record.seeCorrection', { seq: seqOf(record.supersededBy) ?? '?' })}
        </Anchor>
      )}
      {record.supersedes && (
        <Anchor href={`#record-${record.supersedes}`} size="sm">
          {t('lots.record.corrects', { seq: seqOf(record.supersedes) ?? '?' })}
        </Anchor>
      )}
    </Stack>
  );
}

function TransformationLine({ record }: { record: RecordView }) {
  const t = useT();
  const lang = useLang();
  const { transformation } = record;
  if (!transformation) return null;
  const quantity = formatQuantity(transformation.quantity, transformation.unit, lang);
  const { yieldPercent, yieldFlag } = transformation;
  return (
    <Stack gap={4}>
      <Text size="sm" data-testid="record-transformation">
        {t(transformation.role === 'input' ? 'lots.record.taken' : 'lots.record.made', { quantity })}{' '}
        <Code title={transformation.id}>{transformation.id.slice(0, 8)}</Code>
      </Text>
      {yieldPercent !== null && (
        <Text size="sm" c={yieldFlag ? 'orange.8' : 'dimmed'} data-testid="record-yield">
          {t(yieldFlag ? `lots.record.yield.${yieldFlag}` : 'lots.record.yield', {
            percent: yieldPercent.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB'),
          })}
        </Text>
      )}
    </Stack>
  );
}

function RecordData({ record, form }: { record: RecordView; form: RecordForm | undefined }) {
  const lang = useLang();
  if (!form) return <Code block>{JSON.stringify(record.data, null, 2)}</Code>;
  return (
    <Box className="nguon-lot-form" data-testid="record-form">
      <StageFormView
        form={form}
        lang={lang}
        formData={record.data}
        readOnly
        context={serverRendererContext}
        idPrefix={`record${record.seq}`}
      />
    </Box>
  );
}

interface RecordCardProps {
  record: RecordView;
  form: RecordForm | undefined;
  seqOf: (id: string) => number | null;
  highlighted: boolean;
  /** For a close record made by a following record: that record's stage (or job) name. */
  followingName?: string | null;
  /** Whether the record's data shows at first; the rest open with a tap (long timelines on a phone). */
  initiallyOpen: boolean;
  onCorrect: (() => void) | null;
}

/** A record's title: its stage, "Chăm sóc › Phun thuốc" for a job, "Đã kết thúc công đoạn …" for a close. */
function useRecordTitle(record: RecordView, followingName: string | null): string {
  const t = useT();
  const nameOf = useNameOf();
  const stage = nameOf(record.stageName);
  if (record.kind === 'close') {
    const by =
      record.closedBy?.kind === 'following'
        ? followingName
          ? t('lots.record.closedByFollowing', { stage: followingName })
          : t('lots.record.closedByFollowingRecord')
        : t('lots.record.closedByClerk');
    return `${t('lots.record.closed')} ${stage} (${by})`;
  }
  return record.job ? t('lots.jobs.titleLine', { stage, job: nameOf(record.job.name) }) : stage;
}

const shortDay = (day: string) => day.split('-').reverse().slice(0, 2).join('/');

/** The waiting periods a record broke under "warn": an amber mark with the job, its day and the first day. */
function WaitingFlags({ record }: { record: RecordView }) {
  const t = useT();
  const nameOf = useNameOf();
  if (!record.waitingFlags?.length) return null;
  return (
    <Stack gap={4}>
      {record.waitingFlags.map((flag) => (
        <Group
          key={`${flag.afterRecordId}-${flag.firstAllowedDay}`}
          gap={6}
          wrap="nowrap"
          className="nguon-waiting-flag"
          data-testid="record-waiting-flag"
        >
          <IconHourglass size={16} style={{ flexShrink: 0 }} />
          <Text size="sm" fw={600}>
            {t('lots.record.waitingFlag', {
              job: nameOf(flag.afterJobName),
              date: shownLocalDay(flag.afterEventTime).slice(0, 5),
              firstDay: shortDay(flag.firstAllowedDay),
            })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function RecordHeading({ record, followingName }: { record: RecordView; followingName: string | null }) {
  const title = useRecordTitle(record, followingName);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Badge circle size="xl" variant="filled" color={record.supersededBy ? 'gray' : 'leaf'}>
        {record.seq}
      </Badge>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Title order={3} size="h5" data-testid="record-title">
          {title}
        </Title>
        <RecordBadges record={record} />
      </Stack>
    </Group>
  );
}

interface RecordActionsProps {
  open: boolean;
  onToggle: () => void;
  onCorrect: (() => void) | null;
}

function RecordActions({ open, onToggle, onCorrect }: RecordActionsProps) {
  const t = useT();
  return (
    <Group gap="xs">
      <Button
        variant="subtle"
        size="sm"
        onClick={onToggle}
        rightSection={open ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
        data-testid="record-toggle"
      >
        {t(open ? 'lots.record.hide' : 'lots.record.show')}
      </Button>
      {onCorrect && (
        <Button
          variant="light"
          size="sm"
          leftSection={<IconEdit size={16} />}
          onClick={onCorrect}
          data-testid="record-correct"
        >
          {t('lots.record.correct')}
        </Button>
      )}
    </Group>
  );
}

/** One record of the timeline, shown with the form of the version it was entered with. */
export function RecordCard(props: RecordCardProps) {
  const { record, form, seqOf, highlighted, initiallyOpen, onCorrect, followingName = null } = props;
  const t = useT();
  const [open, setOpen] = useState(initiallyOpen || highlighted);
  return (
    <Paper
      withBorder
      radius="lg"
      p="sm"
      id={`record-${record.id}`}
      className={highlighted ? 'nguon-record-highlight' : undefined}
      data-testid={`record-${record.seq}`}
      style={record.supersededBy ? { opacity: 0.85 } : undefined}
    >
      <Stack gap="xs">
        <RecordHeading record={record} followingName={followingName} />
        <RecordMeta record={record} seqOf={seqOf} />
        {record.reason && (
          <Blockquote color="blue" p="xs" data-testid="record-reason">
            {t('lots.record.reason', { reason: record.reason })}
          </Blockquote>
        )}
        <WaitingFlags record={record} />
        <TransformationLine record={record} />
        <RecordLabels record={record} />
        {record.kind !== 'close' && (
          <RecordActions open={open} onToggle={() => setOpen((value) => !value)} onCorrect={onCorrect} />
        )}
        {open && record.kind !== 'close' && <RecordData record={record} form={form} />}
      </Stack>
    </Paper>
  );
}

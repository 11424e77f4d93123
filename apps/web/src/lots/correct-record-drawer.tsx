import { Alert, Drawer, Stack, Textarea } from '@mantine/core';
import type { RecordView } from '@nguon/contracts/client';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { notifySuccess } from '../ui/notify';
import { useIsMobile } from '../ui/use-is-mobile';
import { EventFields, eventBody } from './event-fields';
import { useRefreshLots } from './lot-api';
import { recordPath } from './lot-paths';
import { useNameOf } from './lot-text';
import type { RecordForm } from './record-card';
import { RecordFormView } from './record-form-view';
import { ProblemNotice, SubmitBar } from './submit-bar';
import { useRecordForm } from './use-record-form';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface CorrectRecordDrawerProps {
  record: RecordView;
  form: RecordForm;
  onClose: () => void;
}

/** The correction's reason and form, sent once under one key; on success the timeline opens at it. */
function useCorrection(record: RecordView, onClose: () => void) {
  const t = useT();
  const navigate = useNavigate();
  const refreshLots = useRefreshLots();
  const entry = useRecordForm(record);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const save = async (data: unknown) => {
    if (!reason.trim()) return setReasonError(t('lots.correct.reasonRequired'));
    if (!isObject(data) || !entry.event.valid) return;
    const body = { data, reason: reason.trim(), ...eventBody(entry.event.draft) };
    const params = { id: record.lotId, recordId: record.id };
    const result = await entry.send(
      (idempotencyKey) => api.call('correctRecord', { params, body }, { idempotencyKey }),
      (pointer) => pointer === '/reason',
    );
    if (!result) return;
    if (!result.ok) return setReasonError(result.problem.fieldErrors.get('/reason'));
    await refreshLots();
    notifySuccess(t('lots.correct.done', { seq: record.seq }));
    onClose();
    navigate(recordPath(record.lotId, result.value.id), { replace: true });
  };

  const submit = () => {
    if (!reason.trim()) setReasonError(t('lots.correct.reasonRequired'));
    entry.requestSubmit();
  };

  const changeReason = (text: string) => {
    setReason(text);
    setReasonError(undefined);
  };
  return { entry, reason, reasonError, changeReason, save, submit };
}

/** A correction is a new record replacing this one, with a reason; the old one stays in the timeline. */
export function CorrectRecordDrawer({ record, form, onClose }: CorrectRecordDrawerProps) {
  const t = useT();
  const nameOf = useNameOf();
  const isMobile = useIsMobile();
  const { entry, reason, reasonError, changeReason, save, submit } = useCorrection(record, onClose);
  return (
    <Drawer
      opened
      onClose={onClose}
      position={isMobile ? 'bottom' : 'right'}
      size={isMobile ? '100%' : 'lg'}
      title={t('lots.correct.title', { seq: record.seq, stage: nameOf(record.stageName) })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="correct-drawer"
    >
      <Stack gap="md">
        <Alert color="blue" icon={<IconInfoCircle size={20} />}>
          {t('lots.correct.intro')}
        </Alert>
        <Textarea
          label={t('lots.correct.reason')}
          description={t('lots.correct.reasonHint')}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          error={reasonError}
          onChange={(event) => changeReason(event.currentTarget.value)}
          data-testid="correct-reason"
        />
        <RecordFormView state={entry} form={form} onSubmit={save} testId="correct-form" />
        <EventFields event={entry.event} timeHint={t('lots.event.timeHintCorrection')} />
        <ProblemNotice message={entry.notice} />
        <SubmitBar
          label={t('lots.correct.submit')}
          status={entry.status}
          onSubmit={submit}
          testId="correct-submit"
        />
      </Stack>
    </Drawer>
  );
}

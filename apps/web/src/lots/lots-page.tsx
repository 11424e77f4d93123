import { Button, Group, Tabs } from '@mantine/core';
import { IconPlus, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { PageHeader } from '../ui/page-header';
import { CreateLotModal } from './create-lot-modal';
import { useCanRecord, useCanVerify } from './lot-api';
import { LotList } from './lot-list';
import { VerifyRecordsModal } from './verify-records-modal';
import { WorkList } from './work-list';

type LotsTab = 'work' | 'all';

function HeaderActions({ onCreate, onVerify }: { onCreate: () => void; onVerify: () => void }) {
  const t = useT();
  const canRecord = useCanRecord();
  const canVerify = useCanVerify();
  return (
    <Group gap="xs">
      {canVerify && (
        <Button
          variant="default"
          leftSection={<IconShieldCheck size={20} />}
          onClick={onVerify}
          data-testid="lots-verify"
        >
          {t('lots.verify.action')}
        </Button>
      )}
      {canRecord && (
        <Button leftSection={<IconPlus size={20} />} onClick={onCreate} data-testid="lot-create">
          {t('lots.create.action')}
        </Button>
      )}
    </Group>
  );
}

/** `/lots`: the work list (a clerk's home) and all lots; starting a lot and checking the records' integrity. */
export function LotsPage() {
  const t = useT();
  const canRecord = useCanRecord();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<'create' | 'verify' | null>(null);
  const tab: LotsTab = params.get('tab') === 'all' || (!params.get('tab') && !canRecord) ? 'all' : 'work';
  const close = () => setDialog(null);
  return (
    <>
      <PageHeader
        title={t('lots.title')}
        description={t(canRecord ? 'lots.intro' : 'lots.introViewer')}
        action={<HeaderActions onCreate={() => setDialog('create')} onVerify={() => setDialog('verify')} />}
      />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'all' ? { tab: 'all' } : { tab: 'work' }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List grow mb="md">
          <Tabs.Tab value="work" data-testid="lots-tab-work">
            {t('lots.tab.work')}
          </Tabs.Tab>
          <Tabs.Tab value="all" data-testid="lots-tab-all">
            {t('lots.tab.all')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="work">
          <WorkList />
        </Tabs.Panel>
        <Tabs.Panel value="all">
          <LotList />
        </Tabs.Panel>
      </Tabs>
      {dialog === 'create' && <CreateLotModal opened onClose={close} />}
      {dialog === 'verify' && <VerifyRecordsModal opened onClose={close} />}
    </>
  );
}

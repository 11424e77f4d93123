import { Button, EmptyState, Group, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileImport, IconPlus, IconRoute } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/use-t';
import { StartFromTemplate } from '../../templates/start-from-template';
import { ArchivedFilter, ReadOnlyNotice } from '../../ui/list-controls';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header';
import { QueryState } from '../../ui/query-state';
import { useProcessList } from '../process-api';
import { useCanManageProcesses } from '../use-can-manage';
import { ImportProcessModal } from './import-process-modal';
import { useProcessDialogs } from './process-dialogs';
import { CreateProcessModal } from './process-edit-modals';
import { ProcessList } from './process-list';

function EmptyProcesses({ archived, canManage }: { archived: boolean; canManage: boolean }) {
  const t = useT();
  const description = archived
    ? t('designer.emptyArchived')
    : t(canManage ? 'designer.emptyOwner' : 'designer.emptyViewer');
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="processes-empty">
      <EmptyState
        variant="light"
        color="leaf"
        icon={<IconRoute size={32} />}
        title={t(archived ? 'designer.emptyArchivedTitle' : 'designer.emptyTitle')}
        description={description}
      />
    </Paper>
  );
}

function HeaderActions({ onCreate, onImport }: { onCreate: () => void; onImport: () => void }) {
  const t = useT();
  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconFileImport size={18} />}
        onClick={onImport}
        data-testid="process-import"
      >
        {t('designer.import')}
      </Button>
      <Button leftSection={<IconPlus size={18} />} onClick={onCreate} data-testid="process-create">
        {t('designer.create')}
      </Button>
    </Group>
  );
}

/** The tenant's processes: owners create, import, rename, duplicate, archive and export; viewers look. */
export function ProcessListPage() {
  const t = useT();
  const navigate = useNavigate();
  const canManage = useCanManageProcesses();
  const [archived, setArchived] = useState(false);
  const processes = useProcessList(archived);
  const [creating, createDialog] = useDisclosure(false);
  const [importing, importDialog] = useDisclosure(false);
  const { onAction, dialogs } = useProcessDialogs();
  const items = processes.data?.items;

  return (
    <>
      <PageHeader
        title={t('designer.title')}
        description={t('designer.intro')}
        action={canManage && <HeaderActions onCreate={createDialog.open} onImport={importDialog.open} />}
      />
      {!canManage && (
        <ReadOnlyNotice testId="processes-read-only">{t('designer.readOnlyList')}</ReadOnlyNotice>
      )}
      <ArchivedFilter archived={archived} onChange={setArchived} testId="processes-filter" />
      <QueryState
        isPending={processes.isPending}
        error={processes.error}
        onRetry={() => processes.refetch()}
      />
      {items &&
        (items.length === 0 ? (
          <Stack gap="md">
            <EmptyProcesses archived={archived} canManage={canManage} />
            {canManage && !archived && <StartFromTemplate />}
          </Stack>
        ) : (
          <ProcessList processes={items} canManage={canManage} onAction={onAction} />
        ))}
      <CreateProcessModal opened={creating} onClose={createDialog.close} />
      <ImportProcessModal
        opened={importing}
        onClose={importDialog.close}
        onImported={(process) => {
          notifySuccess(t('designer.imported', { name: process.name.vi }));
          navigate(`/processes/${process.id}`);
        }}
      />
      {dialogs}
    </>
  );
}

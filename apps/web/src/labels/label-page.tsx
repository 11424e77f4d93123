import { Anchor, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useLabelsKey } from './label-api';
import { LabelDetails } from './label-details';
import { labelsPath } from './label-paths';

/** One label of the tenant, opened from the lookup box or a link: its state, where it was printed, its story. */
export function LabelPage() {
  const t = useT();
  const serial = useParams().serial ?? '';
  const query = useQuery({
    queryKey: useLabelsKey('label', serial),
    queryFn: () => api.call('getLabel', { params: { serial } }),
  });
  return (
    <Stack gap="md">
      <Anchor component={Link} to={labelsPath} size="sm">
        <IconArrowLeft size={14} aria-hidden /> {t('labels.title')}
      </Anchor>
      <PageHeader title={query.data ? query.data.code : t('labels.title')} />
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
      {query.data && <LabelDetails label={query.data} />}
    </Stack>
  );
}

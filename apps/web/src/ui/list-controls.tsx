import { Alert, SegmentedControl } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/** The notice above a list that the person may read but not change. */
export function ReadOnlyNotice({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <Alert color="gray" icon={<IconEye size={20} />} mb="md" data-testid={testId}>
      {children}
    </Alert>
  );
}

/** "In use / Archived": which rows a list shows. */
export function ArchivedFilter(props: {
  archived: boolean;
  onChange: (archived: boolean) => void;
  testId?: string;
}) {
  const t = useT();
  return (
    <SegmentedControl
      mb="md"
      value={props.archived ? 'archived' : 'active'}
      onChange={(value) => props.onChange(value === 'archived')}
      data={[
        { value: 'active', label: t('common.filterActive') },
        { value: 'archived', label: t('common.filterArchived') },
      ]}
      data-testid={props.testId}
    />
  );
}

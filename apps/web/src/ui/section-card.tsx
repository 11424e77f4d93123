import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled block of a settings-like page; `titleId` is the id of its heading. */
export function SectionCard({ titleId, children }: { titleId: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby={titleId}>
      {children}
    </Paper>
  );
}

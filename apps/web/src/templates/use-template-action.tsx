import { Alert, Button, Stack } from '@mantine/core';
import type { TemplateView } from '@nguon/contracts/client';
import { tenantRoleAllows } from '@nguon/domain';
import { IconCopyPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { currentMembership, useSession } from '../auth/session-context';
import type { TemplateMessageKey } from './template-messages';
import { useTemplateT } from './template-messages';
import { UseTemplateModal } from './use-template-modal';

/** Why this person cannot use this version, or null when they can: owners only, never a deprecated version. */
function useBlockedReason(template: TemplateView): TemplateMessageKey | null {
  const membership = currentMembership(useSession());
  if (template.version.deprecated) return 'templates.useDeprecated';
  if (!membership) return 'templates.useNoTenant';
  return tenantRoleAllows(membership.role, 'processes.manage') ? null : 'templates.useOwnersOnly';
}

/** "Use this template" for owners; everyone else is told plainly why not. */
export function UseTemplateAction({ template }: { template: TemplateView }) {
  const tt = useTemplateT();
  const blocked = useBlockedReason(template);
  const [opened, setOpened] = useState(false);
  return (
    <Stack gap="xs">
      <Button
        size="lg"
        leftSection={<IconCopyPlus size={20} />}
        disabled={blocked !== null}
        onClick={() => setOpened(true)}
        data-testid="template-use"
      >
        {tt('templates.use')}
      </Button>
      {blocked && (
        <Alert color="gray" variant="light" data-testid="template-use-blocked">
          {tt(blocked)}
        </Alert>
      )}
      {/* mounted per opening: each opening is one attempt with its own idempotency key */}
      {opened && <UseTemplateModal template={template} opened onClose={() => setOpened(false)} />}
    </Stack>
  );
}

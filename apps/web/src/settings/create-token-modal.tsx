import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { CreateApiTokenBody, CreatedApiToken } from '@nguon/contracts/client';
import type { Translate } from '../i18n/use-t';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { parseTenantRole, RoleSelect } from '../ui/role-select';
import { requireText, useFormState } from '../ui/use-form-state';
import { useCreateApiToken } from './use-api-tokens';

const empty = { name: '', role: 'viewer', expiresInDays: '' };
type TokenValues = typeof empty;

function parseDays(value: string): number | null {
  const text = value.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= 730 ? days : null;
}

function validateToken(values: TokenValues, t: Translate) {
  return {
    name: requireText(values.name, t, 2),
    expiresInDays:
      values.expiresInDays.trim() && parseDays(values.expiresInDays) === null
        ? t('tokens.expiresHint')
        : undefined,
  };
}

export function createTokenBody(values: TokenValues): CreateApiTokenBody {
  const days = parseDays(values.expiresInDays);
  return {
    name: values.name.trim(),
    role: parseTenantRole(values.role) ?? 'viewer',
    ...(days === null ? {} : { expiresInDays: days }),
  };
}

interface CreateTokenModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: CreatedApiToken) => void;
}

export function CreateTokenModal({ opened, onClose, onCreated }: CreateTokenModalProps) {
  const t = useT();
  const createToken = useCreateApiToken();
  const form = useFormState(empty, validateToken);
  const close = () => {
    form.reset();
    onClose();
  };
  const send = form.onSubmit((values) =>
    createToken.mutate(createTokenBody(values), {
      onSuccess: (created) => {
        close();
        onCreated(created);
      },
      onError: (error) => form.showServerError(error),
    }),
  );

  return (
    <AppModal opened={opened} onClose={close} title={t('tokens.create')}>
      <form onSubmit={send} noValidate>
        <Stack>
          <TextInput
            label={t('tokens.name')}
            description={t('tokens.nameHint')}
            required
            data-autofocus
            data-testid="token-name"
            {...form.textProps('name')}
          />
          <RoleSelect
            label={t('tokens.role')}
            required
            data-testid="token-role"
            {...form.selectProps('role')}
          />
          <TextInput
            label={t('tokens.expiresInDays')}
            description={t('tokens.expiresHint')}
            inputMode="numeric"
            data-testid="token-expires"
            {...form.textProps('expiresInDays')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={createToken.isPending} data-testid="token-create-submit">
              {t('tokens.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

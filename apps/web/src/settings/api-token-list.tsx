import { Badge, Button, Card, Code, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ApiTokenView } from '@nguon/contracts/client';
import { IconBan } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { roleColors } from '../ui/role-select';
import { useIsMobile } from '../ui/use-is-mobile';
import { type TokenStatus, tokenStatus } from './use-api-tokens';

const statusColors: Record<TokenStatus, string> = { active: 'leaf', revoked: 'red', expired: 'gray' };
const factColumns = [
  'tokens.colRole',
  'tokens.colPrefix',
  'tokens.colCreated',
  'tokens.colLastUsed',
  'tokens.colExpires',
  'tokens.colStatus',
] as const;

/** A token's facts in the order of factColumns, so the table and the phone cards say the same. */
function useTokenFacts(): (token: ApiTokenView) => ReactNode[] {
  const t = useT();
  const lang = useLang();
  const now = new Date();
  return (token) => {
    const status = tokenStatus(token, now);
    return [
      <Badge key="role" color={roleColors[token.role]} variant="light">
        {t(`role.${token.role}`)}
      </Badge>,
      <Code key="prefix">{token.prefix}…</Code>,
      formatDate(token.createdAt, lang),
      token.lastUsedAt ? formatDateTime(token.lastUsedAt, lang) : t('tokens.neverUsed'),
      token.expiresAt ? formatDate(token.expiresAt, lang) : t('tokens.noExpiry'),
      <Badge key="status" color={statusColors[status]} variant="dot" data-testid="token-status">
        {t(`tokens.${status}`)}
      </Badge>,
    ];
  };
}

interface ApiTokenListProps {
  tokens: readonly ApiTokenView[];
  onRevoke: (token: ApiTokenView) => void;
}

export function ApiTokenList({ tokens, onRevoke }: ApiTokenListProps) {
  const t = useT();
  const isMobile = useIsMobile();
  const factsOf = useTokenFacts();
  const revokeButton = (token: ApiTokenView) =>
    token.revokedAt ? null : (
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconBan size={18} />}
        onClick={() => onRevoke(token)}
        aria-label={t('tokens.revokeOf', { name: token.name })}
        data-testid="token-revoke"
      >
        {t('tokens.revoke')}
      </Button>
    );

  if (isMobile) {
    return (
      <Stack gap="sm">
        {tokens.map((token) => {
          const facts = factsOf(token);
          return (
            <Card key={token.id} withBorder radius="md" data-testid="token-row">
              <Text fw={600} mb="xs">
                {token.name}
              </Text>
              <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
                {factColumns.map((column, index) => (
                  <Stack gap={0} key={column}>
                    <Text size="xs" c="dimmed">
                      {t(column)}
                    </Text>
                    <Text size="sm" component="div">
                      {facts[index]}
                    </Text>
                  </Stack>
                ))}
              </SimpleGrid>
              <Group justify="flex-end" mt="xs">
                {revokeButton(token)}
              </Group>
            </Card>
          );
        })}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tokens.colName')}</Table.Th>
            {factColumns.map((column) => (
              <Table.Th key={column}>{t(column)}</Table.Th>
            ))}
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id} data-testid="token-row">
              <Table.Td fw={600}>{token.name}</Table.Td>
              {factsOf(token).map((fact, index) => (
                <Table.Td key={factColumns[index]}>{fact}</Table.Td>
              ))}
              <Table.Td>{revokeButton(token)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

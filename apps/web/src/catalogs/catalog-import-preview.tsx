import { Alert, Stack, Table, Text } from '@mantine/core';
import type { CatalogImportReport } from '@nguon/contracts/client';
import { useT } from '../i18n/use-t';

/** What an import found in the file: counts, and each bad row by line, column and message. */
export function ImportPreview({ report }: { report: CatalogImportReport }) {
  const t = useT();
  return (
    <Stack gap="sm" data-testid="catalog-import-preview">
      <Alert color={report.invalid > 0 ? 'orange' : 'leaf'} data-testid="catalog-import-summary">
        {t('catalogs.importSummary', { rows: report.rows, valid: report.valid, invalid: report.invalid })}
        {report.invalid === 0 && ` ${t('catalogs.importAllValid')}`}
      </Alert>
      {report.errors.length > 0 && (
        <Table.ScrollContainer minWidth={320} mah={320}>
          <Table striped verticalSpacing={4} fz="sm" data-testid="catalog-import-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('catalogs.importColLine')}</Table.Th>
                <Table.Th>{t('catalogs.importColColumn')}</Table.Th>
                <Table.Th>{t('catalogs.importColMessage')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((error) => (
                <Table.Tr key={`${error.line}-${error.column}-${error.message}`}>
                  <Table.Td>{error.line}</Table.Td>
                  <Table.Td>{error.column || t('catalogs.importWholeRow')}</Table.Td>
                  <Table.Td>{error.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {report.errorsTruncated && (
        <Text size="sm" c="dimmed">
          {t('catalogs.importTruncated')}
        </Text>
      )}
    </Stack>
  );
}

import { Button, FileButton, Group, Loader, Stack, Text } from '@mantine/core';
import {
  type CatalogImportReport,
  type CatalogImportView,
  type CatalogView,
  clientRoutes,
} from '@nguon/contracts/client';
import { IconFileUpload } from '@tabler/icons-react';
import { type ComponentProps, useRef, useState } from 'react';
import { formatFileSize } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { notifyError, notifyProblem, notifySuccess } from '../ui/notify';
import { useIsMobile } from '../ui/use-is-mobile';
import { useImportCsv } from './catalog-api';
import { ImportPreview } from './catalog-import-preview';
import { CatalogImportProgress, wentToBackground } from './catalog-import-progress';

const csvLimit = clientRoutes.importCatalogItems.upload.maxBytes;
const fileInputProps: ComponentProps<'input'> & { 'data-testid': string } = {
  'data-testid': 'catalog-import-file',
};

/** Why a picked file cannot be a catalog CSV, before it travels; null when it may go. */
export function csvFileProblem(file: Pick<File, 'name' | 'size'>): 'wrongType' | 'tooLarge' | null {
  if (!/\.csv$/i.test(file.name)) return 'wrongType';
  return file.size > csvLimit ? 'tooLarge' : null;
}

/** CSV import in two steps: a preview that stores nothing, then the valid rows only (or every row when all are valid). */
export function CatalogImportModal({ catalog, onClose }: { catalog: CatalogView; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const isMobile = useIsMobile();
  const importCsv = useImportCsv(catalog.id);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<CatalogImportReport | null>(null);
  const [background, setBackground] = useState<CatalogImportView | null>(null);
  const resetPicker = useRef<() => void>(null);

  const pick = (picked: File | null) => {
    resetPicker.current?.();
    setReport(null);
    setFile(null);
    if (!picked) return;
    const problem = csvFileProblem(picked);
    if (problem === 'wrongType') return notifyError(t('catalogs.importWrongType'), t);
    if (problem === 'tooLarge') {
      return notifyError(
        t('catalogs.importTooLarge', {
          size: formatFileSize(picked.size, lang),
          max: formatFileSize(csvLimit, lang),
        }),
        t,
      );
    }
    setFile(picked);
    importCsv.mutate(
      { file: picked, mode: 'preview' },
      {
        onSuccess: (answer) => (wentToBackground(answer) ? setBackground(answer) : setReport(answer)),
        onError: (error) => notifyProblem(error, t),
      },
    );
  };

  const commit = () => {
    if (!file || !report) return;
    const mode = report.invalid === 0 ? 'all-or-nothing' : 'valid-only';
    importCsv.mutate(
      { file, mode },
      {
        onSuccess: (done) => {
          if (wentToBackground(done)) return setBackground(done);
          notifySuccess(t('catalogs.importDone', { count: done.imported }));
          onClose();
        },
        onError: (error) => notifyProblem(error, t),
      },
    );
  };

  const checking = importCsv.isPending && report === null;
  if (background) {
    return (
      <AppModal opened onClose={onClose} title={t('catalogs.importTitle')} size="lg" fullScreen={isMobile}>
        <CatalogImportProgress started={background} />
      </AppModal>
    );
  }
  return (
    <AppModal opened onClose={onClose} title={t('catalogs.importTitle')} size="lg" fullScreen={isMobile}>
      <Stack>
        <Text size="sm">{t('catalogs.importIntro')}</Text>
        <FileButton onChange={pick} accept=".csv,text/csv" resetRef={resetPicker} inputProps={fileInputProps}>
          {(props) => (
            <Button
              {...props}
              variant={report ? 'default' : 'filled'}
              size="md"
              leftSection={<IconFileUpload size={18} />}
              disabled={importCsv.isPending}
            >
              {report && report.invalid > 0 ? t('catalogs.importFix') : t('catalogs.importPick')}
            </Button>
          )}
        </FileButton>
        {file && (
          <Text size="sm" c="dimmed">
            {file.name} · {formatFileSize(file.size, lang)}
          </Text>
        )}
        {checking && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('catalogs.importChecking')}</Text>
          </Group>
        )}
        {report && <ImportPreview report={report} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {report && report.valid > 0 && (
            <Button onClick={commit} loading={importCsv.isPending} data-testid="catalog-import-valid-only">
              {report.invalid === 0
                ? t('catalogs.importAll', { count: report.valid })
                : t('catalogs.importValidOnly', { count: report.valid })}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}

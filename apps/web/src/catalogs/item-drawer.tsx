import { Alert, Box, Button, Drawer, List } from '@mantine/core';
import { ApiError, type CatalogItemView, type CatalogView } from '@nguon/contracts/client';
import { IconBoxMultiple } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { StageFormView } from '../form-renderer';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { useIsMobile } from '../ui/use-is-mobile';
import { useCreateItem, useUpdateItem } from './catalog-api';
import { itemLotsPath } from './catalog-paths';
import { serverRendererContext } from './file-upload';
import { itemFieldErrors } from './item-values';
import { itemColumns } from './label-fields';
import './catalogs.css';

interface ItemDrawerProps {
  catalog: CatalogView;
  /** The item to edit, or null to add one. */
  item: CatalogItemView | null;
  readOnly: boolean;
  onClose: () => void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds or edits an item with the same widgets a clerk fills; the server's field errors show above the form. */
export function ItemDrawer({ catalog, item, readOnly, onClose }: ItemDrawerProps) {
  const t = useT();
  const lang = useLang();
  const isMobile = useIsMobile();
  const create = useCreateItem(catalog.id);
  const update = useUpdateItem(catalog.id);
  const formBox = useRef<HTMLDivElement>(null);
  const [formData, setFormData] = useState<unknown>(item?.data ?? {});
  const [serverErrors, setServerErrors] = useState<Map<string, string>>(new Map());
  const labels = new Map(
    itemColumns(catalog.form).map((column) => [column.key, column.label[lang] || column.label.vi]),
  );

  const failed = (error: unknown) => {
    if (error instanceof ApiError && error.problem.errors && error.problem.errors.length > 0) {
      setServerErrors(itemFieldErrors(error.problem.errors));
    } else {
      notifyProblem(error, t);
    }
  };

  const save = (data: unknown) => {
    if (!isRecord(data)) return;
    setServerErrors(new Map());
    const done = (saved: CatalogItemView) => {
      notifySuccess(t(item ? 'catalogs.itemSaved' : 'catalogs.itemAdded', { label: saved.label }));
      onClose();
    };
    if (item)
      update.mutate(
        { itemId: item.id, body: { revision: item.revision, data } },
        { onSuccess: done, onError: failed },
      );
    else create.mutate(data, { onSuccess: done, onError: failed });
  };

  const name = catalog.name[lang] || catalog.name.vi;
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={isMobile ? '100%' : 'lg'}
      title={item ? t('catalogs.itemEditTitle', { label: item.label }) : t('catalogs.itemAddTitle', { name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="item-drawer"
    >
      {item && (
        <Button
          component={Link}
          to={itemLotsPath(catalog.id, item.id)}
          variant="light"
          size="md"
          mb="md"
          leftSection={<IconBoxMultiple size={20} />}
          data-testid="item-lots"
        >
          {t('trace.itemLots.open')}
        </Button>
      )}
      {serverErrors.size > 0 && (
        <Alert
          color="red"
          title={t('catalogs.itemServerErrors')}
          mb="md"
          role="alert"
          data-testid="item-server-errors"
        >
          <List size="sm">
            {[...serverErrors].map(([key, message]) => (
              <List.Item key={key}>{key ? `${labels.get(key) ?? key}: ${message}` : message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Box ref={formBox} className="nguon-item-form" data-testid="item-form">
        <StageFormView
          form={catalog.form}
          lang={lang}
          formData={formData}
          onChange={setFormData}
          onSubmit={save}
          readOnly={readOnly}
          context={serverRendererContext}
          submitLabel={t('catalogs.itemSave')}
          submitting={create.isPending || update.isPending}
        />
      </Box>
      {!readOnly && (
        <Box className="nguon-item-footer">
          <Button
            size="lg"
            fullWidth
            loading={create.isPending || update.isPending}
            onClick={() => formBox.current?.querySelector('form')?.requestSubmit()}
            data-testid="item-submit"
          >
            {t('catalogs.itemSave')}
          </Button>
        </Box>
      )}
    </Drawer>
  );
}

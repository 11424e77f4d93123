import { ActionIcon, Badge, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { ApiError } from '@nguon/contracts/client';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconArrowLeft,
  IconHistory,
  IconLayoutDistributeVertical,
  IconRocket,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useLang } from '../../i18n/lang-store';
import { type Translate, useT } from '../../i18n/use-t';
import { notifyError } from '../../ui/notify';
import { useProductTypeName } from '../list/product-type-select';
import type { DesignerSource } from './designer-source';
import { SaveStateBadge } from './save-state-badge';
import type { DesignerModel } from './use-designer';

function saveFailure(failure: unknown, t: Translate): string | null {
  if (failure === null) return null;
  return failure instanceof ApiError ? failure.problem.detail : t('error.network');
}

interface DesignerHeaderProps {
  model: DesignerModel;
  onPublish: () => void;
  onVersions: () => void;
}

function EditButtons({ model }: { model: DesignerModel }) {
  const t = useT();
  const { history } = model;
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('designer.undoHint')}>
        <ActionIcon
          variant="default"
          size={44}
          onClick={history.undo}
          disabled={!history.canUndo}
          aria-label={t('designer.undo')}
          data-testid="designer-undo"
        >
          <IconArrowBackUp size={20} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('designer.redoHint')}>
        <ActionIcon
          variant="default"
          size={44}
          onClick={history.redo}
          disabled={!history.canRedo}
          aria-label={t('designer.redo')}
          data-testid="designer-redo"
        >
          <IconArrowForwardUp size={20} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('designer.layoutHint')}>
        <Button
          variant="default"
          leftSection={<IconLayoutDistributeVertical size={18} />}
          onClick={model.layOut}
          disabled={model.history.present.stages.length === 0}
          data-testid="designer-layout"
        >
          {t('designer.layout')}
        </Button>
      </Tooltip>
    </Group>
  );
}

/** Which process, of which product type, archived or not, saved or not, with the way back to the list. */
function HeaderTitle({
  model,
  title,
}: {
  model: DesignerModel;
  title: NonNullable<DesignerSource['title']>;
}) {
  const t = useT();
  const lang = useLang();
  const productTypeName = useProductTypeName();
  const { autosave } = model;
  const name = title.name[lang] || title.name.vi;
  useDocumentTitle(`${name} · ${t('app.name')}`);
  return (
    <Group gap="sm" wrap="nowrap" miw={0}>
      <ActionIcon
        component={Link}
        to={title.backTo}
        variant="subtle"
        size={44}
        aria-label={t('designer.backToList')}
      >
        <IconArrowLeft size={20} />
      </ActionIcon>
      <Stack gap={2} miw={0}>
        <Title order={1} size="h3" lineClamp={1} data-testid="designer-name">
          {name}
        </Title>
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            {productTypeName(title.productType)}
          </Text>
          {model.source.archived && <Badge color="gray">{t('designer.archivedBadge')}</Badge>}
          {model.editable && (
            <SaveStateBadge state={autosave.state} detail={saveFailure(autosave.failure, t)} />
          )}
        </Group>
      </Stack>
    </Group>
  );
}

function PublishButton({ model, onPublish }: { model: DesignerModel; onPublish: () => void }) {
  const t = useT();
  const { publishBlocker } = model;
  return (
    <Tooltip
      label={publishBlocker ? t(`designer.publishBlocked.${publishBlocker}`) : t('designer.publishHint')}
      multiline
      w={260}
    >
      {/* data-disabled, not disabled: the tooltip (and a tap on a phone) still explains why */}
      <Button
        leftSection={<IconRocket size={18} />}
        onClick={() =>
          publishBlocker ? notifyError(t(`designer.publishBlocked.${publishBlocker}`), t) : onPublish()
        }
        data-disabled={publishBlocker !== null || undefined}
        aria-disabled={publishBlocker !== null}
        data-testid="designer-publish"
      >
        {t('designer.publish')}
      </Button>
    </Tooltip>
  );
}

/**
 * The designer's top bar: which process, whether it is saved, undo/redo, layout, versions and publish; for a
 * template's process only the editing buttons (its page has the name, the save states and Publish).
 */
export function DesignerHeader({ model, onPublish, onVersions }: DesignerHeaderProps) {
  const t = useT();
  const { title } = model.source;
  const ownProcess = model.process !== null;
  return (
    <Group justify={title ? 'space-between' : 'flex-end'} gap="sm" pb="sm" wrap="wrap">
      {title && <HeaderTitle model={model} title={title} />}
      <Group gap="xs" wrap="wrap">
        {model.editable && model.version === null && <EditButtons model={model} />}
        {ownProcess && (
          <Button
            variant="default"
            leftSection={<IconHistory size={18} />}
            onClick={onVersions}
            data-testid="designer-versions"
          >
            {t('designer.versions')}
          </Button>
        )}
        {ownProcess && model.editable && <PublishButton model={model} onPublish={onPublish} />}
      </Group>
    </Group>
  );
}

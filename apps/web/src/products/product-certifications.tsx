import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { certificationKinds } from '@nguon/contracts/client';
import { IconCertificate, IconFileUpload, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { fileUrl, uploadToServer } from '../catalogs/file-upload';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { DateField } from '../ui/date-field';
import { notifyError, notifyProblem } from '../ui/notify';
import { type CertificationDraft, certificationExpired, newCertification } from './product-draft';
import { refusalMessage } from './product-images';

interface CertificationsProps {
  certifications: CertificationDraft[];
  onChange: (update: (list: CertificationDraft[]) => CertificationDraft[]) => void;
  readOnly: boolean;
  incomplete: boolean;
  today: string;
}

function DocumentUpload({
  value,
  onChange,
  readOnly,
  index,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  readOnly: boolean;
  index: number;
}) {
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const resetPicker = useRef<() => void>(null);
  const send = async (file: File | null) => {
    resetPicker.current?.();
    if (!file) return;
    const refusal = refusalMessage(file, t, lang, false);
    if (refusal) return notifyError(refusal, t);
    setBusy(true);
    try {
      // Public, as product images are: the consumer page links the certificate beside the certification.
      onChange((await uploadToServer(file, 'certificate', { name: file.name, public: true })).id);
    } catch (error) {
      notifyProblem(error, t);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group gap="sm">
      {value && (
        <Anchor href={fileUrl(value)} target="_blank" rel="noreferrer" size="sm">
          {t('products.certDocumentOpen')}
        </Anchor>
      )}
      {!readOnly && (
        <FileButton
          onChange={send}
          accept="image/png,image/jpeg,image/webp,application/pdf"
          resetRef={resetPicker}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="sm"
              leftSection={<IconFileUpload size={16} />}
              loading={busy}
              data-testid={`product-cert-document-${index}`}
            >
              {t('products.certDocumentAdd')}
            </Button>
          )}
        </FileButton>
      )}
    </Group>
  );
}

function CertificationCard({
  draft,
  index,
  readOnly,
  today,
  onChange,
  onRemove,
}: {
  draft: CertificationDraft;
  index: number;
  readOnly: boolean;
  today: string;
  onChange: (patch: Partial<CertificationDraft>) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const expired = certificationExpired(draft.validTo, today);
  const text = (field: 'name' | 'number' | 'issuer') => ({
    value: draft[field],
    readOnly,
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ [field]: event.currentTarget.value }),
  });
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`product-cert-${index}`}>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <IconCertificate size={20} />
          <Text fw={600}>{t(`products.cert.${draft.kind}`)}</Text>
          {expired && (
            <Badge color="red" variant="light" data-testid={`product-cert-expired-${index}`}>
              {t('products.certExpired')}
            </Badge>
          )}
        </Group>
        {!readOnly && (
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            onClick={onRemove}
            aria-label={t('products.certRemove')}
          >
            <IconTrash size={18} />
          </ActionIcon>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('products.certKind')}
          allowDeselect={false}
          readOnly={readOnly}
          data={certificationKinds.map((kind) => ({ value: kind, label: t(`products.cert.${kind}`) }))}
          value={draft.kind}
          onChange={(value) => {
            const kind = certificationKinds.find((candidate) => candidate === value);
            if (kind) onChange({ kind, stars: kind === 'ocop' ? draft.stars || '3' : '' });
          }}
          data-testid={`product-cert-kind-${index}`}
        />
        {draft.kind === 'other' && <TextInput label={t('products.certName')} required {...text('name')} />}
        {draft.kind === 'ocop' && (
          <Select
            label={t('products.certStars')}
            allowDeselect={false}
            readOnly={readOnly}
            data={['3', '4', '5'].map((n) => ({ value: n, label: t('products.certStarsN', { n }) }))}
            value={draft.stars}
            onChange={(stars) => onChange({ stars: stars ?? '3' })}
          />
        )}
        <TextInput
          label={t('products.certNumber')}
          required
          {...text('number')}
          data-testid={`product-cert-number-${index}`}
        />
        <TextInput
          label={t('products.certIssuer')}
          required
          {...text('issuer')}
          data-testid={`product-cert-issuer-${index}`}
        />
        <DateField
          label={t('products.certValidFrom')}
          required
          value={draft.validFrom}
          onChange={(validFrom) => onChange({ validFrom })}
          readOnly={readOnly}
          data-testid={`product-cert-from-${index}`}
        />
        <DateField
          label={t('products.certValidTo')}
          value={draft.validTo}
          onChange={(validTo) => onChange({ validTo })}
          readOnly={readOnly}
          error={expired ? t('products.certExpired') : undefined}
          data-testid={`product-cert-to-${index}`}
        />
      </SimpleGrid>
      <Text size="sm" mt="sm" mb={4}>
        {t('products.certDocument')}
      </Text>
      <DocumentUpload
        value={draft.documentFileId}
        onChange={(documentFileId) => onChange({ documentFileId })}
        readOnly={readOnly}
        index={index}
      />
    </Paper>
  );
}

/** A product's certifications: kind, number, issuer, validity, the certificate document; expired ones flagged. */
export function ProductCertifications({
  certifications,
  onChange,
  readOnly,
  incomplete,
  today,
}: CertificationsProps) {
  const t = useT();
  return (
    <Stack gap="sm">
      {certifications.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('products.certsEmpty')}
        </Text>
      )}
      {incomplete && (
        <Alert color="red" role="alert">
          {t('products.certIncomplete')}
        </Alert>
      )}
      {certifications.map((draft, index) => (
        <CertificationCard
          key={draft.key}
          draft={draft}
          index={index}
          readOnly={readOnly}
          today={today}
          onChange={(patch) =>
            onChange((list) =>
              list.map((other) => (other.key === draft.key ? { ...other, ...patch } : other)),
            )
          }
          onRemove={() => onChange((list) => list.filter((other) => other.key !== draft.key))}
        />
      ))}
      {!readOnly && (
        <Button
          variant="default"
          leftSection={<IconPlus size={18} />}
          onClick={() => onChange((list) => [...list, newCertification()])}
          style={{ alignSelf: 'flex-start' }}
          data-testid="product-cert-add"
        >
          {t('products.certAdd')}
        </Button>
      )}
    </Stack>
  );
}

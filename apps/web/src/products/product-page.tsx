import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { ApiError, type ProductView } from '@nguon/contracts/client';
import { IconArrowLeft, IconEye } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { fieldOfPointer } from '../api/problems';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { notifyError, notifyProblem, notifySuccess } from '../ui/notify';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { LotCodePatternField } from './lot-code-pattern-field';
import {
  useCanManageProducts,
  useCreateProduct,
  useProduct,
  usePublishedProcesses,
  useUpdateProduct,
} from './product-api';
import { ProductCertifications } from './product-certifications';
import {
  type CertificationDraft,
  draftOf,
  draftProblems,
  emptyProductDraft,
  type ProductDraft,
  productBody,
} from './product-draft';
import {
  BasicsFields,
  type DraftErrorMessages,
  OriginFields,
  PackagingFields,
  PublicFieldsPicker,
} from './product-fields';
import { ProductImages } from './product-images';

/** Where a server problem's body path shows on the form. */
const fieldOfBodyKey: Record<string, keyof ProductDraft> = {
  name: 'nameVi',
  sku: 'sku',
  productType: 'productType',
  description: 'descriptionVi',
  netQuantity: 'netValue',
  shelfLifeDays: 'shelfLifeDays',
  storage: 'storageVi',
  country: 'country',
  province: 'province',
  gtin: 'gtin',
  gs1CompanyPrefix: 'gs1CompanyPrefix',
  processId: 'processId',
  lotCodePattern: 'lotCodePattern',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'lg' }}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function ProcessPicker({
  value,
  onChange,
  readOnly,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  readOnly: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const processes = usePublishedProcesses();
  const options = (processes.data ?? []).map((process) => ({
    value: process.id,
    label: process.name[lang] || process.name.vi,
  }));
  if (processes.data && options.length === 0 && value === null) {
    return (
      <Text size="sm" c="dimmed" data-testid="product-process-empty">
        {t('products.processEmpty')}
      </Text>
    );
  }
  return (
    <Select
      label={t('products.process')}
      description={t('products.processHint')}
      placeholder={t('products.processNone')}
      clearable
      readOnly={readOnly}
      data={options}
      value={value}
      onChange={onChange}
      data-testid="product-process"
    />
  );
}

function ProductForm({ product, canManage }: { product: ProductView | null; canManage: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateProduct();
  const update = useUpdateProduct(product?.id ?? '');
  const [draft, setDraft] = useState<ProductDraft>(() => (product ? draftOf(product) : emptyProductDraft()));
  const [errors, setErrors] = useState<DraftErrorMessages>({});
  const [certsIncomplete, setCertsIncomplete] = useState(false);
  const readOnly = !canManage;
  const today = new Date().toISOString().slice(0, 10);

  const change = (patch: Partial<ProductDraft>) => {
    setDraft((old) => ({ ...old, ...patch }));
    setErrors((old) => Object.fromEntries(Object.entries(old).filter(([key]) => !(key in patch))));
  };
  const fields = { draft, errors, readOnly, onChange: change };

  const showServerError = (error: unknown) => {
    notifyProblem(error, t);
    if (!(error instanceof ApiError)) return;
    const key = fieldOfBodyKey[fieldOfPointer(error.problem.path ?? '')];
    if (key) setErrors({ [key]: error.problem.detail });
  };

  const save = () => {
    const problems = draftProblems(draft);
    const found: DraftErrorMessages = {};
    if (problems.nameVi) found.nameVi = t('common.required');
    if (problems.sku) found.sku = t('common.required');
    if (problems.productType) found.productType = t('common.required');
    if (problems.netValue) found.netValue = t('products.positive');
    if (problems.shelfLifeDays) found.shelfLifeDays = t('products.positive');
    setErrors(found);
    setCertsIncomplete(problems.certifications === true);
    if (Object.keys(problems).length > 0) return notifyError(t('products.fixErrors'), t);
    const body = productBody(draft);
    if (product) {
      update.mutate(
        { revision: product.revision, ...body },
        {
          onSuccess: (saved) => notifySuccess(t('products.saved', { name: saved.name.vi })),
          onError: showServerError,
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: (saved) => {
          notifySuccess(t('products.created', { name: saved.name.vi }));
          navigate(`/products/${saved.id}`, { replace: true });
        },
        onError: showServerError,
      });
    }
  };

  return (
    <Stack gap="md" pb={80}>
      <Section title={t('products.section.basics')}>
        <BasicsFields {...fields} />
      </Section>
      <Section title={t('products.section.images')}>
        <ProductImages
          imageIds={draft.imageIds}
          readOnly={readOnly}
          onChange={(updateIds) => setDraft((old) => ({ ...old, imageIds: updateIds(old.imageIds) }))}
        />
      </Section>
      <Section title={t('products.section.packaging')}>
        <PackagingFields {...fields} />
      </Section>
      <Section title={t('products.section.origin')}>
        <OriginFields {...fields} />
      </Section>
      <Section title={t('products.section.certs')}>
        <ProductCertifications
          certifications={draft.certifications}
          readOnly={readOnly}
          incomplete={certsIncomplete}
          today={today}
          onChange={(updateList: (list: CertificationDraft[]) => CertificationDraft[]) =>
            setDraft((old) => ({ ...old, certifications: updateList(old.certifications) }))
          }
        />
      </Section>
      <Section title={t('products.section.process')}>
        <Stack gap="sm">
          <ProcessPicker
            value={draft.processId}
            readOnly={readOnly}
            onChange={(processId) => change({ processId })}
          />
          <LotCodePatternField
            value={draft.lotCodePattern}
            readOnly={readOnly}
            error={errors.lotCodePattern}
            onChange={(lotCodePattern) => change({ lotCodePattern })}
          />
        </Stack>
      </Section>
      <Section title={t('products.section.public')}>
        <PublicFieldsPicker {...fields} />
      </Section>
      {canManage && (
        <Paper withBorder radius="lg" p="sm" pos="sticky" bottom={8} style={{ zIndex: 5 }}>
          <Group justify="flex-end">
            <Button
              size="md"
              onClick={save}
              loading={create.isPending || update.isPending}
              data-testid="product-submit"
            >
              {t('products.save')}
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}

/** One product, or a new one at /products/new: owners edit, others read. */
export function ProductPage() {
  const t = useT();
  const lang = useLang();
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const product = useProduct(isNew ? null : id);
  const canManage = useCanManageProducts();
  const view = product.data ?? null;
  const title = isNew ? t('products.newTitle') : view ? view.name[lang] || view.name.vi : t('products.title');
  return (
    <>
      <Anchor
        component={Link}
        to="/products"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={16} />
        {t('products.back')}
      </Anchor>
      <PageHeader
        title={title}
        action={view?.archived ? <Badge color="gray">{t('products.archivedBadge')}</Badge> : undefined}
      />
      {!canManage && (
        <Alert color="gray" icon={<IconEye size={20} />} mb="md" data-testid="products-read-only">
          {t('products.readOnly')}
        </Alert>
      )}
      {!isNew && (
        <QueryState isPending={product.isPending} error={product.error} onRetry={() => product.refetch()} />
      )}
      {(isNew || view) && (
        <ProductForm
          key={`${view?.id ?? 'new'}-${view?.revision ?? 0}`}
          product={view}
          canManage={canManage}
        />
      )}
    </>
  );
}

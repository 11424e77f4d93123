import {
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ProductListQuery, ProductView } from '@nguon/contracts/client';
import { IconPackage, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { fileUrl } from '../catalogs/file-upload';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import {
  ProductTypeSelect,
  parseProductType,
  useProductTypeName,
} from '../processes/list/product-type-select';
import { ReadOnlyNotice } from '../ui/list-controls';
import { PageHeader } from '../ui/page-header';
import { PagePagination } from '../ui/page-pagination';
import { QueryState } from '../ui/query-state';
import { useIsMobile } from '../ui/use-is-mobile';
import { useCanManageProducts, useProductList } from './product-api';

const pageSize = 25;

function ProductName({ product }: { product: ProductView }) {
  const t = useT();
  const lang = useLang();
  const [first] = product.imageIds;
  return (
    <Group gap="sm" wrap="nowrap">
      {first && (
        <img
          src={fileUrl(first, 'thumb')}
          alt=""
          width={40}
          height={40}
          style={{ objectFit: 'cover', borderRadius: 6 }}
        />
      )}
      <Anchor component={Link} to={`/products/${product.id}`} fw={600}>
        {product.name[lang] || product.name.vi}
      </Anchor>
      {product.archived && (
        <Badge color="gray" variant="light">
          {t('products.archivedBadge')}
        </Badge>
      )}
    </Group>
  );
}

function Certifications({ product }: { product: ProductView }) {
  const t = useT();
  return (
    <Group gap={4}>
      {product.certifications.map((certification) => (
        <Badge
          key={`${certification.kind}-${certification.number}`}
          color={certification.expired ? 'red' : 'leaf'}
          variant="light"
        >
          {t(`products.cert.${certification.kind}`)}
          {certification.expired ? ` · ${t('products.expiredBadge')}` : ''}
        </Badge>
      ))}
    </Group>
  );
}

function ProductTable({ products }: { products: ProductView[] }) {
  const t = useT();
  const lang = useLang();
  const isMobile = useIsMobile();
  const typeName = useProductTypeName();
  if (isMobile) {
    return (
      <Stack gap="sm" data-testid="product-list">
        {products.map((product, index) => (
          <Card key={product.id} withBorder radius="md" data-testid={`product-row-${index}`}>
            <ProductName product={product} />
            <Text size="sm" c="dimmed" mt={4}>
              {product.sku} · {typeName(product.productType)}
            </Text>
            <Certifications product={product} />
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760} data-testid="product-list">
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('products.colName')}</Table.Th>
            <Table.Th>{t('products.colSku')}</Table.Th>
            <Table.Th>{t('products.colType')}</Table.Th>
            <Table.Th>{t('products.colGtin')}</Table.Th>
            <Table.Th>{t('products.colCerts')}</Table.Th>
            <Table.Th>{t('products.colUpdated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product, index) => (
            <Table.Tr key={product.id} data-testid={`product-row-${index}`}>
              <Table.Td>
                <ProductName product={product} />
              </Table.Td>
              <Table.Td>{product.sku}</Table.Td>
              <Table.Td>{typeName(product.productType)}</Table.Td>
              <Table.Td>{product.gtin ?? ''}</Table.Td>
              <Table.Td>
                <Certifications product={product} />
              </Table.Td>
              <Table.Td>{formatDateTime(product.updatedAt, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The tenant's products, searchable and filtered by type; owners add new ones. */
export function ProductListPage() {
  const t = useT();
  const navigate = useNavigate();
  const canManage = useCanManageProducts();
  const [q, setQ] = useState('');
  const [typed] = useDebouncedValue(q, 300);
  const [productType, setProductType] = useState<ProductListQuery['productType']>(undefined);
  const [archived, setArchived] = useState(false);
  const [page, setPage] = useState(1);
  const query: ProductListQuery = { page: String(page), pageSize: String(pageSize) };
  if (typed.trim()) query.q = typed.trim().slice(0, 200);
  if (productType) query.productType = productType;
  if (archived) query.archived = 'true';
  const products = useProductList(query);
  const data = products.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;
  const filtered = typed.trim() !== '' || productType !== undefined || archived;

  return (
    <>
      <PageHeader
        title={t('products.title')}
        description={t('products.intro')}
        action={
          canManage && (
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={() => navigate('/products/new')}
              data-testid="product-create"
            >
              {t('products.create')}
            </Button>
          )
        }
      />
      {!canManage && <ReadOnlyNotice testId="products-read-only">{t('products.readOnly')}</ReadOnlyNotice>}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mb="md">
        <TextInput
          leftSection={<IconSearch size={18} />}
          aria-label={t('products.search')}
          placeholder={t('products.searchPlaceholder')}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            setPage(1);
          }}
          data-testid="product-search"
        />
        <ProductTypeSelect
          aria-label={t('products.filterType')}
          placeholder={t('products.allTypes')}
          allowDeselect
          clearable
          value={productType ?? null}
          onChange={(value) => {
            setProductType(parseProductType(value) ?? undefined);
            setPage(1);
          }}
        />
        <Switch
          size="md"
          mt={6}
          label={t('products.showArchived')}
          checked={archived}
          onChange={(event) => setArchived(event.currentTarget.checked)}
        />
      </SimpleGrid>
      <QueryState isPending={products.isPending} error={products.error} onRetry={() => products.refetch()} />
      {data &&
        (data.items.length === 0 ? (
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="products-empty">
            <EmptyState
              variant="light"
              color="leaf"
              icon={<IconPackage size={32} />}
              title={filtered ? t('products.noMatch') : t('products.emptyTitle')}
              description={
                filtered ? undefined : t(canManage ? 'products.emptyOwner' : 'products.emptyViewer')
              }
            />
          </Paper>
        ) : (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('products.total', { count: data.total })}
            </Text>
            <ProductTable products={data.items} />
            {pages > 1 && (
              <Group justify="center">
                <PagePagination
                  total={pages}
                  value={page}
                  onChange={setPage}
                  size="lg"
                  aria-label={t('products.pageOf', { page, pages })}
                />
              </Group>
            )}
          </Stack>
        ))}
    </>
  );
}

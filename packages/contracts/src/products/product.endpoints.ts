import type { SharedErrorCode } from '../errors/shared.errors';
import { IdParams } from '../http/common.schemas';
import type { EndpointSpec } from '../http/endpoint';
import type { ProductErrorCode } from './product.errors';
import {
  CreateProductBody,
  ProductListQuery,
  ProductPage,
  ProductView,
  UpdateProductBody,
} from './product.schemas';

const productWriteErrors = [
  'GTIN_FORMAT',
  'GTIN_CHECK_DIGIT',
  'GTIN_PREFIX_MISMATCH',
  'GTIN_TAKEN',
  'SKU_TAKEN',
  'UNKNOWN_UNIT',
  'FILE_NOT_USABLE',
  'PROCESS_NOT_PUBLISHED',
  'LOT_CODE_PATTERN_INVALID',
] as const;

/** The products endpoints: validation, the OpenAPI document and the typed client read them. */
export const productEndpoints = {
  listProducts: {
    method: 'get',
    path: '/api/v1/products',
    tag: 'products',
    summary: 'Search, filter by type and page the products of the tenant',
    access: 'tenant',
    status: 200,
    query: ProductListQuery,
    response: ProductPage,
  },
  createProduct: {
    method: 'post',
    path: '/api/v1/products',
    tag: 'products',
    summary: 'Register a product: names, SKU, GTIN, images, certifications, process (owner)',
    access: 'tenant',
    status: 201,
    body: CreateProductBody,
    response: ProductView,
    errors: productWriteErrors,
  },
  getProduct: {
    method: 'get',
    path: '/api/v1/products/{id}',
    tag: 'products',
    summary: 'One product; expired certifications are flagged',
    access: 'tenant',
    status: 200,
    params: IdParams,
    response: ProductView,
  },
  updateProduct: {
    method: 'patch',
    path: '/api/v1/products/{id}',
    tag: 'products',
    summary: 'Edit, archive or restore a product at the revision read (owner)',
    access: 'tenant',
    status: 200,
    params: IdParams,
    body: UpdateProductBody,
    response: ProductView,
    errors: ['EDIT_CONFLICT', ...productWriteErrors],
  },
} as const satisfies Record<string, EndpointSpec<ProductErrorCode | SharedErrorCode>>;

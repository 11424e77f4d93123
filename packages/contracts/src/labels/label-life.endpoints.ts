import type { SharedErrorCode } from '../errors/shared.errors';
import type { EndpointSpec } from '../http/endpoint';
import type { LabelErrorCode } from './label.errors';
import type { LabelLifeErrorCode } from './label-life.errors';
import {
  LabelActivationBody,
  LabelChangeResult,
  LabelSerialParams,
  LabelView,
  LabelVoidBody,
} from './label-life.schemas';

/** What any selection of labels may be refused for, before the change itself. */
const selectionErrors = [
  'IDEMPOTENCY_KEY_INVALID',
  'IDEMPOTENCY_KEY_REUSED',
  'LABEL_SERIAL_MALFORMED',
  'LABEL_SERIAL_CHECK_FAILED',
  'LABEL_NOT_FOUND',
  'LABEL_RANGE_OUTSIDE_BATCH',
  'LABEL_RANGE_REVERSED',
  'LABEL_RANGE_CROSSES_BATCHES',
  'LABEL_BATCH_IN_PROGRESS',
  'LABEL_VOIDED',
  'NOT_FOUND',
] as const;

/** What a packing record binding labels may be refused for besides the record's own codes (the assembly adds them). */
export const labelBindingErrors = [
  'LABEL_SERIAL_MALFORMED',
  'LABEL_SERIAL_CHECK_FAILED',
  'LABEL_NOT_FOUND',
  'LABEL_RANGE_OUTSIDE_BATCH',
  'LABEL_RANGE_REVERSED',
  'LABEL_RANGE_CROSSES_BATCHES',
  'LABEL_BATCH_IN_PROGRESS',
  'LABEL_VOIDED',
  'LABEL_ALREADY_ACTIVE',
  'LABEL_LOT_PRODUCT_DIFFERS',
  'LABEL_BATCH_LOT_DIFFERS',
] as const;

/** A label's state and history, and the changes of its life: activation (bound to a lot) and void. */
export const labelLifeEndpoints = {
  getLabel: {
    method: 'get',
    path: '/api/v1/labels/{serial}',
    tag: 'labels',
    summary: 'One label of the tenant: state, batch, print number, product, lot, URL and who changed it when',
    access: 'tenant',
    status: 200,
    params: LabelSerialParams,
    response: LabelView,
    errors: ['LABEL_SERIAL_MALFORMED', 'LABEL_SERIAL_CHECK_FAILED', 'LABEL_NOT_FOUND'],
  },
  activateLabels: {
    method: 'post',
    path: '/api/v1/label-activations',
    tag: 'labels',
    summary: 'Bind printed labels to a lot: a range, a serial range or a list; all of them or none',
    access: 'tenant',
    status: 201,
    idempotent: true,
    body: LabelActivationBody,
    response: LabelChangeResult,
    errors: [
      ...selectionErrors,
      'LABEL_ALREADY_ACTIVE',
      'LABEL_LOT_PRODUCT_DIFFERS',
      'LABEL_BATCH_LOT_DIFFERS',
      'LABEL_LOT_RECALLED',
    ],
  },
  voidLabels: {
    method: 'post',
    path: '/api/v1/label-voids',
    tag: 'labels',
    summary: 'Take printed labels out of use with a reason: a range, a serial range or a list; all or none',
    access: 'tenant',
    status: 201,
    idempotent: true,
    body: LabelVoidBody,
    response: LabelChangeResult,
    errors: selectionErrors,
  },
} as const satisfies Record<string, EndpointSpec<SharedErrorCode | LabelErrorCode | LabelLifeErrorCode>>;

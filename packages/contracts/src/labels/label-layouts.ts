import { labelLayoutLimits } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import type { SharedErrorCode } from '../errors/shared.errors';
import { IdParams, NoContent, Nullable, Timestamp } from '../http/common.schemas';
import type { EndpointSpec } from '../http/endpoint';
import type { LabelLayoutErrorCode } from './label-layout.errors';

const sizeMm = (description: string) =>
  Type.Number({ minimum: labelLayoutLimits.sizeMm.min, maximum: labelLayoutLimits.sizeMm.max, description });
const spacingMm = (description: string) =>
  Type.Number({
    minimum: labelLayoutLimits.spacingMm.min,
    maximum: labelLayoutLimits.spacingMm.max,
    description,
  });
const count = (description: string) =>
  Type.Integer({ minimum: labelLayoutLimits.grid.min, maximum: labelLayoutLimits.grid.max, description });

const layoutFields = {
  pageWidthMm: sizeMm('Page width in mm (a thermal roll: the label width)'),
  pageHeightMm: sizeMm('Page height in mm'),
  labelWidthMm: sizeMm('Label width in mm'),
  labelHeightMm: sizeMm('Label height in mm'),
  columns: count('Labels across the page'),
  rows: count('Labels down the page'),
  marginTopMm: spacingMm('From the top of the page to the first row, in mm'),
  marginLeftMm: spacingMm('From the left of the page to the first column, in mm'),
  gapXMm: spacingMm('Between columns, in mm'),
  gapYMm: spacingMm('Between rows, in mm'),
};

/** The numbers of a layout, as the domain's LabelLayout. */
export const LabelLayoutNumbers = Type.Object(layoutFields, { additionalProperties: false });
export type LabelLayoutNumbers = Static<typeof LabelLayoutNumbers>;

const LayoutName = Type.String({ minLength: 1, maxLength: 80, pattern: '\\S' });

export const CreateLabelLayoutBody = Type.Object(
  { name: LayoutName, ...layoutFields },
  { additionalProperties: false },
);
export type CreateLabelLayoutBody = Static<typeof CreateLabelLayoutBody>;

export const UpdateLabelLayoutBody = Type.Partial(CreateLabelLayoutBody, {
  additionalProperties: false,
  minProperties: 1,
});
export type UpdateLabelLayoutBody = Static<typeof UpdateLabelLayoutBody>;

export const LabelLayoutView = Type.Object(
  {
    id: Type.String({ description: "A built-in layout's key (e.g. a4-3x8-70x37) or a saved layout's UUID" }),
    builtIn: Type.Boolean(),
    name: Type.Object({ vi: Type.String(), en: Type.String() }, { additionalProperties: false }),
    layout: LabelLayoutNumbers,
    labelsPerPage: Type.Integer({ minimum: 1 }),
    /** Whether the longest URL this platform prints keeps QR modules >= 0.4 mm on it. */
    qrReadable: Type.Boolean(),
    createdAt: Nullable(Timestamp),
    updatedAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
export type LabelLayoutView = Static<typeof LabelLayoutView>;

export const LabelLayoutList = Type.Object(
  { items: Type.Array(LabelLayoutView) },
  { additionalProperties: false },
);
export type LabelLayoutList = Static<typeof LabelLayoutList>;

const layoutWriteErrors = [
  'LABEL_LAYOUT_BAD_NUMBER',
  'LABEL_LAYOUT_BAD_GRID',
  'LABEL_LAYOUT_DOES_NOT_FIT',
  'LABEL_QR_TOO_SMALL',
  'LABEL_LAYOUT_NAME_TAKEN',
] as const;

/** Label sheets and rolls: the built-in ones and those an owner saves for the account. */
export const labelLayoutEndpoints = {
  listLabelLayouts: {
    method: 'get',
    path: '/api/v1/label-layouts',
    tag: 'labels',
    summary: 'The built-in label layouts, then the layouts saved by the account',
    access: 'tenant',
    status: 200,
    response: LabelLayoutList,
  },
  createLabelLayout: {
    method: 'post',
    path: '/api/v1/label-layouts',
    tag: 'labels',
    summary: 'Save a label sheet or roll; labels must fit the page and the QR stay readable (owner)',
    access: 'tenant',
    status: 201,
    body: CreateLabelLayoutBody,
    response: LabelLayoutView,
    errors: layoutWriteErrors,
  },
  updateLabelLayout: {
    method: 'patch',
    path: '/api/v1/label-layouts/{id}',
    tag: 'labels',
    summary: 'Change a saved label layout (owner)',
    access: 'tenant',
    status: 200,
    params: IdParams,
    body: UpdateLabelLayoutBody,
    response: LabelLayoutView,
    errors: layoutWriteErrors,
  },
  archiveLabelLayout: {
    method: 'delete',
    path: '/api/v1/label-layouts/{id}',
    tag: 'labels',
    summary: 'Archive a saved label layout; it leaves the list, printed files stay (owner)',
    access: 'tenant',
    status: 204,
    params: IdParams,
    response: NoContent,
  },
} as const satisfies Record<string, EndpointSpec<LabelLayoutErrorCode | SharedErrorCode>>;

import type { Ajv2020 } from 'ajv/dist/2020';
import { unitCodes } from '../units/units';
import { createAjv } from '../validation/create-ajv';

export const mediaKinds = ['photo', 'signature', 'file', 'gps'] as const;
export type MediaKind = (typeof mediaKinds)[number];

/** Longest string a form schema may hold (labels, help, patterns...). */
export const maxSchemaStringLength = 5000;

/** Catalog ids as stored in `x-catalog`: uuids, slugs and the like. */
export const catalogIdPattern = '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$';

const localizedTextSchema = {
  type: 'object',
  properties: {
    vi: { type: 'string', maxLength: maxSchemaStringLength },
    en: { type: 'string', maxLength: maxSchemaStringLength },
  },
  required: ['vi', 'en'],
  additionalProperties: false,
};

/** Our annotation keywords and the meta-schema each value must satisfy. */
export const formKeywordMetaSchemas: Readonly<Record<string, Record<string, unknown>>> = {
  'x-label': localizedTextSchema,
  'x-help': localizedTextSchema,
  'x-unit': { type: 'string', enum: [...unitCodes] },
  // Blank while the owner has not chosen the catalog yet: the model check names it (missing_catalog).
  'x-catalog': { type: 'string', pattern: `^$|${catalogIdPattern}` },
  'x-public': { type: 'boolean' },
  'x-media': { type: 'string', enum: [...mediaKinds] },
  'x-heading': { const: true },
};

export const formKeywords: readonly string[] = Object.keys(formKeywordMetaSchemas);

/**
 * Registers the form annotation keywords: no validation effect, but strict mode checks their values.
 * Works on any ajv 8 instance (e.g. rjsf's `customizeValidator({ extenderFn })`).
 */
export function addFormKeywords<A extends Pick<Ajv2020, 'addKeyword' | 'getKeyword'>>(ajv: A): A {
  for (const keyword of formKeywords) {
    if (ajv.getKeyword(keyword)) continue;
    ajv.addKeyword({ keyword, metaSchema: formKeywordMetaSchemas[keyword] });
  }
  return ajv;
}

/** THE ajv set-up for stage and catalog forms (2020-12, strict, formats, our keywords), browser and server. */
export function createFormAjv(): Ajv2020 {
  return addFormKeywords(createAjv());
}

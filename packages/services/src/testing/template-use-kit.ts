import type { TemplateFile } from '@nguon/contracts';
import { findTemplateByKey, insertTemplate, insertTemplateVersion } from '@nguon/db';
import { sql } from 'kysely';
import type { ServiceContext } from '../context/service-context';
import { readTemplateFolder } from '../templates/template-folder';
import { templateCard, templateContentHash } from '../templates/template-views';
import { repoTemplatesDir } from './template-kit';

/** The tea template shipped with the code, checked as at start. */
export async function teaTemplate(): Promise<TemplateFile> {
  const { templates } = await readTemplateFolder(repoTemplatesDir);
  const tea = templates.find((template) => template.name === 'che-shan-tuyet');
  if (!tea) throw new Error('templates/che-shan-tuyet is missing');
  return tea.file;
}

/**
 * Stores a template file as the next version of the template with its key (made when missing), unchecked:
 * tests of a use that fails half-way store files the publishing checks would refuse.
 */
export async function storeRawTemplateVersion(
  ctx: ServiceContext,
  file: TemplateFile,
): Promise<{ templateId: string; number: number }> {
  await insertTemplate(ctx.db, {
    id: ctx.newId(),
    key: file.key,
    productType: file.productType,
    createdBy: null,
    now: ctx.now(),
  });
  const template = await findTemplateByKey(ctx.db, file.key);
  if (!template) throw new Error(`template ${file.key} was not stored`);
  const version = await insertTemplateVersion(ctx.db, {
    id: ctx.newId(),
    templateId: template.id,
    content: file,
    contentHash: templateContentHash(file),
    card: templateCard(file),
    nameVi: file.name.vi,
    nameEn: file.name.en,
    searchText: file.key,
    source: 'file',
    publishedBy: null,
    now: ctx.now(),
  });
  if (!version) throw new Error(`template ${file.key}: this content is stored already`);
  return { templateId: template.id, number: version.number };
}

const tenantTables = [
  'catalogs',
  'catalog_items',
  'processes',
  'products',
  'process_template_links',
] as const;

/** How many rows the tenant has in each table a template use writes: equal snapshots mean nothing was left. */
export async function tenantRowCounts(
  ctx: ServiceContext,
  tenantId: string,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tenantTables) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
      where tenant_id = ${tenantId}`.execute(ctx.db);
    counts[table] = Number(rows[0]?.n ?? -1);
  }
  return counts;
}

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value a form field accepts with the least in it: its first choice, its minimum, one item... */
function minimalValue(schema: Json, itemOf: (catalogId: string) => unknown): unknown {
  if (typeof schema['x-catalog'] === 'string') return itemOf(schema['x-catalog']);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const choices = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(choices) && isJson(choices[0])) return minimalValue(choices[0], itemOf);
  switch (schema.type) {
    case 'object':
      return minimalObject(schema, itemOf);
    case 'array': {
      const count = typeof schema.minItems === 'number' ? schema.minItems : 1;
      const items = isJson(schema.items) ? schema.items : {};
      return Array.from({ length: count }, () => minimalValue(items, itemOf));
    }
    case 'number':
    case 'integer': {
      const low = typeof schema.minimum === 'number' ? schema.minimum : undefined;
      const high = typeof schema.maximum === 'number' ? schema.maximum : undefined;
      return low ?? (high === undefined ? 1 : Math.min(1, high));
    }
    case 'boolean':
      return true;
    default:
      return minimalString(schema);
  }
}

function minimalString(schema: Json): string {
  if (schema.format === 'date') return '2026-03-01';
  if (schema.format === 'date-time') return '2026-03-01T08:00:00+07:00';
  if (schema.format === 'time') return '08:00';
  const length = typeof schema.minLength === 'number' ? schema.minLength : 1;
  return 'a'.repeat(Math.max(1, length));
}

/** An object with only the required properties of `schema`, each with its least value. */
export function minimalObject(schema: Json, itemOf: (catalogId: string) => unknown): Json {
  const properties = isJson(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  const data: Json = {};
  for (const key of required) {
    const property = properties[key];
    data[key] = minimalValue(isJson(property) ? property : {}, itemOf);
  }
  return data;
}

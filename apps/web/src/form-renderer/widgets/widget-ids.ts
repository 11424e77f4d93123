import type { RJSFSchema } from '@rjsf/utils';

/** Ids FieldTemplate gives the label, help and error blocks of a field, so inputs can point at them. */
export const labelId = (id: string) => `${id}__label`;
export const helpId = (id: string) => `${id}__help`;
export const errorsId = (id: string) => `${id}__errors`;

/** Where a field's help comes from: the uiSchema's text in the form's language, else the schema's. */
export interface HelpSource {
  schema: RJSFSchema;
  uiSchema?: { 'ui:description'?: unknown } | undefined;
}

export function hasHelp({ schema, uiSchema }: HelpSource): boolean {
  return Boolean(uiSchema?.['ui:description'] || schema.description);
}

/** `aria-describedby` of an input: its help text and its errors, when there are any. */
export function describedBy(
  id: string,
  source: HelpSource,
  rawErrors: string[] | undefined,
): string | undefined {
  const ids = [hasHelp(source) ? helpId(id) : null, rawErrors?.length ? errorsId(id) : null].filter(
    (entry): entry is string => entry !== null,
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}

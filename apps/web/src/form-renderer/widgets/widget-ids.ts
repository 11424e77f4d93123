import type { RJSFSchema } from '@rjsf/utils';

/** Ids FieldTemplate gives the label, help and error blocks of a field, so inputs can point at them. */
export const labelId = (id: string) => `${id}__label`;
export const helpId = (id: string) => `${id}__help`;
export const errorsId = (id: string) => `${id}__errors`;

/** `aria-describedby` of an input: its help text and its errors, when there are any. */
export function describedBy(
  id: string,
  schema: RJSFSchema,
  rawErrors: string[] | undefined,
): string | undefined {
  const ids = [schema.description ? helpId(id) : null, rawErrors?.length ? errorsId(id) : null].filter(
    (entry): entry is string => entry !== null,
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}

import type { TemplateDraftPartProps } from './editor-parts';

/** SEAM PLACEHOLDER — replaced by the catalogs tab (catalogs with their forms, label fields and sample items). */
export function TemplateCatalogsTab(_props: TemplateDraftPartProps) {
  return null;
}

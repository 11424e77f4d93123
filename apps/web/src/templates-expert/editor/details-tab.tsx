import type { TemplateDraftPartProps } from './editor-parts';

/** SEAM PLACEHOLDER — replaced by the details tab (names, summary, keywords, guide, process name, stage notes, sample product). */
export function TemplateDetailsTab(_props: TemplateDraftPartProps) {
  return null;
}

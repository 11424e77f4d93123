import type { ProcessDraftView, TemplateDraftView } from '@nguon/contracts/client';
import type { ProcessDefinition } from '@nguon/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client';
import type { DesignerSource } from '../../processes/designer/designer-source';
import { templateFormContext } from '../../templates/template-form-context';

interface TemplateSourceOptions {
  /** The draft the designer opened with (its process part is the designer's from then on). */
  opened: TemplateDraftView;
  /** The draft's catalogs as they are now (the catalogs tab may change them). */
  catalogs: TemplateDraftView['details']['catalogs'];
  /** The process part as the page holds it: its problems reach the designer when it holds the same revision. */
  processProblems: DesignerSource['serverProblems'];
  onSaved: (draft: ProcessDraftView) => void;
  /** "New catalog" in a lookup field: the catalogs tab, where a template's catalogs are written. */
  onCreateCatalog: () => void;
}

/**
 * A template draft's process as the designer's source: saved to the draft, no versions or publishing of its
 * own (the page publishes the whole template), lookups offering the draft's catalogs by key and searching
 * their sample items.
 */
export function useTemplateSource({
  opened,
  catalogs,
  processProblems,
  onSaved,
  onCreateCatalog,
}: TemplateSourceOptions) {
  const published = useBaseDefinition(opened);
  const formCatalogs = useMemo(() => {
    const context = templateFormContext(catalogs);
    return {
      catalogs: catalogs.map((catalog) => ({ id: catalog.key, name: catalog.name })),
      searchCatalog: context.searchCatalog,
      onCreateCatalog,
    };
  }, [catalogs, onCreateCatalog]);
  return useMemo<DesignerSource>(
    () => ({
      id: opened.id,
      draft: opened.process,
      archived: false,
      process: null,
      published,
      saveDraft: (body) => api.call('saveTemplateDraftProcess', { params: { id: opened.id }, body }),
      conflictCode: 'TEMPLATE_DRAFT_CONFLICT',
      onSaved,
      serverProblems: processProblems,
      formCatalogs,
      title: null,
    }),
    [opened, onSaved, formCatalogs, published, processProblems],
  );
}

/**
 * The process of the version the draft was opened from (null for a new template; undefined while it loads):
 * its stage and job keys stay as they are, since co-ops' processes and records carry them. Shares the
 * library's cache of a template version (versions never change).
 */
function useBaseDefinition(opened: TemplateDraftView): ProcessDefinition | null | undefined {
  const { templateId, baseVersion } = opened;
  const base = useQuery({
    queryKey: ['templates', 'one', templateId ?? '', String(baseVersion ?? 'latest')],
    queryFn: () =>
      api.call('getTemplate', { params: { id: templateId ?? '' }, query: { version: String(baseVersion) } }),
    enabled: templateId !== null && baseVersion !== null,
    staleTime: Infinity,
  });
  if (templateId === null || baseVersion === null) return null;
  return base.data?.file.process.definition;
}

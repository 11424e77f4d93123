import type { TemplateDraftView } from '@nguon/contracts/client';
import { type ReactNode, useState } from 'react';
import { teaFile } from '../../templates/testing/template-fixtures';
import type { TemplateDraftPartProps } from './editor-parts';

/** Test support: the tea template as a draft being written, valid against the contract, and a stand-in page. */
export const draftId = '00000000-0000-4000-8000-00000000d001';

export function fakeDraft(revision = 5): TemplateDraftView {
  const { format: _format, schemaVersion: _version, changeNote: _note, process, key, ...details } = teaFile;
  return {
    id: draftId,
    templateId: draftId,
    key,
    baseVersion: 2,
    latestVersion: 2,
    process: {
      revision: 3,
      definition: structuredClone(process.definition),
      problems: [],
      updatedAt: '2026-12-06T08:00:00.000Z',
      updatedBy: null,
    },
    details: {
      ...structuredClone(details),
      processName: process.name,
      revision,
      updatedAt: '2026-12-06T08:00:00.000Z',
      updatedBy: { id: '00000000-0000-4000-8000-0000000000e0', name: 'Hà' },
    },
    check: null,
    createdAt: '2026-12-01T08:00:00.000Z',
    createdBy: null,
  };
}

/** The designer's stages, in the order the page hands them (the graph's). */
export function stagesOf(draft: TemplateDraftView): TemplateDraftPartProps['stages'] {
  const order = ['chon_doi', 'cham_soc', 'dong_goi'];
  return [...draft.process.definition.stages]
    .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
    .map((stage) => ({ id: stage.id, key: stage.key, name: stage.name }));
}

/** What the editor page does for a tab: keeps the latest draft and hands every answer back in. */
export function FakeEditorPage({
  initial,
  render,
}: {
  initial: TemplateDraftView;
  render: (props: TemplateDraftPartProps) => ReactNode;
}) {
  const [draft, setDraft] = useState(initial);
  return (
    <>
      <output data-testid="page-revision">{draft.details.revision}</output>
      {render({ draft, stages: stagesOf(draft), readOnly: false, onSaved: setDraft })}
    </>
  );
}

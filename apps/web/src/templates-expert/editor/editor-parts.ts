import type { TemplateDraftView } from '@nguon/contracts/client';
import type { LocalizedText } from '@nguon/domain';

/**
 * What the template editor page hands each of its non-designer tabs (details, catalogs). A tab edits its own
 * fields of `draft.details` and saves the whole details part at `draft.details.revision`, merging its fields
 * onto the latest draft it was given; the page passes the answer to every tab and the designer.
 */
export interface TemplateDraftPartProps {
  draft: TemplateDraftView;
  /** The designer's stages as they are now (ids and names), for the stage notes. */
  stages: ReadonlyArray<{ id: string; key: string; name: LocalizedText }>;
  readOnly: boolean;
  onSaved: (draft: TemplateDraftView) => void;
  /** Told whether the tab holds edits not saved yet (the page blocks publishing while it does). */
  onDirty?: (dirty: boolean) => void;
}

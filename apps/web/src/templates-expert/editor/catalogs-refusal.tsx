import { notifySuccess } from '../../ui/notify';
import type { CatalogsSaver } from './catalogs-save';
import { DetailsRefusalAlert } from './details-refusal';
import { useDraftTabsT } from './editor-messages';

/** The last refusal of a catalogs action, where the person is (a dialog hides the tab's top). */
export function CatalogsRefusal({ saver, shown }: { saver: CatalogsSaver; shown?: ReadonlySet<string> }) {
  const t = useDraftTabsT();
  const refusal = saver.refusal;
  const unplaced =
    refusal?.kind === 'fields' ? refusal.errors.filter((error) => !shown?.has(error.path)) : [];
  const reload = async () => {
    if (await saver.reload()) notifySuccess(t('templateDraftDetails.reloaded'));
  };
  return (
    <DetailsRefusalAlert
      refusal={refusal}
      unplaced={unplaced}
      draft={saver.draft}
      onReload={reload}
      reloading={saver.reloading}
    />
  );
}

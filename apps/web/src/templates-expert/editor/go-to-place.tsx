import { Button } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useLang } from '../../i18n/lang-store';
import { useEditorT } from './editor-messages';
import type { ProblemPlace } from './problem-place';

/** "Go to the Process tab, stage Harvest" / "Go to the Details tab": where a problem of the file is fixed. */
export function GoToPlace({ place, onGo }: { place: ProblemPlace; onGo: (place: ProblemPlace) => void }) {
  const t = useEditorT();
  const lang = useLang();
  const label = (() => {
    switch (place.tab) {
      case 'process':
        return place.stage
          ? t('templateEditor.goProcessStage', { stage: place.stage.name[lang] || place.stage.name.vi })
          : t('templateEditor.goProcess');
      case 'details':
        return t('templateEditor.goDetails');
      case 'catalogs':
        return t('templateEditor.goCatalogs');
    }
  })();
  return (
    <Button
      variant="light"
      size="sm"
      mih={44}
      rightSection={<IconArrowRight size={18} />}
      onClick={() => onGo(place)}
      data-testid="editor-go-to"
      data-tab={place.tab}
      style={{ whiteSpace: 'normal', height: 'auto' }}
    >
      {label}
    </Button>
  );
}

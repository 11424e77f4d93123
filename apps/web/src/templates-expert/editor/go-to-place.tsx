import { Button, Text } from '@mantine/core';
import type { TemplateDraftView } from '@nguon/contracts/client';
import { IconArrowRight } from '@tabler/icons-react';
import { useLang } from '../../i18n/lang-store';
import { useEditorT } from './editor-messages';
import type { ProblemPlace } from './problem-place';
import { wordedProblem } from './problem-place-words';

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

/**
 * A check's or refusal's message with its pointer named in words, and where to fix it when the message did not
 * say and there is a place to name.
 */
export function WordedProblem({
  problem,
  draft,
}: {
  problem: { message: string; path: string };
  draft: TemplateDraftView;
}) {
  const t = useEditorT();
  const lang = useLang();
  const worded = wordedProblem(problem, draft, lang);
  return (
    <>
      <Text size="sm" data-testid="problem-message">
        {worded.parts.map((part, index) =>
          part.place ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message, in order, never reordered
            <Text key={index} span fw={600} inherit>
              {part.text}
            </Text>
          ) : (
            part.text
          ),
        )}
      </Text>
      {!worded.placed && worded.place !== null && (
        <Text size="sm" fw={500} data-testid="problem-place">
          {t('templateEditor.placeWhere', { place: worded.place })}
        </Text>
      )}
    </>
  );
}

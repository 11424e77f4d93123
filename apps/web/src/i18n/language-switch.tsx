import { SegmentedControl } from '@mantine/core';
import type { Lang } from '@nguon/contracts/client';
import { languages } from '@nguon/contracts/client';
import { setLang, useLang } from './lang-store';
import { useT } from './use-t';

/** VI / EN; the choice is kept on this device and sent to the API so its messages follow. */
export function LanguageSwitch() {
  const t = useT();
  const lang = useLang();
  const labels: Record<Lang, string> = { vi: t('lang.vi'), en: t('lang.en') };
  return (
    <SegmentedControl
      aria-label={t('lang.label')}
      data-testid="language-switch"
      value={lang}
      onChange={(value) => {
        const chosen = languages.find((candidate) => candidate === value);
        if (chosen) setLang(chosen);
      }}
      data={languages.map((value) => ({
        value,
        label: <span data-testid={`language-switch-${value}`}>{labels[value]}</span>,
      }))}
    />
  );
}

import { Button, Group, Paper, TextInput } from '@mantine/core';
import { parseLabelSerial } from '@nguon/domain';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/use-t';
import { labelPath } from './label-paths';

const faultMessages = {
  length: 'labels.lookup.fault.length',
  character: 'labels.lookup.fault.character',
  check: 'labels.lookup.fault.check',
} as const;

/** Finds one label by its serial or printed code ("7KQM 3XWP 9D2FH"); a mistyped code is caught here, offline. */
export function LabelLookupBox() {
  const t = useT();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const find = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const parsed = parseLabelSerial(text);
    if (!parsed.ok) {
      setError(t(faultMessages[parsed.fault]));
      return;
    }
    navigate(labelPath(parsed.serial));
  };
  return (
    <Paper withBorder radius="lg" p="sm" mb="md" component="form" onSubmit={find} role="search">
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          flex={1}
          leftSection={<IconSearch size={18} />}
          aria-label={t('labels.lookup.label')}
          placeholder={t('labels.lookup.placeholder')}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          value={text}
          error={error}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setError(null);
          }}
          data-testid="label-lookup-input"
        />
        <Button type="submit" variant="default" data-testid="label-lookup-submit">
          {t('labels.lookup.submit')}
        </Button>
      </Group>
    </Paper>
  );
}

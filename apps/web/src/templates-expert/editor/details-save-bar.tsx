import { Button, Group, Paper, Text } from '@mantine/core';

interface SaveBarProps {
  dirty: boolean;
  /** What the bar says while there is something to save, and when all is saved. */
  state: { dirty: string; clean: string };
  saveLabel: string;
  onSave: () => void;
  pending: boolean;
  disabled?: boolean;
  testId: string;
}

/** The tab's save button, stuck to the bottom of the screen while scrolling, saying whether anything is unsaved. */
export function SaveBar({ dirty, state, saveLabel, onSave, pending, disabled, testId }: SaveBarProps) {
  return (
    <Paper withBorder radius="lg" p="sm" pos="sticky" bottom={8} style={{ zIndex: 5 }}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} data-testid={`${testId}-state`}>
          {dirty ? state.dirty : state.clean}
        </Text>
        <Button
          size="md"
          onClick={onSave}
          loading={pending}
          disabled={!dirty || disabled}
          data-testid={`${testId}-save`}
        >
          {saveLabel}
        </Button>
      </Group>
    </Paper>
  );
}

/** Brings the first field marked invalid into view: on a phone the save button is far from it. */
export function scrollToFirstError(root: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const field = root?.querySelector('[aria-invalid="true"]');
    if (field instanceof HTMLElement) field.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  });
}

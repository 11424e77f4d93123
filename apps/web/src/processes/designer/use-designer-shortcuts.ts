import { useEffect, useRef } from 'react';

/** Each handler says whether it did something; if not, the browser keeps the key (copying text, say). */
export interface ShortcutHandlers {
  undo: () => boolean;
  redo: () => boolean;
  copy: () => boolean;
  paste: () => boolean;
  remove: () => boolean;
}

/** Where typing happens: there Delete, Ctrl+C and Ctrl+V belong to the text, not to the canvas. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Inside a dialog (publish note, confirm) shortcuts do nothing to the designer. */
function inDialog(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('[role="dialog"]') !== null;
}

/** The shortcut a key press means, or null; pure, so it can be tested without a DOM. */
export function shortcutOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  typing: boolean,
) {
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  // undo and redo also work while typing in the side panel: its edits are in the same history
  if (command && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (command && key === 'y') return 'redo';
  if (typing) return null;
  if (command && key === 'c') return 'copy';
  if (command && key === 'v') return 'paste';
  if (!command && (event.key === 'Delete' || event.key === 'Backspace')) return 'remove';
  return null;
}

/** Ctrl/⌘+Z, Ctrl/⌘+Shift+Z or Ctrl+Y, Ctrl+C, Ctrl+V and Delete on the designer page. */
export function useDesignerShortcuts(handlers: ShortcutHandlers, enabled: boolean): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || inDialog(event.target)) return;
      const shortcut = shortcutOf(event, isTyping(event.target));
      if (shortcut && latest.current[shortcut]()) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

import type { TargetedKeyboardEvent } from 'preact';

/** Escape closes a menu made of `<details>` and gives the focus back to its summary. */
export function closeOnEscape(event: TargetedKeyboardEvent<HTMLDetailsElement>) {
  const menu = event.currentTarget;
  if (event.key !== 'Escape' || !menu.open) return;
  menu.open = false;
  menu.querySelector('summary')?.focus();
  event.stopPropagation();
}

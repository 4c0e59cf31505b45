import { useId } from 'react';
import { uiStore, useUi } from '../../app/services.ts';
import type { AudienceTheme } from '../../routing/routes.ts';

const THEME_CHOICES: readonly { value: AudienceTheme | null; label: string }[] = [
  { value: null, label: 'Auto' },
  { value: 'dark', label: 'Dark' },
  { value: 'light', label: 'Light' },
];

/** The theme the audience screen opens with (kept in its URL); Auto follows the projecting computer. */
export function ScreenThemeChoice() {
  const theme = useUi((state) => state.audienceTheme);
  const id = useId();
  return (
    <div className="segmented" role="radiogroup" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="segmented__label">
        Screen theme
      </span>
      {THEME_CHOICES.map((choice) => (
        <button
          key={choice.label}
          type="button"
          role="radio"
          aria-checked={theme === choice.value}
          className="segmented__option"
          onClick={() => uiStore.getState().setAudienceTheme(choice.value)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}

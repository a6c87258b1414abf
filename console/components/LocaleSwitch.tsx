import { toLocale } from '../i18n/index.js';
import { useConsole } from './console-context.js';

const NAMES = { en: 'English', es: 'Español' } as const;

export function LocaleSwitch() {
  const { session } = useConsole();
  const t = session.strings.value;
  return (
    <label class="locale-switch">
      <span>{t.language}</span>
      <select
        value={session.locale.value}
        onChange={(event) => {
          const next = toLocale(event.currentTarget.value);
          if (next) session.chooseLocale(next);
        }}
      >
        {Object.entries(NAMES).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

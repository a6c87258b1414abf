import { useConsole } from './console-context.js';

/** The alert sound on or off (remembered on this device), and desktop alerts asked for from a click. */
export function AlertSettings() {
  const { session, alerts } = useConsole();
  const t = session.strings.value;
  const permission = alerts.permission.value;
  return (
    <>
      <label class="check">
        <input type="checkbox" checked={alerts.muted.value} onChange={(e) => alerts.setMuted(e.currentTarget.checked)} />
        {t.alerts.mute}
      </label>
      {permission === 'default' && (
        <button type="button" onClick={() => void alerts.askPermission()}>
          {t.alerts.desktop}
        </button>
      )}
      {permission === 'denied' && <p class="muted">{t.alerts.desktopBlocked}</p>}
    </>
  );
}

import { useState } from 'preact/hooks';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { useAction } from './use-action.js';

const HTTPS = /^https:\/\/\S+$/;

/** `/console/profile`: the name and picture shoppers see beside my messages when I take a chat over. */
export function Profile() {
  const { session } = useConsole();
  const t = session.strings.value;
  const me = session.me.value;
  const [name, setName] = useState(me?.name ?? '');
  const [avatar, setAvatar] = useState(me?.avatarUrl ?? '');
  const [invalid, setInvalid] = useState(false);
  const save = useAction(() => session.updateProfile({ name: name.trim(), avatarUrl: avatar.trim() || null }));
  return (
    <section class="profile card" aria-labelledby="profile-title">
      <h1 id="profile-title">{t.profile.title}</h1>
      <p>{t.profile.intro}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const bad = !!avatar.trim() && !HTTPS.test(avatar.trim());
          setInvalid(bad);
          if (!bad) void save.run();
        }}
      >
        <label>
          {t.profile.name}
          <input value={name} required maxLength={80} autoComplete="name" onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          {t.profile.avatar}
          <input
            type="url"
            value={avatar}
            maxLength={500}
            placeholder="https://"
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'avatar-error' : undefined}
            onInput={(e) => setAvatar(e.currentTarget.value)}
          />
        </label>
        {invalid && (
          <p id="avatar-error" class="error" role="alert">
            {t.profile.httpsOnly}
          </p>
        )}
        <ErrorNotice error={save.error} />
        <button type="submit" class="primary" disabled={save.pending}>
          {t.profile.save}
        </button>
        {save.done && (
          <p role="status" class="notice">
            {t.profile.saved}
          </p>
        )}
      </form>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { AuthLayout } from './AuthLayout.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { NewPasswordField } from './NewPasswordField.js';
import { useAction } from './use-action.js';
import { useFragmentToken } from './use-fragment-token.js';

/** `/console/invitation#token=…`: the invited person sets a password and is signed in. */
export function Invitation() {
  const { api, session, router } = useConsole();
  const t = session.strings.value;
  const token = useFragmentToken();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const accept = useAction(async () => {
    session.signedIn(await api.acceptInvitation({ token: token ?? '', password, name: name.trim() || undefined }));
    router.navigate('/console/', { replace: true });
  });

  return (
    <AuthLayout title={t.invitation.title}>
      {!token ? (
        <p class="error" role="alert">
          {t.invitation.missing}
        </p>
      ) : (
        <form
          onSubmit={accept.submit}
        >
          <p>{t.invitation.intro}</p>
          <label>
            {t.invitation.name}
            <input name="name" autocomplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <NewPasswordField label={t.invitation.password} value={password} onInput={setPassword} />
          <ErrorNotice error={accept.error} />
          <button type="submit" class="primary" disabled={accept.pending}>
            {t.invitation.submit}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}

import { useState } from 'preact/hooks';
import { AuthLayout } from './AuthLayout.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { NewPasswordField } from './NewPasswordField.js';
import { useAction } from './use-action.js';
import { useFragmentToken } from './use-fragment-token.js';

/** `/console/reset`: asks for a link; `/console/reset#token=…`: sets the new password from that link. */
export function ResetPassword() {
  const { api, session, router } = useConsole();
  const t = session.strings.value;
  const token = useFragmentToken();
  const [value, setValue] = useState('');
  const request = useAction(() => api.requestReset(value.trim()));
  const reset = useAction(async () => {
    session.signedIn(await api.resetPassword({ token: token ?? '', password: value }));
    router.navigate('/console/', { replace: true });
  });
  const action = token ? reset : request;

  return (
    <AuthLayout title={token ? t.reset.setTitle : t.reset.requestTitle}>
      {request.done ? (
        <p class="notice" role="status">
          {t.reset.requestSent}
        </p>
      ) : (
        <form
          onSubmit={action.submit}
        >
          {!token && <p>{t.reset.requestIntro}</p>}
          {token ? (
            <NewPasswordField label={t.reset.newPassword} value={value} onInput={setValue} />
          ) : (
            <label>
              {t.signIn.email}
              <input type="email" name="email" autocomplete="username" required value={value} onInput={(e) => setValue(e.currentTarget.value)} />
            </label>
          )}
          <ErrorNotice error={action.error} />
          <button type="submit" class="primary" disabled={action.pending}>
            {token ? t.reset.setSubmit : t.reset.requestSubmit}
          </button>
        </form>
      )}
      <p>
        <a href="/console/sign-in">{t.reset.backToSignIn}</a>
      </p>
    </AuthLayout>
  );
}

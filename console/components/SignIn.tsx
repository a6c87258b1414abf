import { useEffect, useState } from 'preact/hooks';
import { AuthLayout } from './AuthLayout.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { useAction } from './use-action.js';

export function SignIn({ next }: { next: string }) {
  const { api, session, router } = useConsole();
  const t = session.strings.value;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useAction(async () => session.signedIn(await api.signIn({ email: email.trim(), password })));
  const signedIn = session.status.value === 'signed-in';
  useEffect(() => {
    if (signedIn) router.navigate(next, { replace: true });
  }, [signedIn, next]);

  return (
    <AuthLayout title={t.signIn.title}>
      {session.notice.value && (
        <p class="notice" role="status">
          {session.notice.value}
        </p>
      )}
      <form
        onSubmit={signIn.submit}
      >
        <label>
          {t.signIn.email}
          <input type="email" name="email" autocomplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label>
          {t.signIn.password}
          <input
            type="password"
            name="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <ErrorNotice error={signIn.error} context="signIn" />
        <button type="submit" class="primary" disabled={signIn.pending}>
          {t.signIn.submit}
        </button>
      </form>
      <p>
        <a href="/console/reset">{t.signIn.forgot}</a>
      </p>
    </AuthLayout>
  );
}

import { useEffect } from 'preact/hooks';
import type { ConsoleState } from '../state/console-state.js';
import { ConsoleContext, useConsole } from './console-context.js';
import { Invitation } from './Invitation.js';
import { Pipeline } from './Pipeline.js';
import { Profile } from './Profile.js';
import { ResetPassword } from './ResetPassword.js';
import { Shell } from './Shell.js';
import { SignIn } from './SignIn.js';
import { Team } from './Team.js';
import { Workspace } from './Workspace.js';

export function App({ state }: { state: ConsoleState }) {
  return (
    <ConsoleContext.Provider value={state}>
      <Screens />
    </ConsoleContext.Provider>
  );
}

function Screens() {
  const { router, session } = useConsole();
  const route = router.route.value;
  const t = session.strings.value;
  const locale = session.locale.value;
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.appName;
  }, [locale]);

  if (route.name === 'sign-in') return <SignIn next={route.next} />;
  if (route.name === 'invitation') return <Invitation />;
  if (route.name === 'reset') return <ResetPassword />;
  if (session.status.value !== 'signed-in') {
    return (
      <main class="auth" id="main">
        <p role="status">{t.loading}</p>
      </main>
    );
  }
  return (
    <Shell>
      {route.name === 'leads' ? (
        <Pipeline />
      ) : route.name === 'team' ? (
        <Team />
      ) : route.name === 'profile' ? (
        <Profile />
      ) : (
        <Workspace conversationId={route.name === 'conversation' ? route.id : undefined} />
      )}
    </Shell>
  );
}

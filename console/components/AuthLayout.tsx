import type { ComponentChildren } from 'preact';
import { useConsole } from './console-context.js';
import { LocaleSwitch } from './LocaleSwitch.js';

/** The frame of the screens a person sees before signing in. */
export function AuthLayout({ title, children }: { title: string; children: ComponentChildren }) {
  const { session } = useConsole();
  return (
    <main class="auth" id="main">
      <div class="auth-card">
        <p class="brand">{session.strings.value.appName}</p>
        <h1>{title}</h1>
        {children}
        <LocaleSwitch />
      </div>
    </main>
  );
}

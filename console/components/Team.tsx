import { useEffect, useState } from 'preact/hooks';
import { STAFF_ROLES, type StaffRole, type TeamMember } from '../../sdk/protocol/index.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { EscalationSummaryCard } from './EscalationSummaryCard.js';
import { useAction } from './use-action.js';

function MemberRow({ member }: { member: TeamMember }) {
  const { session, team } = useConsole();
  const t = session.strings.value;
  const [confirming, setConfirming] = useState(false);
  const remove = useAction(() => team.remove(member.id));
  const changeRole = useAction((role: StaffRole) => team.changeRole(member.id, role));
  const self = member.id === session.me.value?.id;
  const owner = session.role.value === 'owner';
  // Only an owner removes, makes or changes an owner (the server refuses anyone else); nobody changes themselves here.
  const removable = !self && (owner || member.role !== 'owner');
  const roles = STAFF_ROLES.filter((r) => owner || r !== 'owner');
  const name = member.name || member.email;
  return (
    <li class="member">
      <span>
        <strong>{name}</strong> {self && <span class="muted">({t.team.you})</span>}
        <br />
        <span class="muted">{member.email}</span>
      </span>
      {removable ? (
        <select
          aria-label={t.team.roleOf(name)}
          value={member.role}
          disabled={changeRole.pending}
          onChange={(e) => void changeRole.run(e.currentTarget.value as StaffRole)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
        </select>
      ) : (
        <span>{t.roles[member.role]}</span>
      )}
      <span class="muted">{member.status === 'invited' ? t.team.pending : t.team.active}</span>
      {removable && (
        <button
          type="button"
          class={confirming ? 'danger' : undefined}
          aria-label={confirming ? t.team.confirmRemove(name) : `${t.team.remove} ${name}`}
          onClick={() => (confirming ? void remove.run() : setConfirming(true))}
          onBlur={() => setConfirming(false)}
          disabled={remove.pending}
        >
          {confirming ? t.team.confirmRemove(name) : t.team.remove}
        </button>
      )}
      <ErrorNotice error={remove.error ?? changeRole.error} />
    </li>
  );
}

function InviteForm() {
  const { session, team } = useConsole();
  const t = session.strings.value;
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('salesperson');
  const [sent, setSent] = useState<string | undefined>(undefined);
  // A manager cannot make an owner (the server refuses it too).
  const roles = STAFF_ROLES.filter((r) => session.role.value === 'owner' || r !== 'owner');
  const invite = useAction(async () => {
    await team.invite({ email: email.trim(), role, name: name.trim() || undefined });
    setSent(email.trim());
    setEmail('');
    setName('');
  });
  return (
    <form
      class="invite"
      onSubmit={invite.submit}
    >
      <h2>{t.team.invite}</h2>
      <label>
        {t.team.email}
        <input type="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </label>
      <label>
        {t.team.name}
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        {t.team.role}
        <select value={role} onChange={(e) => setRole(e.currentTarget.value as StaffRole)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
        </select>
      </label>
      <ErrorNotice error={invite.error} />
      <button type="submit" class="primary" disabled={invite.pending}>
        {t.team.send}
      </button>
      {sent && (
        <p role="status" class="notice">
          {t.team.invited(sent)}
        </p>
      )}
    </form>
  );
}

/** `/console/team`: owners and managers see the team, invite and remove; everyone else is told why not. */
export function Team() {
  const { session, team } = useConsole();
  const t = session.strings.value;
  const siteId = session.siteId.value;
  const canManage = session.canManage.value;
  useEffect(() => {
    if (canManage) void team.load();
  }, [siteId, canManage]);
  return (
    <section class="team" aria-labelledby="team-title">
      <h1 id="team-title">{t.team.title}</h1>
      {!canManage ? (
        <p>{t.team.onlyManagers}</p>
      ) : (
        <>
          <EscalationSummaryCard />
          <ErrorNotice error={team.error.value} />
          <ul class="members">
            {team.members.value.map((m) => (
              <MemberRow key={m.id} member={m} />
            ))}
          </ul>
          <InviteForm />
        </>
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { LEAD_STAGES, type Lead, type LeadStage, type StaffLeadPatch } from '../../sdk/protocol/index.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { useAction } from './use-action.js';

/**
 * Stage (with a reason when lost), assignee and notes of one lead; sends only what changed. A colleague's change
 * arriving live shows at once unless this person has started editing, whose words are never overwritten.
 */
export function PipelineForm({ lead, onSave }: { lead: Lead; onSave: (patch: StaffLeadPatch) => Promise<unknown> }) {
  const strings = useConsole().session.strings.value;
  const t = strings.pipeline;
  const { pipeline } = lead;
  const [stage, setStage] = useState<LeadStage>(pipeline.stage);
  const [reason, setReason] = useState(pipeline.reason ?? '');
  const [assignee, setAssignee] = useState(pipeline.assignee ?? '');
  const [notes, setNotes] = useState(pipeline.notes ?? '');
  const edited = useRef(false);
  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    edited.current = true;
    set(value);
  };
  useEffect(() => {
    if (edited.current) return;
    setStage(pipeline.stage);
    setReason(pipeline.reason ?? '');
    setAssignee(pipeline.assignee ?? '');
    setNotes(pipeline.notes ?? '');
  }, [pipeline.stage, pipeline.reason, pipeline.assignee, pipeline.notes]);
  const [missingReason, setMissingReason] = useState(false);
  const save = useAction(onSave);
  const uid = `pl-${lead.id}`;

  function submit(event: Event) {
    event.preventDefault();
    if (stage === 'lost' && !reason.trim()) {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    const patch: StaffLeadPatch = {};
    if (stage !== pipeline.stage || (stage === 'lost' && reason.trim() !== (pipeline.reason ?? ''))) {
      patch.stage = stage;
      if (stage === 'lost') patch.reason = reason.trim();
    }
    if (assignee.trim() !== (pipeline.assignee ?? '')) patch.assignee = assignee.trim() || null;
    if (notes.trim() !== (pipeline.notes ?? '')) patch.notes = notes.trim() || null;
    edited.current = false;
    if (Object.keys(patch).length) void save.run(patch);
  }

  return (
    <form class="pipeline-form" onSubmit={submit}>
      <label>
        {t.stage}
        <select value={stage} onChange={(e) => edit(setStage)(e.currentTarget.value as LeadStage)}>
          {LEAD_STAGES.map((s) => (
            <option key={s} value={s}>
              {strings.stages[s]}
            </option>
          ))}
        </select>
      </label>
      {stage === 'lost' && (
        <label>
          {t.reason}
          <input
            value={reason}
            aria-required="true"
            maxLength={500}
            aria-invalid={missingReason}
            aria-describedby={missingReason ? `${uid}-reason` : undefined}
            onInput={(e) => edit(setReason)(e.currentTarget.value)}
          />
        </label>
      )}
      {missingReason && (
        <p class="error" role="alert" id={`${uid}-reason`}>
          {t.reasonNeeded}
        </p>
      )}
      <label>
        {t.assignee}
        <input value={assignee} maxLength={200} onInput={(e) => edit(setAssignee)(e.currentTarget.value)} />
      </label>
      <label>
        {t.notes}
        <textarea value={notes} rows={2} maxLength={2000} onInput={(e) => edit(setNotes)(e.currentTarget.value)} />
      </label>
      <ErrorNotice error={save.error} />
      <button type="submit" class="primary" disabled={save.pending}>
        {t.save}
      </button>
      {save.done && !save.pending && (
        <span role="status" class="muted">
          {t.saved}
        </span>
      )}
    </form>
  );
}

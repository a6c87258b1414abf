export function TypingIndicator({ label }: { label: string }) {
  return (
    <div class="cathy-typing" role="img" aria-label={label}>
      <span />
      <span />
      <span />
    </div>
  );
}

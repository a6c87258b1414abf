/** Announces each finished reply once; the message log itself stays quiet so deltas are not read out. */
export function LiveRegion({ text }: { text: string }) {
  return (
    <div class="cathy-sr-only" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}

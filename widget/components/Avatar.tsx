import { useState } from 'preact/hooks';

/** Only web images: an avatar URL comes from page config, so anything odder falls back to the initial. */
function imageUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Decorative: the persona's name is always shown beside it. */
export function Avatar({ name, url }: { name: string; url: string | undefined }) {
  const [broken, setBroken] = useState<string | null>(null);
  const src = imageUrl(url);
  if (src && broken !== src) {
    return <img class="cathy-avatar" src={src} alt="" onError={() => setBroken(src)} />;
  }
  // Array.from keeps an emoji or accented initial in one piece.
  const initial = Array.from(name.trim())[0]?.toUpperCase() ?? '';
  return (
    <span class="cathy-avatar" aria-hidden="true">
      {initial}
    </span>
  );
}

/** What the last write did, shown once at the top of the page it led to (every console page uses this one). */

/** A write's outcome: done, or nothing changed because someone or something acted first. */
export type Flash = { kind: "ok" | "stale"; text: string } | null;

/** The outcome line, announced to screen readers; nothing when there is none. */
export function StatusNote({ flash }: { flash: Flash | undefined }) {
  if (!flash) return null;
  return (
    <p class={`flash flash-${flash.kind}`} role="status">
      {flash.text}
    </p>
  );
}

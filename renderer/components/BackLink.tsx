/** Above a screen's heading: the way back to the screen it was opened from. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="document-editor__back">
      <a href={href}>
        <span aria-hidden="true">← </span>
        {children}
      </a>
    </p>
  );
}

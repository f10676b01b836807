/** A round red-and-gold star mark: the feel of a state seal without reproducing any official emblem. */
export function EmblemMark({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="30" fill="#b3261e" stroke="#e0b44a" strokeWidth="3" />
      <circle cx="32" cy="32" r="24.5" fill="none" stroke="#e0b44a" strokeWidth="1" strokeDasharray="2 2.2" />
      <path fill="#f5d067" d="M32 14.5l4.6 14.1h14.8l-12 8.7 4.6 14.1L32 42.7l-12 8.7 4.6-14.1-12-8.7h14.8z" />
    </svg>
  );
}

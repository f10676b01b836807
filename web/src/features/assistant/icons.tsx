/** Small inline icons for the device pages (no icon font, no emoji font needed). */
const base = { width: '1.1em', height: '1.1em', viewBox: '0 0 24 24', focusable: false } as const;

export const MicIcon = () => (
  <svg aria-hidden="true" {...base} fill="currentColor">
    <path d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2z" />
  </svg>
);

export const SpeakerIcon = () => (
  <svg aria-hidden="true" {...base} fill="currentColor">
    <path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
  </svg>
);

export const ThumbIcon = ({ down = false }: { down?: boolean }) => (
  <svg aria-hidden="true" {...base} fill="currentColor" style={down ? { transform: 'rotate(180deg)' } : undefined}>
    <path d="M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l.95-4.57.03-.32a1.5 1.5 0 0 0-.44-1.06L13.17 1 6.59 7.59A2 2 0 0 0 6 9v10a2 2 0 0 0 2 2h9a2 2 0 0 0 1.84-1.22l3.02-7.05A2 2 0 0 0 22 12v-2z" />
  </svg>
);

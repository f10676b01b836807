/** A QR code as inline SVG (crisp on screen and on a thermal printer); the encoder loads only when needed. */
import { useEffect, useState } from 'react';

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((qr) => qr.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
      .then((s) => live && setSvg(s))
      .catch(() => live && setSvg(null));
    return () => {
      live = false;
    };
  }, [text]);
  if (!svg) return <div className={`dv-qr dv-qr-empty ${className ?? ''}`} />;
  return (
    <img
      className={`dv-qr ${className ?? ''}`}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
    />
  );
}

/** An absolute link for a path the SPA serves (the QR must work from a phone). */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).href;
}

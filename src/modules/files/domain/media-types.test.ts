import { describe, expect, it } from 'vitest';
import { cleanFileName, DOCX, detectMediaType, XLSX } from './media-types.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('detectMediaType', () => {
  it('recognises PDF, JPEG and PNG from their bytes whatever the client says', () => {
    expect(detectMediaType(new TextEncoder().encode('%PDF-1.7\n'), 'a.png', 'image/png')).toBe('application/pdf');
    expect(detectMediaType(bytes(0xff, 0xd8, 0xff, 0xe0), 'scan', 'application/octet-stream')).toBe('image/jpeg');
    expect(detectMediaType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'x', '')).toBe('image/png');
  });

  it('tells DOCX from XLSX by declared type or extension, only for ZIP bytes', () => {
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0);
    expect(detectMediaType(zip, 'don.docx', 'application/octet-stream')).toBe(DOCX);
    expect(detectMediaType(zip, 'bang', XLSX)).toBe(XLSX);
    expect(detectMediaType(zip, 'archive.zip', 'application/zip')).toBeUndefined();
    expect(detectMediaType(new TextEncoder().encode('MZ\x90\x00'), 'don.docx', DOCX)).toBeUndefined();
    expect(detectMediaType(bytes(), 'empty.pdf', 'application/pdf')).toBeUndefined();
  });
});

describe('cleanFileName', () => {
  it('keeps the last path segment without control characters', () => {
    expect(cleanFileName('C:\\Users\\lan\\Giấy khai sinh.pdf')).toBe('Giấy khai sinh.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\n.pdf')).toBe('ab.pdf');
    expect(cleanFileName('')).toBe('file');
  });
});

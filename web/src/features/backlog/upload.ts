/**
 * The backlog upload: multipart over XMLHttpRequest (fetch has no upload progress), with the CSRF token, the
 * preview checked with the shared contract and errors turned into ApiError like every other call.
 */
import { ImportPreview } from '../../../../src/modules/backlog/contracts.ts';
import { ApiError, csrfHeaders, toApiError } from '../../app/api.ts';

export function uploadBacklogFile(
  file: File,
  sourceUnit: string,
  onProgress: (fraction: number) => void,
): Promise<ImportPreview> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/backlog/imports?${new URLSearchParams({ source: sourceUnit })}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    for (const [k, v] of Object.entries(csrfHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'NETWORK', 'The server cannot be reached.', 'Không kết nối được máy chủ.'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = ImportPreview.safeParse(body);
        if (parsed.success) resolve(parsed.data);
        else reject(parsed.error);
      } else reject(toApiError(xhr.status, body));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

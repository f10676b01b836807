/** Server state of the dossier screens: queue counts, lists, one dossier, intake and actions (with its version). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ActionRequest,
  DossierDetail,
  type DossierListQuery,
  DossierPage,
  type FormNumber,
  IntakeRequest,
  IntakeResult,
  QueueCounts,
} from '../../../../src/modules/dossiers/contracts.ts';
import { StoredFile } from '../../../../src/modules/files/contracts.ts';
import { ApiError, api, csrfHeaders, toApiError } from '../../app/api.ts';

export const dossierKeys = {
  all: ['dossiers'] as const,
  counts: ['dossiers', 'counts'] as const,
  list: (q: DossierListQuery) => ['dossiers', 'list', q] as const,
  detail: (code: string) => ['dossiers', 'detail', code] as const,
};

export const useQueueCounts = () =>
  useQuery({
    queryKey: dossierKeys.counts,
    queryFn: () => api('GET', '/api/dossiers/queues', { schema: QueueCounts }),
    staleTime: 0,
    refetchInterval: 60_000,
  });

function listSearch(q: DossierListQuery): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
  return p.toString();
}

export const useDossierList = (q: DossierListQuery, enabled = true) =>
  useQuery({
    queryKey: dossierKeys.list(q),
    queryFn: () => api('GET', `/api/dossiers?${listSearch(q)}`, { schema: DossierPage }),
    placeholderData: keepPreviousData,
    staleTime: 0,
    enabled,
  });

export const useDossier = (code: string | undefined) =>
  useQuery({
    queryKey: dossierKeys.detail(code ?? ''),
    queryFn: () => api('GET', `/api/dossiers/${encodeURIComponent(code ?? '')}`, { schema: DossierDetail }),
    enabled: Boolean(code),
    staleTime: 0,
  });

/** One action on a dossier: the body carries the version the officer saw; a 409 means someone acted first. */
export function useDossierAction(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionRequest) =>
      api('POST', `/api/dossiers/${encodeURIComponent(code)}/actions`, { body, schema: DossierDetail }),
    onSuccess: (d) => {
      qc.setQueryData(dossierKeys.detail(code), d);
      return qc.invalidateQueries({ queryKey: dossierKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    },
  });
}

export function useIntake() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: IntakeRequest) =>
      api('POST', '/api/dossiers', { body: IntakeRequest.parse(body), schema: IntakeResult, idempotent: true }),
    onSuccess: () => qc.invalidateQueries({ queryKey: dossierKeys.all }),
  });
}

/** The PDF of an official form; right after intake form 01 carries the lookup secret. */
export function formUrl(code: string, form: FormNumber, secret?: string): string {
  const q = secret ? `?${new URLSearchParams({ secret })}` : '';
  return `/api/dossiers/${encodeURIComponent(code)}/forms/${form}.pdf${q}`;
}

export function registerUrl(format: 'pdf' | 'xlsx', from: string, to: string): string {
  return `/api/dossiers/register.${format}?${new URLSearchParams({ from, to })}`;
}

/** The citizen's status page for a code (and the secret, for the QR code right after intake). */
export function lookupPath(code: string, secret?: string): string {
  const p = new URLSearchParams({ ma: code });
  if (secret) p.set('mk', secret);
  return `/tra-cuu?${p}`;
}

/** Uploads a file (POST /api/files, multipart with the CSRF token) and links it to a document line. */
export function useAttachFile(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ position, file }: { position: number; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      let res: Response;
      try {
        res = await fetch('/api/files?kind=attachment', {
          method: 'POST',
          headers: { accept: 'application/json', ...csrfHeaders() },
          credentials: 'same-origin',
          body: form,
        });
      } catch {
        throw new ApiError(0, 'NETWORK', 'The server cannot be reached.', 'Không kết nối được máy chủ.');
      }
      const body: unknown = await res.json().catch(() => undefined);
      if (!res.ok) throw toApiError(res.status, body);
      const stored = StoredFile.parse(body);
      return api('POST', `/api/dossiers/${encodeURIComponent(code)}/attachments`, {
        body: { position, fileId: stored.id },
        schema: DossierDetail,
      });
    },
    onSuccess: (d) => qc.setQueryData(dossierKeys.detail(code), d),
  });
}

/** A stored file for download (checksum verified by the server on every read). */
export const fileUrl = (id: string) => `/api/files/${encodeURIComponent(id)}?download=1`;

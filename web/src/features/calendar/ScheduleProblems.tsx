/**
 * Why the server refused a schedule, one line per problem. Two shapes arrive: the schedule check
 * (CALENDAR_SCHEDULE_INVALID, details.problems[{entry, path, reason}]) and the request check
 * (VALIDATION_FAILED, details.issues[{path: "/entries/3/date", message}]). With the uploaded text at hand,
 * each problem also names the line of the file where its entry starts.
 */
import { Alert } from 'antd';
import { ApiError, errorMessage } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

export interface Problem {
  /** 1-based entry number in the file's `entries`, when the problem is about one entry. */
  entry: number | undefined;
  path: string;
  reason: string;
}

interface RawProblem {
  entry?: unknown;
  path?: unknown;
  reason?: unknown;
  message?: unknown;
}

export function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof ApiError) || !error.details) return [];
  const list = (error.details.problems ?? error.details.issues) as RawProblem[] | undefined;
  if (!Array.isArray(list)) return [];
  return list.map((p) => {
    const path = String(p.path ?? '')
      .replace(/^\//, '')
      .replaceAll('/', '.');
    const fromPath = /^entries\.(\d+)/.exec(path)?.[1];
    const entry = typeof p.entry === 'number' ? p.entry : fromPath !== undefined ? Number(fromPath) + 1 : undefined;
    return { entry, path, reason: String(p.reason ?? p.message ?? '') };
  });
}

/** Line (1-based) where each entry object of `entries` opens in the JSON text, found by a light scan. */
export function entryLines(text: string): number[] {
  const start = text.search(/"entries"\s*:\s*\[/);
  if (start < 0) return [];
  const lines: number[] = [];
  let depth = 0;
  let inString = false;
  let line = text.slice(0, start).split('\n').length;
  for (let i = text.indexOf('[', start) + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0 && c === '{') lines.push(line);
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) break;
      depth--;
    }
  }
  return lines;
}

/** The field inside the entry (`date`, `kind`…) when the entry itself is named separately. */
const fieldOf = (p: Problem) => (p.entry === undefined ? p.path : p.path.replace(/^entries\.\d+\.?/, ''));

export function ScheduleProblems({ error, text }: { error: unknown; text?: string | undefined }) {
  const { t, lang } = useI18n();
  const problems = problemsOf(error);
  if (!error) return null;
  if (problems.length === 0) return <ErrorAlert error={error} />;
  const lines = text ? entryLines(text) : [];
  const where = (p: Problem) => {
    if (p.entry === undefined) return p.path || '—';
    const line = lines[p.entry - 1];
    return line ? t('cal.problemLine', { line, entry: p.entry }) : t('cal.problemEntry', { entry: p.entry });
  };
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorMessage(error, lang)}
      description={
        <>
          {t('cal.problemsIntro', { count: problems.length })}
          <ul className="cal-import-problems" data-testid="import-problems">
            {problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems are listed once, in the server's order
              <li key={i}>
                <span className="cal-import-where">{where(p)}</span>
                <span>
                  {fieldOf(p) ? <code>{fieldOf(p)}</code> : null} {p.reason}
                </span>
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}

-- The procedure assistant (kiosk, robot, portal): every question and its answer (personal data removed),
-- the citizen's 👍/👎, phrasings administrators attach to procedures from the review list, and a per-client
-- rate limit that holds across API processes. Tenant-owned: ward_id first in every key.

CREATE TABLE assistant_questions (
  ward_id uuid NOT NULL REFERENCES wards (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  asked_at timestamptz NOT NULL,
  channel text NOT NULL CHECK (channel IN ('kiosk', 'robot', 'web', 'staff', 'cli')),
  lang text NOT NULL CHECK (lang IN ('vi', 'en')),
  question text NOT NULL,
  question_key text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('answer', 'clarify', 'unknown', 'empty', 'small_talk', 'other_script')),
  confident boolean NOT NULL,
  top_code text,
  top_score double precision,
  answers jsonb NOT NULL DEFAULT '[]'::jsonb,
  latency_ms double precision NOT NULL,
  feedback smallint CHECK (feedback IN (-1, 1)),
  feedback_at timestamptz,
  ticket_group text,
  resolved_at timestamptz,
  resolution text CHECK (resolution IN ('attached', 'dismissed')),
  PRIMARY KEY (ward_id, id)
);
COMMENT ON TABLE assistant_questions IS 'Questions asked to the assistant and what it answered, for the learning loop; personal data is removed before insert.';
COMMENT ON COLUMN assistant_questions.ward_id IS 'Ward (tenant) whose kiosk, robot or portal was asked.';
COMMENT ON COLUMN assistant_questions.id IS 'Question id, returned to the asker for 👍/👎 feedback.';
COMMENT ON COLUMN assistant_questions.asked_at IS 'When the question was asked.';
COMMENT ON COLUMN assistant_questions.channel IS 'Where it was asked: kiosk, robot, web (portal/phone), staff or cli.';
COMMENT ON COLUMN assistant_questions.lang IS 'Language answered in: vi or en.';
COMMENT ON COLUMN assistant_questions.question IS 'The question as asked, NFC, cut to 500 characters, with e-mails, phone and ID numbers replaced by placeholders.';
COMMENT ON COLUMN assistant_questions.question_key IS 'Normalised text (folded syllables or English stems): groups the same question in the review list.';
COMMENT ON COLUMN assistant_questions.kind IS 'answer (a card was shown), clarify (asked which procedure), unknown, empty, small_talk or other_script.';
COMMENT ON COLUMN assistant_questions.confident IS 'True when the assistant answered with a card.';
COMMENT ON COLUMN assistant_questions.top_code IS 'Answer code of the best-ranked procedure (national code or curated id), null when nothing matched.';
COMMENT ON COLUMN assistant_questions.top_score IS 'Retrieval score of the best-ranked procedure.';
COMMENT ON COLUMN assistant_questions.answers IS 'JSON array of the ranked answers returned: {code, name, score, handledHere}.';
COMMENT ON COLUMN assistant_questions.latency_ms IS 'Time to compute the answer, in milliseconds (without the HTTP and logging round trips).';
COMMENT ON COLUMN assistant_questions.feedback IS 'The asker''s rating: 1 helpful (👍), -1 not helpful (👎), null when not rated.';
COMMENT ON COLUMN assistant_questions.feedback_at IS 'When the rating was given.';
COMMENT ON COLUMN assistant_questions.ticket_group IS 'Letter of the counter group a ticket was taken for from this answer, if any.';
COMMENT ON COLUMN assistant_questions.resolved_at IS 'When an administrator handled it in the review list.';
COMMENT ON COLUMN assistant_questions.resolution IS 'attached (a phrasing was attached to a procedure) or dismissed; null while open.';

CREATE INDEX assistant_questions_review ON assistant_questions (ward_id, resolved_at, asked_at DESC);
CREATE INDEX assistant_questions_key ON assistant_questions (ward_id, question_key);

CREATE TABLE assistant_phrasings (
  ward_id uuid NOT NULL REFERENCES wards (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL,
  phrase text NOT NULL,
  phrase_key text NOT NULL,
  source_question_id uuid,
  created_at timestamptz NOT NULL,
  created_by text,
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, phrase_key, code)
);
COMMENT ON TABLE assistant_phrasings IS 'How this ward''s citizens ask for a procedure, attached by administrators; searched as extra phrasings of the procedure.';
COMMENT ON COLUMN assistant_phrasings.ward_id IS 'Ward (tenant) the phrasing belongs to.';
COMMENT ON COLUMN assistant_phrasings.id IS 'Phrasing id.';
COMMENT ON COLUMN assistant_phrasings.code IS 'Answer code of the procedure: national procedure code, or the curated id when it has none.';
COMMENT ON COLUMN assistant_phrasings.phrase IS 'The phrasing (a logged question, personal data already removed).';
COMMENT ON COLUMN assistant_phrasings.phrase_key IS 'Normalised phrasing: a question with exactly this key goes to the procedure.';
COMMENT ON COLUMN assistant_phrasings.source_question_id IS 'The logged question it was made from, if any.';
COMMENT ON COLUMN assistant_phrasings.created_at IS 'When it was attached.';
COMMENT ON COLUMN assistant_phrasings.created_by IS 'Username of the administrator who attached it.';

CREATE TABLE assistant_rate_limits (
  ward_id uuid NOT NULL REFERENCES wards (id),
  client_key text NOT NULL,
  window_started_at timestamptz NOT NULL,
  requests integer NOT NULL,
  PRIMARY KEY (ward_id, client_key)
);
COMMENT ON TABLE assistant_rate_limits IS 'Questions per client in the current one-minute window, shared by every API process.';
COMMENT ON COLUMN assistant_rate_limits.ward_id IS 'Ward (tenant) asked.';
COMMENT ON COLUMN assistant_rate_limits.client_key IS 'ip:<address> for public callers, device:<id> for kiosks and robots, staff:<id> for officers.';
COMMENT ON COLUMN assistant_rate_limits.window_started_at IS 'Start of the current window.';
COMMENT ON COLUMN assistant_rate_limits.requests IS 'Questions asked in the current window.';

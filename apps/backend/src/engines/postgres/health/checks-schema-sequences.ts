import { fail, formatCount, formatPercent, listNames } from "../../../health/check-helpers.ts";
import {
  type HealthCheck,
  type HealthInput,
  NotEvaluatedError,
} from "../../../health/check-types.ts";
import {
  columnFedBy,
  label,
  ofType,
  passIfComplete,
  quoteIdent,
  readSchema,
  SCHEMA_KIND,
  type SchemaObject,
  type SchemaView,
  sequenceShape,
  sqlName,
  stat,
} from "./schema-view.ts";
import { PG_DOCS } from "./settings.ts";

const INT4_MAX = 2_147_483_647;
const NEAR = 0.75;

/** The collector's diagnostic naming the grant for sequences it may not read. */
export const SEQUENCE_PRIVILEGE_DIAGNOSTIC = "schema.sequence_privilege";

/**
 * Sequences by what is known of them. `hidden`: the role may not read last_value; `unknown`: an
 * older agent did not say whether it could, so a null last value may be either; a sequence the
 * role may read whose last value is null was never used and is left out.
 */
function sequencesOf(view: SchemaView) {
  const known = [];
  const hidden: SchemaObject[] = [];
  const unknown: SchemaObject[] = [];
  for (const s of ofType(view, "sequence")) {
    const last = stat(s, "lastValue");
    const shape = sequenceShape(s);
    if (s.lastValueReadable === false) hidden.push(s);
    else if (!shape || (last === null && s.lastValueReadable !== true)) unknown.push(s);
    else if (last !== null) {
      known.push({ s, last, ...shape, effectiveMax: stat(s, "effectiveMax") ?? shape.maxValue });
    }
  }
  return { known, hidden, unknown };
}
type Sequences = ReturnType<typeof sequencesOf>;

const schemasOf = (list: SchemaObject[]) => [
  ...new Set(list.map((s) => quoteIdent(s.schema ?? "public"))),
];

/** The grant for sequences the role may not read: the collector's own (it knows the role). */
function grantFor(input: HealthInput, hidden: SchemaObject[]) {
  const fixes = input.diagnostics
    .filter((d) => d.code === SEQUENCE_PRIVILEGE_DIAGNOSTIC)
    .map((d) => d.fix);
  if (fixes.length > 0) return [...new Set(fixes)].join("\n");
  return `GRANT SELECT ON ALL SEQUENCES IN SCHEMA ${schemasOf(hidden).join(", ")} TO <the agent's role>;`;
}

/** No finding: pass only when the last value of every sequence was read. */
function passIfAllRead(view: SchemaView, input: HealthInput, { hidden, unknown }: Sequences) {
  if (hidden.length > 0) {
    throw new NotEvaluatedError(
      `the monitoring role may not read the last value of ${hidden.length} sequence(s) (${listNames(hidden.map((s) => label(view, s)))}): it needs SELECT on them`,
      grantFor(input, hidden),
    );
  }
  if (unknown.length > 0) {
    throw new NotEvaluatedError(
      `the last value of ${unknown.length} sequence(s) is unknown (${listNames(unknown.map((s) => label(view, s)))}): the monitoring role lacks SELECT on them, or they were never used (update the agent to tell which)`,
      `GRANT SELECT ON ALL SEQUENCES IN SCHEMA ${schemasOf(unknown).join(", ")} TO <the agent's role>;`,
    );
  }
  return passIfComplete(view);
}

/** An evidence line for sequences a finding could not judge, so the list is not taken as complete. */
function unread(view: SchemaView, { hidden, unknown }: Sequences): Record<string, string> {
  const names = [...hidden, ...unknown].map((s) => label(view, s));
  return names.length > 0 ? { "Not evaluated (last value not read)": listNames(names) } : {};
}

export const sequenceExhaustion: HealthCheck = {
  id: "postgres.sequence_exhaustion",
  title: "Sequences close to their maximum",
  category: "capacity",
  severity: "high",
  reads: [
    `snapshot ${SCHEMA_KIND} (sequence rows: lastValue, lastValueReadable, definition max)`,
    `diagnostic ${SEQUENCE_PRIVILEGE_DIAGNOSTIC} (the grant naming the agent's role)`,
  ],
  why: "When a sequence reaches its maximum, every insert that needs a new value fails.",
  docsUrl: `${PG_DOCS}/sql-altersequence.html`,
  evaluate(input) {
    const view = readSchema(input);
    const sequences = sequencesOf(view);
    const used = (s: Sequences["known"][number]) => s.last / s.maxValue;
    const near = sequences.known
      .filter((s) => s.increment > 0 && used(s) >= NEAR)
      .sort((a, b) => used(b) - used(a));
    const fullest = near[0];
    if (!fullest) return passIfAllRead(view, input, sequences);
    return fail({
      severity: near.some((s) => used(s) >= 0.9) ? "critical" : "high",
      summary: `${near.length} sequence(s) used at least 75 % of their range; the fullest: ${label(view, fullest.s)} (${formatPercent(used(fullest))}).`,
      evidence: {
        ...Object.fromEntries(
          near.map((s) => [
            label(view, s.s),
            `${s.dataType}, last value ${formatCount(s.last)} of ${formatCount(s.maxValue)} (${formatPercent(used(s))})`,
          ]),
        ),
        ...unread(view, sequences),
      },
      recommendation:
        "Move the sequence (and the column it feeds) to bigint before it runs out; the column change rewrites the table, so plan it.",
      command: near
        .map((s) => {
          const fed = columnFedBy(view, s.s);
          const column = fed
            ? `\nALTER TABLE ${sqlName(s.s.schema, fed.table)} ALTER COLUMN ${quoteIdent(fed.column)} TYPE bigint; -- rewrites the table`
            : "";
          return `ALTER SEQUENCE ${sqlName(s.s.schema, s.s.name)} AS bigint;${column}`;
        })
        .join("\n"),
    });
  },
};

export const int4KeyExhaustion: HealthCheck = {
  id: "postgres.int4_key_exhaustion",
  title: "integer key columns close to 2,147,483,647",
  category: "capacity",
  severity: "high",
  reads: [
    `snapshot ${SCHEMA_KIND} (sequence rows: lastValue, lastValueReadable, effectiveMax = the limit of the column fed)`,
    `diagnostic ${SEQUENCE_PRIVILEGE_DIAGNOSTIC} (the grant naming the agent's role)`,
  ],
  why: "A bigint sequence feeding an integer column fails inserts at 2^31 − 1 even though the sequence could go on.",
  docsUrl: `${PG_DOCS}/datatype-numeric.html#DATATYPE-INT`,
  evaluate(input) {
    const view = readSchema(input);
    const sequences = sequencesOf(view);
    const near = sequences.known.filter(
      (s) =>
        s.effectiveMax < s.maxValue &&
        s.effectiveMax <= INT4_MAX &&
        s.last >= s.effectiveMax * NEAR,
    );
    if (near.length === 0) return passIfAllRead(view, input, sequences);
    const fed = (s: (typeof near)[number]) => columnFedBy(view, s.s);
    const columnLabel = (s: (typeof near)[number]) => {
      const f = fed(s);
      return f
        ? `${sqlName(s.s.schema, f.table)}.${quoteIdent(f.column)}`
        : `the column fed by ${s.s.name}`;
    };
    return fail({
      summary: `${near.length} integer column(s) fed by a larger sequence are past 75 % of their range: ${listNames(near.map(columnLabel))}.`,
      evidence: {
        ...Object.fromEntries(
          near.map((s) => [
            label(view, s.s, columnLabel(s)),
            `limit ${formatCount(s.effectiveMax)}, sequence ${s.s.name} (${s.dataType}) at ${formatCount(s.last)} (${formatPercent(s.last / s.effectiveMax)})`,
          ]),
        ),
        ...unread(view, sequences),
      },
      recommendation:
        "Change the column to bigint (it rewrites the table: plan it, or migrate through a new column filled in batches).",
      command:
        near
          .flatMap((s) => {
            const f = fed(s);
            return f
              ? [
                  `ALTER TABLE ${sqlName(s.s.schema, f.table)} ALTER COLUMN ${quoteIdent(f.column)} TYPE bigint;`,
                ]
              : [];
          })
          .join("\n") || null,
    });
  },
};

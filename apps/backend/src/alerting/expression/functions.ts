/** Functions an expression may call, with what their arguments must be (checked when a template loads). */
export type ArgKind = "series" | "duration" | "value" | "string";

export interface FunctionSpec {
  args: ArgKind[];
  /** The last argument kind may repeat (max, min, coalesce). */
  variadic?: true;
  /** Whether a counter may be the series argument (counters need a rate or an increase). */
  counters: "required" | "allowed" | "refused";
  summary: string;
}

export const FUNCTIONS = {
  rate: {
    args: ["series", "duration"],
    counters: "required",
    summary: "Per-second growth of a counter over the window (restarts handled).",
  },
  increase: {
    args: ["series", "duration"],
    counters: "required",
    summary: "Growth of a counter over the window (restarts handled).",
  },
  delta: {
    args: ["series", "duration"],
    counters: "refused",
    summary: "Newest minus oldest value of a gauge in the window.",
  },
  avg_over: {
    args: ["series", "duration"],
    counters: "refused",
    summary: "Average of a gauge over the window.",
  },
  max_over: {
    args: ["series", "duration"],
    counters: "refused",
    summary: "Highest value of a gauge in the window.",
  },
  min_over: {
    args: ["series", "duration"],
    counters: "refused",
    summary: "Lowest value of a gauge in the window.",
  },
  sum_over: {
    args: ["series", "duration"],
    counters: "refused",
    summary: "Sum of a gauge's samples in the window (e.g. entries added per collection).",
  },
  age_seconds: {
    args: ["series"],
    counters: "allowed",
    summary: "Seconds since the newest sample (null when there is none).",
  },
  with_label: {
    args: ["series", "string", "string"],
    counters: "allowed",
    summary: "Only the series whose label has this value.",
  },
  max: { args: ["value"], variadic: true, counters: "refused", summary: "Largest argument." },
  min: { args: ["value"], variadic: true, counters: "refused", summary: "Smallest argument." },
  abs: { args: ["value"], counters: "refused", summary: "Absolute value." },
  coalesce: {
    args: ["value"],
    variadic: true,
    counters: "refused",
    summary: "The first argument that is not null.",
  },
  is_null: { args: ["value"], counters: "refused", summary: "true when there is no data." },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof FUNCTIONS;

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTIONS, name);
}

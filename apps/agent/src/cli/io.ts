export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** A secret from standard input, or typed at a prompt without echo. One trailing newline is dropped. */
  readSecret?: (prompt: string) => Promise<string>;
}

/** A mistake on the command line: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT = { ok: 0, failed: 1, config: 2 } as const;

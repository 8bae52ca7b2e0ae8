import { open } from "node:fs/promises";
import { resolve } from "node:path";
import { loadKey } from "../secrets/load-key.ts";
import { encryptSecret, generateKeyText, SecretKeyError } from "../secrets/secret-box.ts";
import type { CommandArgs } from "./args.ts";
import { type CliIo, EXIT, UsageError } from "./io.ts";
import { readSecretFromProcess } from "./read-secret.ts";

/** Writes a new key file with mode 0600; never replaces one unless told to. */
export async function keygenCommand(args: CommandArgs, io: CliIo): Promise<number> {
  const path = resolve(args.out ?? "agent.key");
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, args.force ? "w" : "wx", 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new UsageError(
        `${path} exists; values encrypted with it would become unreadable. Use --force to replace it`,
      );
    }
    throw error;
  }
  try {
    await handle.chmod(0o600);
    await handle.writeFile(generateKeyText());
  } finally {
    await handle.close();
  }
  io.stdout(`wrote ${path} (mode 0600)\n`);
  io.stderr(
    `Set [secrets] key_file = "${path}" in agent.toml (or LOGSTAG_AGENT_KEY_FILE), then encrypt secrets with "logstag-agent encrypt".\n`,
  );
  return EXIT.ok;
}

/** Prints `enc:v1:…` for a secret read from stdin or a prompt; the secret is never printed. */
export async function encryptCommand(args: CommandArgs, io: CliIo): Promise<number> {
  let key: Buffer;
  try {
    key = loadKey({ env: io.env, keyFile: args.keyFile });
  } catch (error) {
    if (error instanceof SecretKeyError) throw new UsageError(error.message);
    throw error;
  }
  const secret = await (io.readSecret ?? readSecretFromProcess)("Secret to encrypt: ");
  if (secret === "") throw new UsageError("nothing to encrypt: the secret read was empty");
  io.stdout(`${encryptSecret(secret, key)}\n`);
  return EXIT.ok;
}

import { mkdir, open } from "node:fs/promises";
import { join } from "node:path";

/**
 * Writes a generated first password to a file only its OS user can read, instead of the log
 * (logs are collected, shipped and kept). The file is created new: an existing one is an error,
 * so a password is never written into a file someone else prepared.
 */
export async function writeFirstPasswordFile(
  dataDir: string,
  email: string,
  password: string,
): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, "first-owner-password");
  const handle = await open(file, "wx", 0o600);
  try {
    await handle.writeFile(
      `# The Account Owner created at the first start. Sign in, change the password\n# (account menu → Change password), then delete this file.\n${email}\n${password}\n`,
    );
  } finally {
    await handle.close();
  }
  return file;
}

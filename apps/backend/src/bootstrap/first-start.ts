import { randomBytes } from "node:crypto";
import type { BackendConfig } from "../config.ts";
import { createOrganization } from "../services/orgs/create-organization.ts";
import { countOrganizations } from "../store/accounts.ts";
import type { Db } from "../store/db.ts";

export interface FirstStartResult {
  orgId: string;
  ownerEmail: string;
  /** Set only when the password was generated; shown once. */
  generatedPassword?: string;
}

/** On an empty store, creates the first organization and its Account Owner. Later starts change nothing. */
export async function ensureFirstOrganization(
  db: Db,
  config: BackendConfig,
): Promise<FirstStartResult | undefined> {
  if ((await countOrganizations(db)) > 0) return undefined;
  const generatedPassword = config.owner.password
    ? undefined
    : randomBytes(12).toString("base64url");
  const password = config.owner.password ?? (generatedPassword as string);
  const { orgId } = await createOrganization({
    ctx: { db },
    input: { name: config.owner.orgName, ownerEmail: config.owner.email, ownerPassword: password },
  });
  return {
    orgId,
    ownerEmail: config.owner.email,
    ...(generatedPassword ? { generatedPassword } : {}),
  };
}

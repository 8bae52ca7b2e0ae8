import {
  type ApiKeyScope,
  type CreateApiKeyResponse,
  USER_API_KEY_PREFIX,
} from "@logstag/api-contract";
import { insertApiKey } from "../../store/api-keys.ts";
import { withTransaction } from "../../store/db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest, forbidden } from "../errors.ts";
import { generateToken, hashToken } from "../tokens.ts";
import { displayPrefix, toApiKey } from "./to-key.ts";

/** A user API key acting with the caller's role, limited to its scope; the secret is returned once. */
export async function createApiKey({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { name: string; scope: ApiKeyScope; expiresAt?: string | null | undefined };
}): Promise<CreateApiKeyResponse> {
  authorize(ctx, "api-keys.manage");
  if (ctx.actor.kind !== "user") throw forbidden("sign in to create API keys");
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt <= new Date()) throw badRequest("`expiresAt` must be in the future");
  const secret = generateToken(USER_API_KEY_PREFIX);
  const userId = ctx.actor.userId;
  return withTransaction(ctx.db, async (tx) => {
    const row = await insertApiKey(tx, {
      orgId: ctx.orgId,
      userId,
      name: input.name,
      prefix: displayPrefix(secret),
      scope: input.scope,
      keyHash: hashToken(secret),
      expiresAt,
    });
    await recordAudit(tx, ctx, {
      action: "api_key.created",
      resourceType: "api_key",
      resourceId: row.id,
      after: {
        name: row.name,
        scope: row.scope,
        prefix: row.prefix,
        expiresAt: input.expiresAt ?? null,
      },
    });
    return { apiKey: toApiKey(row), secret };
  });
}

import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, request } from "@playwright/test";
import { E2E_PORT, OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

export type InvitedRole = "admin" | "member" | "viewer";

export interface Account {
  email: string;
  password: string;
}

const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

async function signedInOwner(): Promise<APIRequestContext> {
  const owner = await request.newContext({ baseURL: BASE_URL });
  const login = await owner.post("/api/v1/auth/login", {
    data: { email: OWNER_EMAIL, password: OWNER_PASSWORD },
  });
  await expect(login).toBeOK();
  return owner;
}

/**
 * A new account in the owner's organization with `role`: the owner invites it through the API and
 * the invitation is accepted with a fresh password, as the invitation page does.
 */
export async function createInvitedAccount(role: InvitedRole): Promise<Account> {
  const account = {
    email: `${role}-${randomUUID().slice(0, 8)}@example.test`,
    password: `${role}-passphrase-${randomUUID().slice(0, 6)}`,
  };
  const owner = await signedInOwner();
  const guest = await request.newContext({ baseURL: BASE_URL });
  try {
    const invited = await owner.post("/api/v1/invitations", {
      data: { email: account.email, role },
    });
    await expect(invited).toBeOK();
    const { link } = (await invited.json()) as { link: string };
    const token = new URL(link).hash.replace(/^#token=/, "");
    const accepted = await guest.post("/api/v1/invitations/accept", {
      data: { token, password: account.password, name: `Walk ${role}` },
    });
    await expect(accepted).toBeOK();
    return account;
  } finally {
    await owner.dispose();
    await guest.dispose();
  }
}

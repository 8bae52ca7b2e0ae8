import {
  CAPABILITIES,
  CAPABILITY_NAMES,
  type Capability,
  type Role,
  scopeAllows,
} from "@logstag/api-contract";
import type { Actor, Ctx, PersonActor } from "../context.ts";
import { forbidden } from "../errors.ts";
import { roleHolds } from "./permissions.ts";

const ROLE_NAMES: Record<Role, string> = {
  owner: "Account Owner",
  admin: "Admin",
  member: "Member",
  viewer: "Viewer",
};

// Which contexts passed which check, so the HTTP layer can refuse a route whose service forgot one.
const granted = new WeakMap<Ctx, Set<Capability>>();

/** The first line of every service a person can reach: throws `forbidden` unless the caller holds `capability`. */
export function authorize(ctx: Ctx, capability: Capability): void {
  const refusal = whyRefused(ctx.actor, capability);
  if (refusal) throw forbidden(refusal);
  const set = granted.get(ctx) ?? new Set();
  set.add(capability);
  granted.set(ctx, set);
}

/**
 * The same check without marking the context: the HTTP layer runs it before the body is read and
 * before the handler, so a service that forgot `authorize` cannot write for a caller who lacks the
 * capability. The service's own `authorize` stays the rule (and is still required).
 */
export function requireCapability(ctx: Ctx, capability: Capability): void {
  const refusal = whyRefused(ctx.actor, capability);
  if (refusal) throw forbidden(refusal);
}

export function wasAuthorized(ctx: Ctx, capability: Capability): boolean {
  return granted.get(ctx)?.has(capability) ?? false;
}

/** Why `actor` may not use `capability`; undefined when it may. */
export function whyRefused(actor: Actor, capability: Capability): string | undefined {
  if (actor.kind === "system") return undefined;
  if (actor.kind === "agent") return "agent keys can only register agents and send data";
  const what = CAPABILITIES[capability].summary.toLowerCase();
  if (!roleHolds(actor.role, capability))
    return `your role (${ROLE_NAMES[actor.role]}) does not allow this: ${what}`;
  if (actor.kind === "apiKey" && !scopeAllows(actor.scope, CAPABILITIES[capability].kind)) {
    return CAPABILITIES[capability].kind === "session"
      ? `API keys cannot ${what}; sign in to do it`
      : `this API key is read-only; ${what} needs a read-write key`;
  }
  return undefined;
}

/** Everything a person may do here, for the web app to show only what works. */
export function capabilitiesOf(actor: PersonActor): Capability[] {
  return CAPABILITY_NAMES.filter((c) => whyRefused(actor, c) === undefined);
}

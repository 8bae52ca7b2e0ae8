import { EmptyState } from "@mantine/core";
import type { ReactNode } from "react";
import { type Access, canAccess, ROLE_LABELS } from "../lib/session/access.ts";
import { useSession } from "../lib/session/use-session.ts";

/** Renders children only when the session holds the access; the API enforces the same rule. */
export function RequireAccess({ access, children }: { access: Access; children: ReactNode }) {
  const { capabilities, role } = useSession();
  if (canAccess(capabilities, access)) return children;
  return (
    <EmptyState
      py="xl"
      size="sm"
      variant="light"
      color="gray"
      icon={<span aria-hidden>⊘</span>}
      title="You do not have access to this view"
      description={`Your role (${ROLE_LABELS[role]}) does not include it. Ask your organization's Account Owner if you need access.`}
      data-testid="state-no-permission"
    />
  );
}

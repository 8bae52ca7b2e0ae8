import { Button, Menu, Text } from "@mantine/core";
import { useNavigate } from "react-router";
import { ROLE_LABELS } from "../lib/session/access.ts";
import { useSwitchOrganizationMutation } from "../lib/session/switch-organization-mutation.ts";
import { useSession } from "../lib/session/use-session.ts";

/** The current organization; a menu of the others when the person belongs to several. */
export function OrganizationSwitcher() {
  const session = useSession();
  const switchTo = useSwitchOrganizationMutation();
  const navigate = useNavigate();
  const others = session.organizations.filter((o) => o.id !== session.organization.id);

  if (others.length === 0) {
    return (
      <Text size="sm" fw={600} data-testid="organization-name" visibleFrom="sm">
        {session.organization.name}
      </Text>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          size="compact-sm"
          loading={switchTo.isPending}
          rightSection={<span aria-hidden>▾</span>}
          data-testid="organization-switcher"
        >
          <span data-testid="organization-name">{session.organization.name}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Switch organization</Menu.Label>
        {others.map((org) => (
          <Menu.Item
            key={org.id}
            rightSection={
              <Text size="xs" c="dimmed">
                {ROLE_LABELS[org.role]}
              </Text>
            }
            onClick={() =>
              switchTo.mutate(org.id, { onSuccess: () => navigate("/assets", { replace: true }) })
            }
            data-testid="organization-option"
          >
            {org.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

import { Menu, Text, UnstyledButton } from "@mantine/core";
import { useNavigate } from "react-router";
import { useSignOutEverywhereMutation } from "../lib/session/sign-out-everywhere-mutation.ts";
import { useSession } from "../lib/session/use-session.ts";

/** The signed-in e-mail, opening account actions that reach beyond this browser. */
export function AccountMenu() {
  const session = useSession();
  const everywhere = useSignOutEverywhereMutation();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton visibleFrom="sm" data-testid="account-menu">
          <Text size="sm" c="dimmed" data-testid="user-email">
            {session.user.email}
          </Text>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{session.user.name || session.user.email}</Menu.Label>
        <Menu.Item onClick={() => navigate("/account/password")} data-testid="change-password">
          Change password
        </Menu.Item>
        <Menu.Item
          color="red"
          onClick={() =>
            everywhere.mutate(undefined, { onSuccess: () => navigate("/login", { replace: true }) })
          }
          data-testid="sign-out-everywhere"
        >
          Sign out everywhere
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
